import { HOOK_STATUSES, type Hook, type HookStatus } from '@couler/ir';
import { dslError, isStepHandle, type StepHandle } from './handles';
import { currentBuilder } from './internal/current-builder';
import { describe } from './values';

/** When a hook runs: when what it watches ends (`'exit'`), or once its status is one of `status`. */
export type HookTrigger = 'exit' | { status: HookStatus | HookStatus[] };

/**
 * Makes the steps `handler` creates lifecycle hooks of `target` (a step, or `'workflow'`): they run
 * once, beside it, when it ends whatever its result (`'exit'`, Argo's `onExit`) or once its status
 * is one of `on.status` (`'Running'`, `'Succeeded'`, `'Failed'`, `'Error'`: Argo's `hooks`). They
 * are not part of the DAG: nothing waits for them, and they read no step's outputs. For the whole
 * workflow's end, `setExitHandler` is the usual tool. Returns what `handler` returns.
 */
export function addHook<T>(target: StepHandle | 'workflow', on: HookTrigger, handler: () => T): T {
  const builder = currentBuilder('addHook');
  if (target !== 'workflow' && !isStepHandle(target)) {
    throw dslError('INVALID_DSL_USAGE', `addHook() watches a step (what runContainer and friends return) or 'workflow'; got ${describe(target)}.`);
  }
  const hookOn = toHookOn(on);
  if (typeof handler !== 'function') throw dslError('INVALID_DSL_USAGE', `The handler of addHook() must be a function that creates the hook's steps; got ${describe(handler)}.`);
  // Its own scope: the hook waits for nothing, and the steps after it do not wait for the hook.
  const { value, scope } = builder.inScope({ target: 'main', cursor: {}, chain: false }, handler);
  if (scope.created.length === 0) throw dslError('INVALID_DSL_USAGE', 'The handler of addHook() created no step.', { hint: 'Call runContainer, runScript or runHttp inside it.' });
  for (const name of scope.created) {
    const step = builder.stepNamed(name)!;
    step.hook = { ...(target !== 'workflow' && { of: target.name }), on: hookOn };
  }
  return value;
}

/** Runs the steps `handler` creates when `step` ends, whatever its result: `addHook(step, 'exit', handler)`. */
export function setStepExitHandler<T>(step: StepHandle, handler: () => T): T {
  if (!isStepHandle(step)) throw dslError('INVALID_DSL_USAGE', `setStepExitHandler() takes the step to watch (what runContainer and friends return); got ${describe(step)}.`);
  return addHook(step, 'exit', handler);
}

function toHookOn(on: HookTrigger): Hook['on'] {
  if (on === 'exit') return 'exit';
  const statuses = typeof on === 'object' && on !== null ? (Array.isArray(on.status) ? on.status : [on.status]) : [];
  if (statuses.length === 0 || statuses.some((status) => !(HOOK_STATUSES as ReadonlyArray<unknown>).includes(status))) {
    throw dslError('INVALID_DSL_USAGE', `addHook() runs on 'exit' or { status: one or more of ${HOOK_STATUSES.map((s) => `'${s}'`).join(', ')} }; got ${describe(on)}.`);
  }
  return { status: [...new Set(statuses)] };
}
