import type { ResourceList, Resources } from '@couler/ir';

const DEFAULT_GPU_RESOURCE = 'nvidia.com/gpu';

/** IR resources → Kubernetes `resources` (quantities as strings, GPUs as an extended resource). */
export function mapResources(resources: Resources | undefined): { requests?: Record<string, string>; limits?: Record<string, string> } | undefined {
  if (!resources) return undefined;
  const gpuName = resources.gpuResourceName ?? DEFAULT_GPU_RESOURCE;
  const list = (source: ResourceList | undefined): Record<string, string> | undefined => {
    if (!source) return undefined;
    const out: Record<string, string> = {};
    if (source.cpu !== undefined) out.cpu = source.cpu;
    if (source.memory !== undefined) out.memory = source.memory;
    if (source.ephemeralStorage !== undefined) out['ephemeral-storage'] = source.ephemeralStorage;
    if (source.gpu !== undefined && source.gpu > 0) out[gpuName] = String(source.gpu);
    return Object.keys(out).length > 0 ? out : undefined;
  };
  const requests = list(resources.requests);
  const limits = list(resources.limits);
  if (!requests && !limits) return undefined;
  return { ...(requests && { requests }), ...(limits && { limits }) };
}
