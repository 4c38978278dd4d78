import type { EngineEvent, StepRecord } from '@couler/backend-local';
import type { Workflow } from '@couler/ir';
import type { DispatchAction } from '../db/database-schema';

/** A run as a cluster receives it, after its metadata is committed. */
export interface DispatchedRun {
  readonly id: string;
  readonly workflow: Workflow;
  readonly parameters: Readonly<Record<string, string>>;
  /** `start` a new run, `resume` one a dead server left, `retry` from its failure point. */
  readonly action: DispatchAction;
  /** With `retry`: also run this step and every step after it again. */
  readonly retryFrom: string | null;
}

export interface ClusterRunOutcome {
  readonly phase: 'Succeeded' | 'Failed' | 'Error' | 'Cancelled';
  readonly message?: string;
  readonly outputs?: Readonly<Record<string, string>>;
  /** Every step instance as the cluster recorded it, to replace the server's copy. */
  readonly steps: ReadonlyArray<StepRecord>;
}

/** Runs runs on one cluster and reports the engine's events as they come. */
export interface ClusterRunner {
  readonly kind: string;
  run(run: DispatchedRun, controls: { readonly signal: AbortSignal; readonly onEvent: (event: EngineEvent) => void }): Promise<ClusterRunOutcome>;
}
