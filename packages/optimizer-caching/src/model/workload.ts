/**
 * What the simulator replays: a workflow DAG and the runs of it. Each step has one output
 * artifact (all of a step's outputs together, as engines memoize a step as a whole), and each
 * run says which version of that artifact the step asks for. A version is the memoization key:
 * it changes when the step or anything upstream of it is edited.
 */
export interface WorkloadStep {
  /** Unique step name. */
  readonly name: string;
  /** Steps whose artifacts this step reads. Every one comes earlier in `Workload.steps`. */
  readonly inputs: ReadonlyArray<string>;
}

/** One step of one run: the version it asks for, and what producing that version costs. */
export interface StepExecution {
  readonly step: string;
  /** Memoization key of the step's output in this run; equal keys mean reusable outputs. */
  readonly version: string;
  /** Seconds of compute to produce the artifact (reading inputs and writing excluded). */
  readonly computeSeconds: number;
  /** Size of the produced artifact in bytes. */
  readonly bytes: number;
}

export interface WorkloadRun {
  readonly id: string;
  /** In topological order of the steps; a step left out of a run did not execute in it. */
  readonly executions: ReadonlyArray<StepExecution>;
}

export interface Workload {
  readonly name: string;
  /** In topological order: inputs first. */
  readonly steps: ReadonlyArray<WorkloadStep>;
  readonly runs: ReadonlyArray<WorkloadRun>;
}

/** Cache key of a step's artifact version: versions are per step, keys are global. */
export function artifactKey(step: string, version: string): string {
  return `${step}@${version}`;
}
