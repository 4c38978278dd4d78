import type { CacheHint, Dataset, RetryPolicy, Step } from '@couler/ir';
import type { DatasetCache } from '../datasets/dataset-cache';
import type { ArtifactStore } from '../artifacts/artifact-store';
import type { RemoteArtifactStores } from '../artifacts/remote-artifact-store';
import type { MemoCache } from '../cache/memo-cache';
import type { StateStore } from '../state/state-store';
import type { StepOutputs } from '../state/state-records';
import type { ContainerRuntime } from './container-runtime';
import type { EngineEvent } from './engine-event';
import type { ProcessSpawner } from './launcher/process-spawner';
import type { SandboxDirPool } from './sandbox-dir-pool';
import type { ResolveScope } from './resolve-value';
import type { RunLog } from './run-log';
import type { StepPhase } from './step-phase';

/** What one step instance produced, as the scheduler needs it. */
export interface InstanceResult {
  readonly id: string;
  readonly phase: StepPhase;
  readonly outputs: StepOutputs;
  readonly message?: string;
}

/** One step instance to run. */
export interface StepExecution {
  readonly id: string;
  readonly step: Step;
  readonly stage: 'main' | 'exit';
  readonly iteration: number;
  readonly mapIndex?: number;
  readonly item?: unknown;
  readonly scope: ResolveScope;
  readonly retry?: RetryPolicy;
  readonly cache: { readonly enabled: boolean; readonly hint?: CacheHint };
  readonly signal: AbortSignal;
}

/** What the executor shares across the instances of a run. */
export interface ExecutorEnvironment {
  readonly runId: string;
  readonly runDir: string;
  readonly workflowName: string;
  readonly store: StateStore;
  readonly artifacts: ArtifactStore;
  readonly memo: MemoCache;
  readonly remoteStores: RemoteArtifactStores;
  readonly baseEnv: Readonly<Record<string, string | undefined>>;
  readonly emit: (event: EngineEvent) => void;
  readonly now: () => Date;
  /** Where every line the steps print goes. */
  readonly log: RunLog;
  /** Docker or podman when steps run in their images; undefined runs them as host processes. */
  readonly containerRuntime?: ContainerRuntime;
  /** Who starts step processes: the run's launcher. Default: this process. */
  readonly spawner?: ProcessSpawner;
  /** Empty directories of finished steps, for the next steps' (see `SandboxDirPool`). */
  readonly sandboxDirs?: SandboxDirPool;
  /** The workflow's datasets by name, and the cache their readers share. */
  readonly datasets?: ReadonlyMap<string, Dataset>;
  readonly datasetCache?: DatasetCache;
}
