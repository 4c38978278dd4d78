import * as z from 'zod';

/** The phases a hook may wait for: those a step (or the workflow) reports while and after it runs. */
export const HOOK_STATUSES = ['Running', 'Succeeded', 'Failed', 'Error'] as const;
export type HookStatus = (typeof HOOK_STATUSES)[number];

/**
 * Makes a step a lifecycle hook: it is not part of the DAG, and runs once, beside the step it
 * watches (`of`; the whole workflow when absent), when that step ends whatever its result
 * (`on: 'exit'`), or as soon as its status is one of `on.status`. The condition is data, not an
 * engine's expression text: each backend writes it in its own syntax (Argo: `onExit`, or a hook
 * whose expression reads `tasks["x"].status`), or refuses it. A hook reads no step's outputs and
 * nothing waits for it.
 */
export const HookSchema = z
  .strictObject({
    of: z.string().min(1).optional().meta({ description: 'The step watched, in the same list of steps; the workflow when absent.' }),
    on: z.union([
      z.literal('exit'),
      z.strictObject({ status: z.array(z.enum(HOOK_STATUSES)).min(1).meta({ description: 'Runs once the status is any of these.' }) }),
    ]),
  })
  .meta({ id: 'Hook' });
export type Hook = z.infer<typeof HookSchema>;

/** The statuses a hook waits for, or `exit`. */
export function hookTrigger(hook: Hook): 'exit' | ReadonlyArray<HookStatus> {
  return hook.on === 'exit' ? 'exit' : [...new Set(hook.on.status)];
}
