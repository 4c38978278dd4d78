/**
 * @couler/ir — the contract between Couler's fronts, optimizers and backends.
 *
 * Building a backend? Implement `BackendV1` and call `assertSupported` in `doCompile`; the
 * helpers in `@couler/ir/test` check the rest. Building a pass? Implement `PassV1`. A backend
 * that writes Kubernetes objects can emit them with `emitKubernetesYaml`.
 */
export * from './backend/v1/index';
export * from './emit/index';
export * from './errors/index';
export * from './graph/index';
export * from './pass/v1/index';
export * from './schema/index';
export * from './serialization/index';
export * from './validation/index';
