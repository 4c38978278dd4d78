import type { WorkloadGraph } from '../model/workload-graph';

/**
 * The caching importance factor of the Couler paper (§IV.A, equations 3–6), written as plain
 * functions over the job DAG so each equation can be checked by hand. Jobs are indices into a
 * `WorkloadGraph`; artifact u is the output of job u.
 */
export interface ImportanceWeights {
  /** Weight of the reconstruction cost term (paper: 1.5). */
  readonly alpha: number;
  /** Weight of the reuse value term (paper: 1). */
  readonly beta: number;
  /** Layers n of the predecessor and successor subgraphs G_p and G_s. */
  readonly depth: number;
}

export const PAPER_IMPORTANCE_WEIGHTS: ImportanceWeights = { alpha: 1.5, beta: 1, depth: 3 };

/**
 * G_p: job u and the jobs up to `depth` layers before it. The walk stops at a job whose
 * artifact is cached (property (b)): that job and everything behind it need no recomputation,
 * so they are left out. Job u itself is always in.
 */
export function predecessorSubgraph(graph: WorkloadGraph, u: number, depth: number, isCached: (job: number) => boolean): number[] {
  return layeredWalk(u, depth, (job) => graph.inputs[job]!, isCached).map(([job]) => job);
}

/**
 * G_s with κ: the jobs up to `depth` layers after u, each with its distance in hops from u
 * (the shortest, by breadth-first search), truncated at cached artifacts like G_p. u is
 * excluded: κ_uu = 0 would divide by zero in equation 4.
 */
export function successorSubgraph(graph: WorkloadGraph, u: number, depth: number, isCached: (job: number) => boolean): Map<number, number> {
  return new Map(layeredWalk(u, depth, (job) => graph.consumers[job]!, isCached).filter(([job]) => job !== u));
}

function layeredWalk(start: number, depth: number, next: (job: number) => ReadonlyArray<number>, isCached: (job: number) => boolean): Array<[number, number]> {
  const distance = new Map<number, number>([[start, 0]]);
  let frontier = [start];
  for (let layer = 1; layer <= depth && frontier.length > 0; layer++) {
    const following: number[] = [];
    for (const job of frontier) {
      for (const neighbour of next(job)) {
        if (distance.has(neighbour) || isCached(neighbour)) continue;
        distance.set(neighbour, layer);
        following.push(neighbour);
      }
    }
    frontier = following;
  }
  return [...distance.entries()];
}

/**
 * Equation 3: L(u) = Σ_i Σ_j A_ij · (w_i + d_i · d_j) over the jobs of G_p, where A is the
 * adjacency matrix (A_ij = 1 when job j reads job i), w_i the resource use of job i (seconds of
 * compute here) and d_i its degree in the whole DAG.
 */
export function reconstructionCost(graph: WorkloadGraph, subgraph: ReadonlyArray<number>, weight: (job: number) => number): number {
  const members = new Set(subgraph);
  let total = 0;
  for (const i of members) {
    for (const j of graph.consumers[i]!) {
      if (members.has(j)) total += weight(i) + graph.degree[i]! * graph.degree[j]!;
    }
  }
  return total;
}

/** Equation 5, one entry: ζ_ui = (diag(d) − A)_ui. */
export function zeta(graph: WorkloadGraph, u: number, i: number): number {
  if (u === i) return graph.degree[u]!;
  return graph.consumers[u]!.includes(i) ? -1 : 0;
}

/**
 * Equation 4: F(u) = Σ_{i ∈ G_s} r / κ_ui · (ζ_ui + 1), with r ∈ {0, 1} whether a reuse event
 * occurs for u. Note that for a direct consumer i, ζ_ui = −1 and its term is 0: as written, the
 * equation values the jobs two or more hops away.
 */
export function reuseValue(graph: WorkloadGraph, u: number, successors: ReadonlyMap<number, number>, reused: boolean): number {
  const r = reused ? 1 : 0;
  let total = 0;
  for (const [i, kappa] of successors) total += (r / kappa) * (zeta(graph, u, i) + 1);
  return total;
}

/**
 * V(u), the caching cost: the artifact's memory as a fraction of the cache capacity. The paper
 * gives no unit; bytes would make e^(−V) zero for every real artifact.
 */
export function cachingCost(bytes: number, capacityBytes: number): number {
  return capacityBytes > 0 ? bytes / capacityBytes : Number.POSITIVE_INFINITY;
}

/** Equation 6: I(u) = α · ln(1 + L(u)) + β · F(u)² − e^(−V(u)). */
export function importanceFactor(terms: { reconstruction: number; reuse: number; cachingCost: number }, weights: Pick<ImportanceWeights, 'alpha' | 'beta'>): number {
  return weights.alpha * Math.log1p(terms.reconstruction) + weights.beta * terms.reuse ** 2 - Math.exp(-terms.cachingCost);
}
