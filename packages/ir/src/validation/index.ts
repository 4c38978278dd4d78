export { isCheckedWorkflow, stepGraphOf } from './checked-workflows';
export * from './rules/index';
export * from './structural-errors';
export * from './validate';
export { ConditionSyntaxError, parseResourceCondition, type ResourceRequirement } from './resource-condition';
export * from './validation-context';
