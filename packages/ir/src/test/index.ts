/** Helpers for authors of backends and passes: fixtures and contract checks. */
export * from './assert-backend-conformance';
export * from './conformance-workflows';
export * from './count-operations';
export * from './scaling-workflows';
export * from './sub-workflow-workflows';
export * from './sub-workflow-artifact-workflows';
