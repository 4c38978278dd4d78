import type { PassV1 } from '@couler/ir';
import type { TuneReport } from './tune-report';
import { tuneWorkflow, type TuneOptions } from './tune-workflow';

/**
 * `tuneWorkflow` as a `PassV1` (paper §IV.C in the optimizer pipeline): the workflow comes back
 * with the tuned hyperparameters as its parameters' defaults, the report lists every candidate.
 */
export const tunePass: PassV1<TuneOptions, TuneReport> = {
  specificationVersion: 'v1',
  passId: 'tune',
  run: (workflow, options) => tuneWorkflow(workflow, options),
};
