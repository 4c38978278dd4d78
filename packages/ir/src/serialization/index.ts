export * from './parse-workflow';
export * from './serialize-workflow';
export * from './yaml-library';
