import { assertValid, CoulerError, didYouMean, isCheckedWorkflow, type Workflow } from '@couler/ir';
import { resolveSplitBudget, type SplitBudget } from './budget/split-budget';
import { buildSplitGraph } from './graph/split-graph';
import { partitionCoulerPaper } from './partition/couler-paper-partitioner';
import { partitionCriticalPath } from './partition/critical-path-partitioner';
import type { Partitioner } from './partition/partitioner';
import { buildParts, partName } from './parts/build-parts';
import type { SplitResult } from './parts/split-types';
import { criticalPathLength, scheduleParts, topologicalSteps } from './report/measure-schedule';
import { buildSplitReport } from './report/split-report';

/**
 * The partitioners, by name. `critical-path` (the default, chosen by the benchmark in the
 * README) packs along a level order; `couler-paper` is Algorithm 3 of the paper.
 */
export const SPLIT_ALGORITHMS = {
  'critical-path': partitionCriticalPath,
  'couler-paper': partitionCoulerPaper,
} as const satisfies Record<string, Partitioner>;
export type SplitAlgorithm = keyof typeof SPLIT_ALGORITHMS;
export const DEFAULT_SPLIT_ALGORITHM: SplitAlgorithm = 'critical-path';

export interface SplitWorkflowOptions {
  /** Limits of one sub-workflow; defaults: 512 KiB of Argo YAML, 200 steps, no pod limit. */
  readonly budget?: SplitBudget;
  readonly algorithm?: SplitAlgorithm;
  /**
   * Validate the workflow first (default `true`). A workflow @couler/ir checked already (parsed,
   * or built by the DSL: `isCheckedWorkflow`) is not validated twice; pass `false` only for one
   * validated some other way.
   */
  readonly validate?: boolean;
}

/**
 * Splits a workflow into sub-workflows that each fit the budget (§IV.B of the Couler paper), with
 * the dependencies between them, the outputs that cross them, and a report. Pure and
 * deterministic; linear in the size of the workflow. A workflow within the budget comes back as
 * one part.
 *
 * @throws CoulerError `INVALID_WORKFLOW` (or the one problem) for an invalid workflow;
 *   `INVALID_FIELD` for a bad option, or for steps that must stay together and do not fit the
 *   budget even alone (the error names them and the limit to raise).
 */
export function splitWorkflow(workflow: Workflow, options: SplitWorkflowOptions = {}): SplitResult {
  const algorithm = options.algorithm ?? DEFAULT_SPLIT_ALGORITHM;
  const partition = (SPLIT_ALGORITHMS as Record<string, Partitioner>)[algorithm];
  if (partition === undefined || !Object.hasOwn(SPLIT_ALGORITHMS, algorithm)) {
    throw new CoulerError('INVALID_FIELD', `There is no split algorithm "${String(algorithm)}".${didYouMean(String(algorithm), Object.keys(SPLIT_ALGORITHMS))}`, {
      path: ['algorithm'],
      hint: `The algorithms are: ${Object.keys(SPLIT_ALGORITHMS).join(', ')}.`,
    });
  }
  const budget = resolveSplitBudget(options.budget);
  if ((options.validate ?? true) && !isCheckedWorkflow(workflow)) assertValid(workflow);

  const graph = buildSplitGraph(workflow);
  const { partOf, partCount } = partition(graph, budget);
  const { parts, crossings, partOfStep } = buildParts(graph, partOf, partCount);
  const { order } = topologicalSteps(graph);
  const schedule = scheduleParts(graph, partOf, partCount, order);
  const report = buildSplitReport({
    algorithm,
    graph,
    budget,
    partOf,
    partNames: parts.map((_, index) => partName(workflow.metadata.name, index)),
    schedule,
    criticalPathBefore: criticalPathLength(graph, order),
    crossings: crossings.length,
  });
  return { workflow, parts, partDependencies: schedule.partDependencies, crossings, partOfStep, report };
}
