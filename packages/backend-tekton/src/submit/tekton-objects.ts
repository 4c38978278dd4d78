/**
 * The fields Couler reads of the Tekton objects the Kubernetes API returns (tekton.dev/v1
 * TaskRun and PipelineRun). All are optional: an object read mid-run, or written by another
 * Tekton release, may lack any of them; the API sends more than is listed here.
 */
export interface TektonObject {
  readonly metadata?: {
    readonly name?: string;
    readonly resourceVersion?: string;
    readonly labels?: Readonly<Record<string, string>>;
  };
  readonly spec?: { readonly pipelineSpec?: TektonPipelineTasks };
  readonly status?: TektonRunStatus;
}

/** A `Succeeded` condition (Knative's status convention, which Tekton follows). */
export interface TektonCondition {
  readonly type: string;
  readonly status: string;
  readonly reason?: string;
  readonly message?: string;
}

export interface TektonPipelineTasks {
  readonly tasks?: ReadonlyArray<{ readonly name: string }>;
  readonly finally?: ReadonlyArray<{ readonly name: string }>;
}

export interface TektonRunStatus {
  readonly conditions?: ReadonlyArray<TektonCondition>;
  readonly startTime?: string;
  readonly completionTime?: string;
  /** TaskRun: the pod its steps run in. */
  readonly podName?: string;
  /** TaskRun: one state per step container, once the pod exists. */
  readonly steps?: ReadonlyArray<{ readonly name?: string; readonly container?: string; readonly running?: unknown; readonly terminated?: unknown }>;
  /** TaskRun: the task's spec as resolved. */
  readonly taskSpec?: { readonly steps?: ReadonlyArray<{ readonly name?: string }> };
  /** PipelineRun: the pipeline's spec as resolved. */
  readonly pipelineSpec?: TektonPipelineTasks;
  /** PipelineRun: the tasks that did not run (a false `when`, or a failure before them). */
  readonly skippedTasks?: ReadonlyArray<{ readonly name: string; readonly reason?: string }>;
}
