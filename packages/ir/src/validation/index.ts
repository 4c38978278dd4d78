export * from './rules/index';
export * from './structural-errors';
export * from './validate';
export * from './validation-context';
