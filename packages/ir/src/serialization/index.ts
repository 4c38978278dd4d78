export * from './parse-workflow';
export * from './serialize-workflow';
