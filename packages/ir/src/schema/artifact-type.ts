import * as z from 'zod';

/**
 * Kubeflow Pipelines' system artifact types (`kfp.dsl.Dataset`, `Model` …, written
 * `Input[Dataset]`/`Output[Model]` in KFP), whose schema titles are `system.<Type>`.
 */
export const KFP_SYSTEM_ARTIFACT_TYPES = ['Artifact', 'Dataset', 'Model', 'Metrics', 'ClassificationMetrics', 'SlicedClassificationMetrics', 'HTML', 'Markdown'] as const;
export type KfpSystemArtifactType = (typeof KFP_SYSTEM_ARTIFACT_TYPES)[number];

/** The generic type: an artifact of any kind may be given where it is expected, as in KFP. */
export const GENERIC_ARTIFACT_TYPE = 'Artifact' satisfies KfpSystemArtifactType;

/**
 * What kind of thing an artifact holds: a KFP system type, or a component library's own type
 * name (KFP v1 components declare `CSV`, `XGBoostModel` …). Only checked between a producer and
 * a consumer, at compile time; no engine reads it.
 */
export const ArtifactTypeSchema = z
  .string()
  .max(128)
  .regex(/^[A-Za-z_][A-Za-z0-9_.-]*$/, 'must be a type name: a letter or "_", then letters, digits, "_", "." and "-"')
  .meta({
    id: 'ArtifactType',
    description: `The kind of thing an artifact holds: one of KFP's system types (${KFP_SYSTEM_ARTIFACT_TYPES.join(', ')}) or a component library's own type name. A consumer and its producer that both declare one must agree; "Artifact" accepts any.`,
  });
export type ArtifactType = z.infer<typeof ArtifactTypeSchema>;
