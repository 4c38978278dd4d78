import { kubernetesResources, type Resources } from '@couler/ir';

/**
 * IR resources → Kubernetes `resources` (quantities as strings, GPUs as an extended resource),
 * through the helper every Kubernetes backend shares; `requests` is written before `limits`, as
 * Argo files always had it.
 */
export function mapResources(resources: Resources | undefined): { requests?: Record<string, string>; limits?: Record<string, string> } | undefined {
  const mapped = kubernetesResources(resources);
  if (!mapped) return undefined;
  return { ...(mapped.requests && { requests: mapped.requests }), ...(mapped.limits && { limits: mapped.limits }) };
}
