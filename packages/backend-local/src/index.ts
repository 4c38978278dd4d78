/**
 * @couler/backend-local — the embedded engine behind `couler run`: a workflow IR runs on this
 * machine as processes, with its state in SQLite (`~/.couler/couler.db`), artifacts in a
 * content-addressed store, retries, memoization and resume after a crash.
 *
 * Start with `runWorkflow(workflow, options)`; `resumeRun` and `retryRun` continue a run;
 * `openStateStore` reads what runs left behind.
 */
export { ArtifactStore } from './artifacts/artifact-store';
export {
  DEFAULT_REMOTE_ARTIFACT_STORES,
  gitArtifactStore,
  httpArtifactStore,
  remoteFailureKind,
  type RemoteArtifactContext,
  type RemoteArtifactStore,
  type RemoteArtifactStores,
  type RemoteArtifactVersion,
  type RemoteFailureKind,
  type RemoteTransferProgress,
} from './artifacts/remote-artifact-store';
export { largestFirstEvictionPolicy, lruEvictionPolicy, type CacheEvictionPolicy } from './cache/cache-eviction-policy';
export { computeCacheKey, type CacheKey, type CacheKeyInput } from './cache/cache-key';
export { DEFAULT_MAX_CACHE_BYTES } from './cache/memo-cache';
export type { CacheAdmission, CacheAdmissionDecision } from './cache/cache-admission';
export { CACHE_POLICY_HISTORY_RUNS, OptimizerCacheAdmission, type OptimizerCacheAdmissionOptions } from './cache/optimizer-cache-admission';
export { cacheHistoryWorkload, type CacheHistoryOptions } from './cache/cache-history-workload';
export { checkCacheOptions } from './cache/check-cache-options';
export type { EngineEvent, EngineEventListener } from './engine/engine-event';
export type { LocalRunOptions } from './engine/local-run-options';
export { CONTAINER_RUNTIME_CHOICES, type ContainerRuntimeChoice } from './engine/container-runtime';
export { resolveParameters } from './engine/resolve-parameters';
export { instanceId } from './engine/run-scheduler';
export { secretVariable } from './engine/step-environment';
export { isKeptOnResume, RUN_PHASES, STEP_PHASES, type RunPhase, type StepPhase } from './engine/step-phase';
export { LOCAL_CAPABILITIES, LOCAL_IGNORED, LOCAL_OPT_IN, LOCAL_UNSUPPORTED } from './local-capabilities';
export { classifyFailure, type FailureClassification, type FailureFacts } from './retry/classify-failure';
export { backoffDelay, DEFAULT_TRANSIENT_RETRY, shouldRetry, withinRetryDuration } from './retry/retry-decision';
export { PERMANENT_EXIT_CODES, PERMANENT_PATTERNS, TRANSIENT_PATTERNS, type FailurePattern } from './retry/transient-patterns';
export {
  findRun,
  isProcessAlive,
  openStateStore,
  resumeRun,
  retryRun,
  runWorkflow,
  type ResumeOptions,
  type RetryOptions,
  type RunSummary,
} from './run-workflow';
export { resolveCoulerHome, type CoulerHome } from './state/couler-home';
export { DatasetCache, DEFAULT_DATASET_CACHE_BYTES, describeSource, type DatasetCacheEntry, type DatasetCacheOptions, type DatasetRead } from './datasets/dataset-cache';
export type {
  AttemptRecord,
  CacheEntry,
  CacheLookup,
  FailureClass,
  RunRecord,
  RunSettings,
  StepOutputs,
  StepRecord,
  StoredArtifact,
} from './state/state-records';
export { StateStore } from './state/state-store';
export type { MetricSample } from './state/run-metrics';
export { explainCache, type CacheExplanation } from './cache/explain-cache';
export { collectGarbage, type CollectGarbageOptions, type GarbageCollection } from './state/collect-garbage';
export { parseRunLog, type RunLogLine } from './engine/run-log';
export { expandSubWorkflows, type CallJoin, type DeferredCall, type ExpandedWorkflow, type Expansion } from './sub-workflows/expand-sub-workflows';
export { stepTree, type StepTreeNode } from './sub-workflows/step-tree';
export { createLocalBackend, local, type LocalBackend, type LocalBackendSettings } from './local-backend';
