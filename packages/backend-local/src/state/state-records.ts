import type { ContainerRuntimeChoice } from '../engine/container-runtime';
import type { Workflow } from '@couler/ir';
import type { RunPhase, StepPhase } from '../engine/step-phase';

/** One artifact in the content-addressed store: `sha256` of its bytes (of its tree, for a directory). */
export interface StoredArtifact {
  readonly hash: string;
  readonly kind: 'file' | 'dir';
  readonly size: number;
}

/** What a finished step instance produced. */
export interface StepOutputs {
  /** Standard output, trimmed (the `result` output). */
  readonly result?: string;
  readonly parameters: Readonly<Record<string, string>>;
  readonly artifacts: Readonly<Record<string, StoredArtifact>>;
}

export const NO_OUTPUTS: StepOutputs = { parameters: {}, artifacts: {} };

/** Settings a run was started with; a resume uses them again. */
export interface RunSettings {
  readonly parallelism: number;
  /** `false` for `--no-cache`, `true` to memoize every step, `undefined` to follow the hints. */
  readonly cache?: boolean;
  /** The workflow file, when the run came from one. */
  readonly sourceFile?: string;
  /** `--cache-policy` and `--cache-size`, when given. */
  readonly cachePolicy?: string;
  readonly maxCacheBytes?: number;
  /** `--container-runtime` when it was not `host`. */
  readonly containerRuntime?: ContainerRuntimeChoice;
}

export interface RunRecord {
  readonly id: string;
  readonly workflowName: string;
  readonly workflow: Workflow;
  /** Every workflow parameter's value: defaults with the overrides applied. */
  readonly parameters: Readonly<Record<string, string>>;
  readonly settings: RunSettings;
  readonly phase: RunPhase;
  readonly message?: string;
  readonly createdAt: string;
  readonly startedAt?: string;
  readonly finishedAt?: string;
  /** The engine process working on the run (to tell a crashed run from a live one). */
  readonly enginePid?: number;
  readonly runDir: string;
}

/** One step instance: a step, or one item of a mapped step, or one iteration of a loop body. */
export interface StepRecord {
  readonly runId: string;
  /** `train`, `train[2]` (map item 2), `flip#3` (loop iteration 3), `train#3[2]`. */
  readonly id: string;
  readonly stepName: string;
  readonly stage: 'main' | 'exit';
  readonly iteration: number;
  readonly mapIndex?: number;
  readonly item?: unknown;
  readonly phase: StepPhase;
  readonly message?: string;
  readonly startedAt?: string;
  readonly finishedAt?: string;
  readonly exitCode?: number;
  readonly signal?: string;
  readonly attempts: number;
  readonly cacheKey?: string;
  /** For a Cached step: the run and step whose outputs it reused. */
  readonly cachedFrom?: string;
  readonly outputs: StepOutputs;
}

/** Why an attempt failed, which decides whether it is retried. */
export type FailureClass = 'transient' | 'permanent' | 'failure' | 'error' | 'timeout' | 'cancelled';

export interface AttemptRecord {
  readonly runId: string;
  readonly stepId: string;
  readonly attempt: number;
  readonly startedAt: string;
  readonly finishedAt?: string;
  readonly phase: StepPhase;
  readonly exitCode?: number;
  readonly signal?: string;
  readonly message?: string;
  readonly failureClass?: FailureClass;
  readonly logPath: string;
  readonly pid?: number;
}

/** One memoized step result. */
export interface CacheEntry {
  readonly key: string;
  readonly workflowName: string;
  readonly stepName: string;
  readonly runId: string;
  readonly stepId: string;
  readonly createdAt: string;
  readonly expiresAt?: string;
  /** The hash of each part of the key (image, command, each input …), for `couler cache why`. */
  readonly parts: Readonly<Record<string, string>>;
  readonly outputs: StepOutputs;
  readonly size: number;
  readonly lastUsedAt: string;
  readonly hits: number;
}

/** The key a step instance looked up, and whether it hit. */
export interface CacheLookup {
  readonly runId: string;
  readonly stepId: string;
  readonly stepName: string;
  readonly workflowName: string;
  readonly key: string;
  readonly parts: Readonly<Record<string, string>>;
  readonly hit: boolean;
  /** Why memoization did not apply (off, expired …), when it did not. */
  readonly note?: string;
  readonly at: string;
}
