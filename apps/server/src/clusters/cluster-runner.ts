import type { EngineEvent, StepRecord } from '@couler/backend-local';
import type { BackendV1RunHandle, Workflow } from '@couler/ir';
import type { DispatchAction } from '../db/database-schema';
import type { FailedStep } from '../monitor/auto-retry';

/** The abort reason of runs stopped by their server's shutdown (not by a user, nor by the monitor). */
export const SHUTDOWN = 'couler-server-shutdown';

/** A run as a cluster receives it, after its metadata is committed. */
export interface DispatchedRun {
  readonly id: string;
  readonly workflow: Workflow;
  readonly parameters: Readonly<Record<string, string>>;
  /** `start` a new run, `resume` one a dead server left, `retry` from its failure point. */
  readonly action: DispatchAction;
  /** How many times the run was dispatched, this one included: names what a remote engine creates for this dispatch. */
  readonly dispatch: number;
  /** With `retry`: also run this step and every step after it again. */
  readonly retryFrom: string | null;
  /** On a remote cluster: the engine's handle of this run from an earlier dispatch, to follow it again. */
  readonly externalRun: BackendV1RunHandle | null;
  /** The cluster it was placed on, with its kind's settings (an engine's address and token). */
  readonly cluster: { readonly name: string; readonly settings: Readonly<Record<string, unknown>> };
}

export interface ClusterRunOutcome {
  readonly phase: 'Succeeded' | 'Failed' | 'Error' | 'Cancelled';
  readonly message?: string;
  readonly outputs?: Readonly<Record<string, string>>;
  /** Every step instance as the cluster recorded it, to replace the server's copy. */
  readonly steps: ReadonlyArray<StepRecord>;
  /** Why each failed step failed, sorted transient or not: decides the server's automatic retry. */
  readonly failed?: ReadonlyArray<FailedStep>;
}

/** Runs runs on one cluster and reports the engine's events as they come. */
export interface ClusterRunner {
  readonly kind: string;
  run(run: DispatchedRun, controls: ClusterRunControls): Promise<ClusterRunOutcome>;
  /** Whether a cluster with these settings answers and takes its credentials; a cluster of this machine has none. */
  checkHealth?(settings: Readonly<Record<string, unknown>>): Promise<ClusterHealth>;
}

export interface ClusterHealth {
  readonly healthy: boolean;
  /** What is wrong, and what to do about it. */
  readonly message?: string;
}

export interface ClusterRunControls {
  /** Aborted to stop the run: by a user or the on-time monitor, or with reason `SHUTDOWN` when the server stops (a remote run is then left running). */
  readonly signal: AbortSignal;
  /** The engine's events, as the local engine reports them (a remote cluster translates its status into them). */
  readonly onEvent: (event: EngineEvent) => void;
  /** A remote cluster is about to create the run under this handle: the server stores it first, to follow it after a restart. */
  readonly onSubmitted?: (handle: BackendV1RunHandle) => Promise<void>;
}
