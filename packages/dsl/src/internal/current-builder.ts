import { AsyncLocalStorage } from 'node:async_hooks';
import { dslError } from '../handles';
import type { WorkflowBuilder } from './workflow-builder';

/**
 * The builder of the workflow being built. AsyncLocalStorage instead of a module global: two
 * workflows built at the same time (two async build functions, two requests in a server)
 * each see their own.
 */
export const builderStorage = new AsyncLocalStorage<WorkflowBuilder>();

export function currentBuilder(api: string): WorkflowBuilder {
  const builder = builderStorage.getStore();
  if (!builder) {
    throw dslError('INVALID_DSL_USAGE', `${api}() was called outside a workflow.`, {
      hint: `Call it inside the build function: export default workflow('my-workflow', () => { ${api}(…) }).`,
    });
  }
  return builder;
}
