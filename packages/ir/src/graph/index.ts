export * from './depends-expression';
export * from './step-references';
export * from './workflow-graph';
export * from './map-sequence-items';
