import type { BackendV1, BackendV1RequestOptions, BackendV1RunHandle, CoulerError } from '@couler/ir';
import type { ClusterHealth, DispatchedRun } from './cluster-runner';

/**
 * One remote cluster's engine, connected with its settings: what `createRemoteCluster` needs
 * beyond BackendV1's `doStatus`/`doLogs` — how a run is created there, stopped, retried, and
 * which of the engine's failures another try may not meet.
 */
export interface RemoteEngine {
  /** The backend, built with the cluster's settings (its address and credentials). */
  readonly backend: BackendV1;
  /** Passed to `doStatus`/`doLogs` (server, namespace, token, as the backend takes them). */
  readonly request: BackendV1RequestOptions;
  /** What the engine calls a run, for events: `Argo workflow`, `Tekton PipelineRun`, `Airflow DAG run`. */
  readonly noun: string;
  /** Where a run is, for events: ` in namespace "ml"`. */
  where(handle: BackendV1RunHandle): string;
  /**
   * The handle a new run will have, when the server names it (Argo, Tekton): it is stored before
   * the run is created, so a server that stops in between follows it instead of creating another.
   * Absent when the engine names runs itself (Airflow's DAG run ids).
   */
  newHandle?(run: DispatchedRun): BackendV1RunHandle;
  /**
   * Compiles the run's workflow and creates it on the engine, under `handle`'s name when there
   * is one; one that exists already under that name (an earlier try got that far) is no error.
   * @returns the run's handle.
   */
  create(run: DispatchedRun, handle: BackendV1RunHandle | undefined, signal: AbortSignal): Promise<BackendV1RunHandle>;
  /**
   * Stops a run on the engine (Argo's terminate, Tekton's cancel, Airflow's failed state): a run
   * cancelled on the server must not go on using the cluster. Never throws.
   * @returns what happened, for the run's events, with how to stop it by hand when it failed.
   */
  cancel(handle: BackendV1RunHandle): Promise<string>;
  /**
   * Retries a finished run on the engine from its failure point (or from `run.retryFrom` on),
   * keeping the steps that succeeded. Absent, or not `done`: a new run is created instead.
   * @returns whether it was done, and what happened or why not, for the run's events.
   */
  retry?(handle: BackendV1RunHandle, run: DispatchedRun): Promise<{ readonly done: boolean; readonly message: string }>;
  /** The engine no longer has (or never had) the run. */
  isNotFound(error: unknown): boolean;
  /**
   * How a failure of the engine's API counts for the automatic retry: `transient` when another
   * try may not meet it (down, slow, failed inside), `permanent` when it will; undefined to
   * judge by its message, as a step's.
   */
  failureClass(error: CoulerError): 'transient' | 'permanent' | undefined;
}

export interface RemoteConnectOptions {
  /** Per request to the engine, where its backend takes one. */
  readonly timeoutMs?: number;
  /** How often to look again while waiting on the engine (a run's status, a DAG file being loaded). */
  readonly pollMs: number;
}

/** A kind of remote cluster: connects to one with its settings, and checks its health. */
export interface RemoteClusterKind {
  readonly kind: string;
  /** @throws CoulerError `INVALID_FIELD` for settings that cannot work. */
  connect(settings: Readonly<Record<string, unknown>>, options: RemoteConnectOptions): RemoteEngine;
  /** Whether a cluster with these settings answers and takes its credentials. Never throws. */
  checkHealth(settings: Readonly<Record<string, unknown>>): Promise<ClusterHealth>;
}
