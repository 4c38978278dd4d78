import type { Workflow } from '../../schema/workflow';
import type { Construct } from './constructs';

/**
 * The contract between Couler and an engine. Implement it against `@couler/ir` alone to add a
 * backend: publish `couler-backend-foo`, export `createFooBackend(settings)` and a default `foo`
 * instance, and run the checks of `@couler/ir/test` in your tests.
 *
 * Methods starting with `do` are called by Couler (the CLI, the server), not by users: the
 * caller validates the workflow, checks `specificationVersion` and calls `assertSupported`
 * with `capabilities` first.
 */
export interface BackendV1 {
  /** Contract version implemented; callers refuse versions they do not know. */
  readonly specificationVersion: 'v1';
  /** Short, stable, lower-case id used on the command line: `argo`, `airflow`, `local`. */
  readonly backendId: string;
  /** The IR constructs this backend can express; anything else is a compile error. */
  readonly capabilities: ReadonlyArray<Construct>;

  /**
   * Turns a validated workflow into engine files. Pure and deterministic: the same workflow and
   * options give byte-identical files. No I/O.
   *
   * @throws CoulerError `UNSUPPORTED_BY_BACKEND` for a construct the engine cannot express.
   */
  doCompile(workflow: Workflow, options: BackendV1CompileOptions): PromiseLike<BackendV1CompileResult>;

  /** Optional: submit (or run) what `doCompile` produced. */
  doSubmit?(compiled: BackendV1CompileResult, options: BackendV1SubmitOptions): PromiseLike<BackendV1SubmitResult>;

  /** Optional: the current state of a submitted run. */
  doStatus?(run: BackendV1RunHandle, options: BackendV1RequestOptions): PromiseLike<BackendV1RunStatus>;

  /** Optional: log lines of a submitted run, oldest first; with `follow`, until the run ends. */
  doLogs?(run: BackendV1RunHandle, options: BackendV1LogsOptions): AsyncIterable<BackendV1LogLine>;
}

export interface BackendV1CompileOptions {
  /** Backend-specific settings (`{ kind: 'WorkflowTemplate' }` for Argo …), passed through. */
  readonly settings?: Readonly<Record<string, unknown>>;
}

/** A file the backend produced, with a path relative to the output directory. */
export interface BackendV1File {
  readonly path: string;
  readonly contents: string;
}

/** Something the user should know that does not stop compilation. */
export interface BackendV1Warning {
  readonly message: string;
  readonly path?: ReadonlyArray<string | number>;
  readonly stepName?: string;
}

export interface BackendV1CompileResult {
  readonly files: ReadonlyArray<BackendV1File>;
  readonly warnings: ReadonlyArray<BackendV1Warning>;
}

export interface BackendV1RequestOptions {
  /** Where the engine's API is, e.g. `https://argo.example.com:2746`. */
  readonly server?: string;
  readonly namespace?: string;
  /** Bearer token or other credentials, as the backend documents. */
  readonly token?: string;
  readonly abortSignal?: AbortSignal;
}

export interface BackendV1SubmitOptions extends BackendV1RequestOptions {
  /** Values for workflow parameters, overriding their defaults. */
  readonly parameters?: Readonly<Record<string, string>>;
}

/** Identifies one run on one engine; plain data, safe to store and send. */
export interface BackendV1RunHandle {
  readonly backendId: string;
  readonly runId: string;
  readonly namespace?: string;
  readonly url?: string;
}

export type BackendV1SubmitResult = BackendV1RunHandle;

export type BackendV1Phase = 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Error' | 'Cancelled' | 'Skipped' | 'Cached';

export interface BackendV1StepStatus {
  readonly name: string;
  readonly phase: BackendV1Phase;
  readonly startedAt?: string;
  readonly finishedAt?: string;
  readonly message?: string;
}

export interface BackendV1RunStatus {
  readonly run: BackendV1RunHandle;
  readonly phase: BackendV1Phase;
  readonly startedAt?: string;
  readonly finishedAt?: string;
  readonly message?: string;
  readonly steps: ReadonlyArray<BackendV1StepStatus>;
}

export interface BackendV1LogsOptions extends BackendV1RequestOptions {
  /** Only this step's logs. */
  readonly stepName?: string;
  readonly follow?: boolean;
}

export interface BackendV1LogLine {
  readonly stepName: string;
  readonly time?: string;
  readonly text: string;
}
