import { z } from 'zod';

/** One artifact of a run's step, as the run page lists it. */
export const RunArtifactSchema = z
  .object({
    step: z.string().meta({ description: 'The step instance (`train`, `train[2]` for an item of a fan-out).' }),
    stepName: z.string(),
    name: z.string(),
    kind: z.enum(['file', 'dir', 'unknown']).meta({ description: '`dir` downloads as a tar; `unknown` when it lives on a remote engine.' }),
    size: z.number().nullable().meta({ description: 'Bytes (of every file, for a directory); null when not known here.' }),
    location: z.string().meta({ description: 'Where it lives: this server’s local store (`sha256:…`), or a remote engine’s repository.' }),
    download: z.string().nullable().meta({ description: 'The path that downloads it from this server; null when it is not here.' }),
  })
  .meta({ id: 'RunArtifact' });
export type RunArtifact = z.infer<typeof RunArtifactSchema>;

export const RunArtifactListSchema = z
  .object({
    where: z.enum(['local', 'remote', 'none']).meta({ description: '`local`: on this server, downloadable; `remote`: in the engine’s repository; `none`: not placed yet.' }),
    cluster: z.string().nullable(),
    message: z.string().optional(),
    items: z.array(RunArtifactSchema),
  })
  .meta({ id: 'RunArtifactList' });
export type RunArtifactList = z.infer<typeof RunArtifactListSchema>;

/** The API path that downloads one artifact of a run's step. */
export const downloadPath = (runId: string, step: string, name: string) =>
  `/api/v1/runs/${encodeURIComponent(runId)}/steps/${encodeURIComponent(step)}/artifacts/${encodeURIComponent(name)}`;
