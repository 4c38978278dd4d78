/**
 * @couler/optimizer-caching — automatic artifact caching for Couler workflows (paper §IV.A).
 *
 *   import { createCachePolicy, simulateWorkload, iterateScenario, lmFineTuningScenario } from '@couler/optimizer-caching';
 *   const workload = iterateScenario(lmFineTuningScenario());
 *   const result = simulateWorkload(workload, createCachePolicy('couler'), { capacityBytes: 20e9 });
 */
export * from './model/workload';
export * from './model/workload-graph';
export * from './model/cache-policy';
export * from './model/lookup-sequence';
export * from './model/ordered-executions';
export * from './importance/importance-factor';
export * from './policies/basic-policies';
export * from './policies/gdsf-policy';
export * from './policies/lrc-policy';
export * from './policies/mrd-policy';
export * from './policies/couler-paper-policy';
export * from './policies/couler-policy';
export * from './policies/belady-policy';
export * from './policies/create-cache-policy';
export { evictUntilFits } from './policies/evict-until-fits';
export { VersionHistory } from './policies/version-history';
export * from './offline/offline-recompute-plan';
export * from './simulator/simulation-config';
export * from './simulator/simulation-result';
export * from './simulator/simulate-workload';
export * from './scenarios/scenario';
export * from './scenarios/seeded-random';
export * from './scenarios/iterate-scenario';
export * from './scenarios/paper-scenarios';
export * from './scenarios/random-scenario';
export * from './simulator/simulate-policy';
export * from './simulator/parse-byte-size';
export * from './trace/trace-format';
export * from './trace/parse-trace';
export * from './trace/write-trace';
export * from './eviction/cache-controller';
export * from './plan/plan-caching';
export { decisionUnitName, stepInstances, type StepInstance } from './plan/step-instances';
export { criticalPathGains } from './policies/critical-path-gain';
