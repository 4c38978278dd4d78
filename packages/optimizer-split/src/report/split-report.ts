import type { ResolvedSplitBudget } from '../budget/split-budget';
import type { SplitGraph } from '../graph/split-graph';
import type { PartSchedule } from './measure-schedule';

/** One sub-workflow against the budget. */
export interface SplitPartReport {
  readonly name: string;
  readonly steps: number;
  /** Estimated bytes of its Argo YAML (an upper estimate: see `estimate-bytes.ts`). */
  readonly bytes: number;
  readonly pods: number;
  /** The parts it waits for (0-based indices). */
  readonly dependsOn: ReadonlyArray<number>;
  /** The most of its steps that can run at once. */
  readonly parallelism: number;
  /** Its longest chain of steps. */
  readonly depth: number;
  /** When it starts and finishes, each step taking one unit of time. */
  readonly start: number;
  readonly finish: number;
}

/** What `splitWorkflow` decided, and how good it is. */
export interface SplitReport {
  readonly algorithm: string;
  readonly budget: ResolvedSplitBudget;
  /** Of the whole workflow: estimated bytes as one document, steps and pods. */
  readonly totals: { readonly bytes: number; readonly steps: number; readonly pods: number };
  /** Groups of steps that had to stay together (at least two steps). */
  readonly boundGroups: number;
  readonly parts: ReadonlyArray<SplitPartReport>;
  /** ⌈total / budget⌉ in the tightest dimension: no split has fewer parts. */
  readonly lowerBound: number;
  /**
   * The longest chain of steps, each taking one unit of time, before and after the split (after:
   * a part starts once every part it needs has finished).
   */
  readonly criticalPath: { readonly before: number; readonly after: number };
  /** Outputs passed between parts. */
  readonly crossings: number;
}

export function buildSplitReport(input: {
  algorithm: string;
  graph: SplitGraph;
  budget: ResolvedSplitBudget;
  partOf: Int32Array;
  partNames: ReadonlyArray<string>;
  schedule: PartSchedule;
  criticalPathBefore: number;
  crossings: number;
}): SplitReport {
  const { graph, budget, partOf, partNames, schedule } = input;
  const partCount = partNames.length;
  const steps = new Float64Array(partCount);
  const pods = new Float64Array(partCount);
  const bytes = new Float64Array(partCount).fill(graph.frameBytes);
  // Each part's imports counted once, as the meter did. Units come in number order, which
  // interleaves parts, so "imported" is kept per (key, part), not per key.
  const imported = new Set<number>();
  let totalBytes = graph.frameBytes;
  let boundGroups = 0;
  for (let unit = 0; unit < graph.members.length; unit++) {
    const part = partOf[unit]!;
    steps[part]! += graph.unitSteps[unit]!;
    pods[part]! += graph.unitPods[unit]!;
    bytes[part]! += graph.unitBytes[unit]!;
    totalBytes += graph.unitBytes[unit]!;
    for (const dependency of graph.dependencies[unit]!) {
      totalBytes += dependency.bytes;
      if (partOf[dependency.unit] === part) bytes[part]! += dependency.bytes;
    }
    if (graph.members[unit]!.length > 1) boundGroups++;
    for (const read of graph.reads[unit]!) {
      const importedHere = read.key * partCount + part;
      if (partOf[read.producerUnit] === part || imported.has(importedHere)) continue;
      imported.add(importedHere);
      bytes[part]! += graph.keys[read.key]!.importBytes;
    }
  }
  const totals = { bytes: Math.ceil(totalBytes), steps: steps.reduce((sum, value) => sum + value, 0), pods: pods.reduce((sum, value) => sum + value, 0) };
  const lowerBound = Math.max(1, Math.ceil(totals.bytes / budget.bytes), Math.ceil(totals.steps / budget.steps), Math.ceil(totals.pods / budget.pods));
  return {
    algorithm: input.algorithm,
    budget,
    totals,
    boundGroups,
    parts: partNames.map((name, part) => ({
      name,
      steps: steps[part]!,
      bytes: Math.ceil(bytes[part]!),
      pods: pods[part]!,
      dependsOn: schedule.partDependencies[part]!,
      parallelism: schedule.partParallelism[part]!,
      depth: schedule.partDepth[part]!,
      start: schedule.partStart[part]!,
      finish: schedule.partFinish[part]!,
    })),
    lowerBound,
    criticalPath: { before: input.criticalPathBefore, after: schedule.criticalPath },
    crossings: input.crossings,
  };
}
