import type { ArgoKind, ArgoMetadata, ArgoTemplate } from '../compile/argo-types';

/** The parts of Argo's `NodeStatus` (io.argoproj.workflow.v1alpha1.NodeStatus) this package reads. */
export interface ArgoNodeStatus {
  readonly id: string;
  /** Full name: `<workflow>.<task>(0:a)`; unique in the workflow. */
  readonly name: string;
  /** Short name: the task or step name, with `(0:a)` for an item, `(1)` for a retry attempt. */
  readonly displayName?: string;
  /** `Pod`, `Container`, `Steps`, `StepGroup`, `DAG`, `TaskGroup`, `Retry`, `Skipped`, `Suspend`, … */
  readonly type: string;
  readonly templateName?: string;
  readonly templateRef?: { readonly name?: string; readonly template?: string; readonly clusterScope?: boolean };
  /** `Pending`, `Running`, `Succeeded`, `Skipped`, `Failed`, `Error`, `Omitted`. */
  readonly phase?: string;
  readonly boundaryID?: string;
  readonly message?: string;
  readonly startedAt?: string | null;
  readonly finishedAt?: string | null;
  readonly children?: ReadonlyArray<string>;
  readonly memoizationStatus?: { readonly hit?: boolean };
}

/** A Workflow as the Argo Server returns it: the compiled spec plus `status`. */
export interface ArgoWorkflowObject {
  readonly apiVersion?: string;
  readonly kind?: string;
  readonly metadata: ArgoMetadata & { readonly uid?: string; readonly creationTimestamp?: string };
  readonly spec?: { readonly templates?: ReadonlyArray<ArgoTemplate>; readonly entrypoint?: string; readonly shutdown?: string; readonly [key: string]: unknown };
  readonly status?: {
    readonly phase?: string;
    readonly startedAt?: string | null;
    readonly finishedAt?: string | null;
    readonly message?: string;
    readonly nodes?: Readonly<Record<string, ArgoNodeStatus>>;
    readonly storedTemplates?: Readonly<Record<string, ArgoTemplate>>;
  };
}

/** Any object the server creates: what comes back is the stored object, with its final name. */
export interface ArgoCreatedObject {
  readonly apiVersion?: string;
  readonly kind?: ArgoKind | string;
  readonly metadata: ArgoMetadata & { readonly uid?: string };
  readonly [key: string]: unknown;
}

/** One line of `GET /api/v1/workflows/{namespace}/{name}/log` (io.argoproj.workflow.v1alpha1.LogEntry). */
export interface ArgoLogEntry {
  readonly content: string;
  readonly podName: string;
}
