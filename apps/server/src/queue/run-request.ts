import type { ResourceList, Workflow } from '@couler/ir';

/** What a run holds on its cluster while it runs: CPU cores, memory bytes, whole GPUs. */
export interface ResourceRequest {
  readonly cpu: number;
  readonly memory: number;
  readonly gpu: number;
}

/** A run whose steps state nothing holds one core: enough to count it against quotas and capacity. */
export const DEFAULT_RUN_REQUEST: ResourceRequest = { cpu: 1, memory: 0, gpu: 0 };

const DECIMAL: Record<string, number> = { n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };
const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };

/** A Kubernetes quantity (`500m`, `2`, `4Gi`, `1e9`) as a number; the IR's schema has checked its form. */
export function parseQuantity(quantity: string): number {
  const match = /^\+?((?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?)([numkMGTPE]i?)?$/.exec(quantity.trim());
  if (!match) return Number.NaN;
  const suffix = match[2] ?? '';
  const scale = BINARY[suffix] ?? DECIMAL[suffix];
  return scale === undefined ? Number.NaN : Number(match[1]) * scale;
}

function amounts(list: ResourceList | undefined): ResourceRequest {
  const cpu = list?.cpu === undefined ? 0 : parseQuantity(list.cpu);
  const memory = list?.memory === undefined ? 0 : parseQuantity(list.memory);
  return { cpu: Number.isFinite(cpu) ? cpu : 0, memory: Number.isFinite(memory) ? memory : 0, gpu: list?.gpu ?? 0 };
}

/**
 * What a run asks of a cluster: the largest request of any one step (its limits where it states
 * no request). A run's steps queue on its cluster, so it holds at least its largest step at a
 * time; counting every step at once would refuse wide workflows that run fine.
 */
export function runRequest(workflow: Workflow): ResourceRequest {
  let cpu = 0;
  let memory = 0;
  let gpu = 0;
  for (const step of [...workflow.spec.steps, ...(workflow.spec.onExit ?? [])]) {
    const resources = (step as { resources?: { requests?: ResourceList; limits?: ResourceList } }).resources;
    const requests = amounts(resources?.requests);
    const limits = amounts(resources?.limits);
    cpu = Math.max(cpu, requests.cpu || limits.cpu);
    memory = Math.max(memory, requests.memory || limits.memory);
    gpu = Math.max(gpu, requests.gpu || limits.gpu);
  }
  return { cpu: cpu || DEFAULT_RUN_REQUEST.cpu, memory, gpu };
}
