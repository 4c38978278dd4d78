import type { ResourceList, Resources } from '../../schema/index';

function list(resources: ResourceList | undefined, gpuName: string): Record<string, string> | undefined {
  if (!resources) return undefined;
  const out: Record<string, string> = {};
  if (resources.cpu !== undefined) out.cpu = resources.cpu;
  if (resources.memory !== undefined) out.memory = resources.memory;
  if (resources.ephemeralStorage !== undefined) out['ephemeral-storage'] = resources.ephemeralStorage;
  if (resources.gpu !== undefined && resources.gpu > 0) out[gpuName] = String(resources.gpu);
  return Object.keys(out).length ? out : undefined;
}

/**
 * IR resources as a Kubernetes container's `resources` (`limits`, `requests`), GPUs as
 * `nvidia.com/gpu` unless the IR names the extended resource; undefined when nothing is asked.
 */
export function kubernetesResources(resources: Resources | undefined): { limits?: Record<string, string>; requests?: Record<string, string> } | undefined {
  if (!resources) return undefined;
  const gpuName = resources.gpuResourceName ?? 'nvidia.com/gpu';
  const limits = list(resources.limits, gpuName);
  const requests = list(resources.requests, gpuName);
  if (!limits && !requests) return undefined;
  return { ...(limits && { limits }), ...(requests && { requests }) };
}
