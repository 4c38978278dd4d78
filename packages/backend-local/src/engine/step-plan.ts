import type { CacheKeyInput } from '../cache/cache-key';
import type { FailureClass, StepOutputs } from '../state/state-records';
import type { StepPhase } from './step-phase';

/** A failure around the step's work (inputs, outputs, resolution): `permanent` ones are never retried. */
export class EngineError extends Error {
  constructor(
    message: string,
    readonly permanent = false,
    /** Worth another try under the default policy: a store throttled, answered 5xx or reset. */
    readonly transient = false,
  ) {
    super(message);
  }
}

/** Why an attempt failed, and how the retry policy should see it. */
export interface AttemptFailure {
  readonly message: string;
  readonly failureClass: FailureClass;
  readonly phase: StepPhase;
  readonly exitCode?: number;
  readonly signal?: string;
}

/** How one attempt ended: a failure, or the text that becomes the step's `result`. */
export interface AttemptOutcome {
  readonly failure?: AttemptFailure;
  /** Standard output (of the `main` container in a set), or the response body; on success. */
  readonly result?: string;
  readonly exitCode?: number;
  readonly signal?: string;
  /** The last process started, for killing orphans after an engine crash. */
  readonly pid?: number;
}

/** What an attempt may do besides its work: record processes and print lines. */
export interface AttemptContext {
  /** The attempt's number in the run's history of this instance (it continues across resumes). */
  readonly attempt: number;
  /** A name unique to this attempt, for containers (`couler-<run>-<step>-<attempt>`). */
  readonly containerName: string;
  readonly signal: AbortSignal;
  onSpawn(pid: number): void;
  onLine(stream: 'stdout' | 'stderr', line: string): void;
}

/**
 * One step instance, resolved and ready to run: what each kind (process, container set, http
 * request) does, apart from what every step shares — memoization, attempts, retries, records.
 */
export interface StepPlan {
  /** What memoization hashes, besides input artifacts, the map item and the declared outputs. */
  readonly cacheInput: Omit<CacheKeyInput, 'artifacts' | 'item' | 'outputs'>;
  /** Starts from a clean slate and puts input artifacts in place; returns each one's content hash. */
  prepare(): Promise<Record<string, string>>;
  /** One try. Never throws for a failure of the work itself; an `EngineError` for the engine's. */
  attempt(context: AttemptContext): Promise<AttemptOutcome>;
  /** The outputs of a successful attempt. @throws EngineError when a declared output is missing. */
  collect(result: string | undefined): Promise<StepOutputs>;
}
