/**
 * @couler/optimizer-split — big-workflow auto-parallelism (§IV.B of the Couler paper): split a
 * workflow into sub-workflows that each fit a budget of YAML bytes, steps and pods.
 *
 *   import { splitWorkflow, formatSplitReport } from '@couler/optimizer-split';
 *   const result = splitWorkflow(workflow, { budget: { steps: 200 } });
 *   console.log(formatSplitReport(result.report));
 *
 * Argo output (a parent workflow running each part as a child) is in `@couler/optimizer-split/argo`.
 */
export { splitWorkflow, SPLIT_ALGORITHMS, DEFAULT_SPLIT_ALGORITHM, type SplitAlgorithm, type SplitWorkflowOptions } from './split-workflow';
export {
  resolveSplitBudget,
  DEFAULT_BUDGET_BYTES,
  DEFAULT_BUDGET_STEPS,
  BUDGET_DIMENSIONS,
  type BudgetDimension,
  type SplitBudget,
  type ResolvedSplitBudget,
} from './budget/split-budget';
export { estimateStepBytes, estimateGroupBytes, estimateFrameBytes, EXPORT_BYTES, importBytes } from './budget/estimate-bytes';
export { estimateStepPods } from './graph/split-graph';
export { partName } from './parts/build-parts';
export type { SplitCrossing, SplitResult } from './parts/split-types';
export type { SplitReport, SplitPartReport } from './report/split-report';
export { formatSplitReport } from './report/format-split-report';
export { crossingValue, runSplitLocally, type SplitLocalRunner, type SplitLocalRunSummary, type SplitRunResult, type RunSplitLocallyOptions } from './local/run-split-locally';
