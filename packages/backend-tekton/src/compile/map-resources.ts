import type { ResourceList, Resources } from '@couler/ir';

function list(resources: ResourceList | undefined, gpuName: string): Record<string, string> | undefined {
  if (!resources) return undefined;
  const out: Record<string, string> = {};
  if (resources.cpu !== undefined) out.cpu = resources.cpu;
  if (resources.memory !== undefined) out.memory = resources.memory;
  if (resources.ephemeralStorage !== undefined) out['ephemeral-storage'] = resources.ephemeralStorage;
  if (resources.gpu !== undefined && resources.gpu > 0) out[gpuName] = String(resources.gpu);
  return Object.keys(out).length ? out : undefined;
}

/** IR resources as a step's `computeResources` (GPUs as `nvidia.com/gpu` unless named). */
export function computeResources(resources: Resources | undefined): Record<string, unknown> | undefined {
  if (!resources) return undefined;
  const gpuName = resources.gpuResourceName ?? 'nvidia.com/gpu';
  const limits = list(resources.limits, gpuName);
  const requests = list(resources.requests, gpuName);
  if (!limits && !requests) return undefined;
  return { ...(limits && { limits }), ...(requests && { requests }) };
}

/** Whole seconds as a Go duration Tekton reads: `90s` → `1m30s`, `3600` → `1h0m0s`. */
export function goDuration(seconds: number): string {
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  if (hours > 0) return `${hours}h${minutes}m${rest}s`;
  if (minutes > 0) return `${minutes}m${rest}s`;
  return `${rest}s`;
}
