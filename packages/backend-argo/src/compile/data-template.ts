import type { DataStep } from '@couler/ir';
import type { ArgoData } from './argo-types';
import { escapeTemplateText } from './escape-template-text';
import { mapArtifactLocation } from './map-artifact-location';
import { unsupported } from './unsupported';

type Path = ReadonlyArray<string | number>;

/** The name of the one artifact a data template lists; Argo requires one, nothing reads it. */
const SOURCE_ARTIFACT = 'files';

/**
 * Refuses a source Argo's executor cannot list: its HDFS driver answers "ListObjects is
 * currently not supported for this artifact type" (s3, oss, gcs, azure and plugin drivers list).
 *
 * @throws CoulerError UNSUPPORTED_BY_BACKEND naming the step and Argo's reason.
 */
export function assertDataExpressible(step: DataStep, path: Path): void {
  if (step.data.source.artifactPaths.type !== 'hdfs') return;
  throw unsupported('step.data', "a data step listing an HDFS location: Argo's HDFS driver cannot list files (ListObjects is not supported for it)", {
    path: [...path, 'data', 'source', 'artifactPaths'],
    stepName: step.name,
    hint: 'Keep the files in S3, OSS, GCS or Azure for Argo to list them, or list HDFS on the local engine (couler run).',
  });
}

/**
 * The `data` of an Argo template. Argo substitutes `{{…}}` in the whole template before its
 * executor gets it, so expressions are escaped like all user text and reach expr as written.
 */
export function compileData(step: DataStep, path: Path): ArgoData {
  const location = mapArtifactLocation(step.data.source.artifactPaths, { path: [...path, 'data', 'source', 'artifactPaths'], stepName: step.name });
  return {
    source: { artifactPaths: { name: SOURCE_ARTIFACT, ...location } },
    transformation: step.data.transformation.map((transformation) => ({ expression: escapeTemplateText(transformation.expression) })),
  };
}
