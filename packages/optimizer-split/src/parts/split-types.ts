import type { ParameterType, Workflow } from '@couler/ir';
import type { SplitReport } from '../report/split-report';

/** One output read across parts. */
export interface SplitCrossing {
  /**
   * `parameter`: the value travels as a workflow parameter of the reading part, named `name`
   * (the producing part exports it under the same name). `artifact`: the artifact has a
   * location, which the reading step now reads directly.
   */
  readonly kind: 'parameter' | 'artifact';
  readonly name: string;
  readonly producer: { readonly step: string; readonly output: string; readonly part: number };
  /** The parts that read it, ascending, and the reading steps. */
  readonly consumers: ReadonlyArray<{ readonly step: string; readonly part: number }>;
  /** Of a parameter: its declared type (`list` for the fan-in of a mapped step), when known. */
  readonly type?: ParameterType;
}

/** What `splitWorkflow` returns. */
export interface SplitResult {
  /** The workflow that was split. */
  readonly workflow: Workflow;
  /**
   * The sub-workflows, each a valid IR workflow named `<name>-part-<n>`, numbered so that a
   * part depends only on parts before it. Exit-handler steps and a cron schedule stay with the
   * whole (`workflow.spec.onExit`, `workflow.spec.cron`): they belong to whatever runs the parts.
   */
  readonly parts: ReadonlyArray<Workflow>;
  /** For each part, the parts that must succeed before it starts (indices, ascending). */
  readonly partDependencies: ReadonlyArray<ReadonlyArray<number>>;
  readonly crossings: ReadonlyArray<SplitCrossing>;
  /** The part of every step, by step name. */
  readonly partOfStep: ReadonlyMap<string, number>;
  readonly report: SplitReport;
}
