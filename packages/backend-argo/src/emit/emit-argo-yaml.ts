import { emitKubernetesYaml } from '@couler/ir';
import type { ArgoDocument } from '../compile/argo-types';

/**
 * Argo documents as YAML the way kubectl reads it (YAML 1.1-safe, deterministic byte for byte):
 * `emitKubernetesYaml` of `@couler/ir`, which every Kubernetes backend shares.
 */
export function emitArgoYaml(documents: ReadonlyArray<ArgoDocument> | ArgoDocument): string {
  return emitKubernetesYaml(documents);
}
