import { toDns1123Label, type Workflow } from '@couler/ir';
import { dslError } from './handles';
import { sealBuiltWorkflow } from './built-workflow';
import { applyWorkflowConfig, type WorkflowConfig } from './config-workflow';
import { captureCallSite } from './internal/call-site';
import { builderStorage } from './internal/current-builder';
import { WorkflowBuilder } from './internal/workflow-builder';
import { describe } from './values';

/**
 * Builds a workflow: runs `build`, in which the DSL calls record steps, and returns the
 * validated IR, frozen (see `isBuiltWorkflow`). An async `build` gives a Promise. Problems found at the end (an unknown step
 * in setDependencies, a cycle, a reference to a missing output) are thrown together as one
 * CoulerError, each located at the user's line.
 */
export function workflow(name: string, build: () => void, config?: WorkflowConfig): Workflow;
export function workflow(name: string, build: () => Promise<void>, config?: WorkflowConfig): Promise<Workflow>;
export function workflow(name: string, build: () => void | Promise<void>, config: WorkflowConfig = {}): Workflow | Promise<Workflow> {
  const label = typeof name === 'string' ? toDns1123Label(name) : '';
  if (!label) {
    throw dslError('INVALID_NAME', `workflow() needs a name with letters or digits; got ${describe(name)}.`, { hint: "workflow('train-mnist', () => { … })" });
  }
  if (typeof build !== 'function') throw dslError('INVALID_DSL_USAGE', `workflow() needs a build function; got ${describe(build)}.`);
  const builder = new WorkflowBuilder(label);
  applyWorkflowConfig(builder, config, captureCallSite());
  const result = builderStorage.run(builder, build);
  if (isPromiseLike(result)) return Promise.resolve(result).then(() => sealBuiltWorkflow(builder.finish()));
  return sealBuiltWorkflow(builder.finish());
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}
