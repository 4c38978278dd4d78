import type { Workflow } from '../../schema/workflow';

/**
 * An IR → IR pass (an optimizer): it reads a workflow and returns a new one, never mutating
 * its input, plus a report of what it decided and why. Passes compose: the output of one is a
 * valid input of the next.
 */
export interface PassV1<Options = Record<string, unknown>, Report = unknown> {
  /** Contract version implemented; callers refuse versions they do not know. */
  readonly specificationVersion: 'v1';
  /** Short, stable id: `caching`, `split`, `tune`. */
  readonly passId: string;
  /**
   * @returns the new workflow (which must validate) and the pass's report.
   * @throws CoulerError when the options make no sense for this workflow.
   */
  run(workflow: Workflow, options: Options): PromiseLike<PassV1Result<Report>>;
}

export interface PassV1Result<Report = unknown> {
  readonly workflow: Workflow;
  readonly report: Report;
}
