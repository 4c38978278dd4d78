import { type ArtifactLocation, describeArtifactKey, type Workflow } from '@couler/ir';
import type { RunArtifact } from './run-artifact';

/** A URL without its credentials or query (where signed URLs and tokens travel). */
function bareUrl(text: string): string {
  try {
    const url = new URL(text);
    return `${url.protocol}//${url.host}${url.pathname}`;
  } catch {
    return text.split(/[?#]/)[0] ?? text;
  }
}

/** Where an artifact with this location lives, in words a person can look up (no secrets). */
export function describeLocation(location: ArtifactLocation | undefined, cluster: { readonly kind: string; readonly name: string }): string {
  switch (location?.type) {
    case undefined:
      return `the default artifact repository of ${cluster.kind} cluster "${cluster.name}"`;
    case 's3':
      return `s3://${location.bucket}/${describeArtifactKey(location.key)}${location.endpoint ? ` at ${bareUrl(location.endpoint)}` : ''}`;
    case 'oss':
      return `oss://${location.bucket}/${describeArtifactKey(location.key)} at ${bareUrl(location.endpoint)}`;
    case 'gcs':
      return `gs://${location.bucket}/${describeArtifactKey(location.key)}`;
    case 'hdfs':
      return `hdfs://${location.addresses[0]}${location.path.startsWith('/') ? '' : '/'}${location.path}`;
    case 'git':
      return `${bareUrl(location.repo)}${location.revision ? ` at ${location.revision}` : ''}`;
    case 'http':
      return bareUrl(location.url);
    case 'azure':
      return `azure://${location.container}/${describeArtifactKey(location.blob)}${location.endpoint ? ` at ${bareUrl(location.endpoint)}` : ''}`;
    case 'artifactory':
      return bareUrl(describeArtifactKey(location.url));
    case 'plugin':
      return `${describeArtifactKey(location.key)} in artifact driver plugin "${location.name}"`;
  }
}

/**
 * The artifacts a run on a remote cluster declares: the engine keeps them in its own artifact
 * repository, so the list says where, and offers no download from this server.
 */
export function declaredArtifacts(workflow: Workflow, cluster: { readonly kind: string; readonly name: string }): RunArtifact[] {
  return [...workflow.spec.steps, ...(workflow.spec.onExit ?? [])].flatMap((step) =>
    (step.outputs?.artifacts ?? []).map((artifact) => ({
      step: step.name,
      stepName: step.name,
      name: artifact.name,
      kind: 'unknown' as const,
      size: null,
      location: describeLocation(artifact.location, cluster),
      download: null,
    })),
  );
}
