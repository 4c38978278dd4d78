export * from './depends-expression';
export * from './step-graph';
export { cycleNodes, hasStepCycle, topologicalNodes } from './step-graph-order';
export * from './step-references';
export * from './workflow-graph';
export * from './sub-workflow-calls';
export * from './map-sequence-items';
export * from './with-call-settings';
export * from './apply-step-defaults';
