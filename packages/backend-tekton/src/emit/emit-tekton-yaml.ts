import { emitKubernetesYaml } from '@couler/ir';
import type { TektonDocument } from '../compile/tekton-types';

/**
 * Tekton documents as YAML the way kubectl reads it (YAML 1.1-safe, deterministic byte for byte):
 * `emitKubernetesYaml` of `@couler/ir`, which every Kubernetes backend shares.
 */
export function emitTektonYaml(documents: ReadonlyArray<TektonDocument> | TektonDocument): string {
  return emitKubernetesYaml(documents);
}
