import { hookTrigger, type HookStatus } from '@couler/ir';
import type { ArgoLifecycleHook, ArgoTask } from './argo-types';
import { unsupported } from './unsupported';
import type { StepEntry, WorkflowPlan } from './workflow-plan';

/** The statuses a finished node has: a hook on all of them is an exit hook that is not the first. */
const FINISHED: ReadonlyArray<HookStatus> = ['Succeeded', 'Failed', 'Error'];

/** Hook steps by the step they watch ('' for the workflow), in plan order. */
export function hooksByWatched(plan: WorkflowPlan): Map<string, StepEntry[]> {
  const out = new Map<string, StepEntry[]>();
  for (const entry of plan.ordered) {
    const hook = entry.step.hook;
    if (!hook) continue;
    const key = hook.of ?? '';
    out.set(key, [...(out.get(key) ?? []), entry]);
  }
  return out;
}

/**
 * A hook runs its own template with no arguments: Argo's `onExit` takes a template name only,
 * and a hook step reads nothing from the DAG (IR rule). A step calling another document's
 * template or a sub-workflow with inputs is refused here.
 */
function hookTemplate(entry: StepEntry): string {
  if (entry.leaf?.templateRef || entry.step.kind === 'subWorkflow' || (entry.leaf?.inputs.passed.length ?? 0) > 0 || (entry.leaf?.passedArtifacts.length ?? 0) > 0) {
    throw unsupported(entry.step.hook?.on === 'exit' ? 'hook.exit' : 'hook.status', 'a hook that calls another template with arguments (a templateRef, a sub-workflow, or inputs passed by its task)', {
      path: [...entry.path, 'hook'],
      stepName: entry.step.name,
      hint: 'Make the hook a container, script or http step that reads only workflow parameters.',
    });
  }
  return entry.templateName;
}

/** `tasks["train"].status == "Running" || …` (or `steps[…]`, or `workflow.status`): Argo's expr syntax. */
function statusExpression(subject: string, statuses: ReadonlyArray<HookStatus>): string {
  return statuses.map((status) => `${subject}.status == ${JSON.stringify(status)}`).join(' || ');
}

/**
 * The lifecycle of one watched node: the first exit hook as `onExit` (a task's) or `hooks.exit`
 * (the workflow's), later exit hooks and status hooks as named hooks with an expression. Hook
 * names are the hook steps' task names; `exit` is Argo's exit handler, so it is never one.
 */
function lifecycle(hooks: ReadonlyArray<StepEntry>, subject: string): { exit?: string; named: Record<string, ArgoLifecycleHook> } {
  let exit: string | undefined;
  const named: Record<string, ArgoLifecycleHook> = {};
  for (const entry of hooks) {
    const trigger = hookTrigger(entry.step.hook!);
    const template = hookTemplate(entry);
    if (trigger === 'exit' && exit === undefined) {
      exit = template;
      continue;
    }
    const name = entry.taskName === 'exit' ? 'exit-hook' : entry.taskName;
    named[name] = { template, expression: statusExpression(subject, trigger === 'exit' ? FINISHED : trigger) };
  }
  return { ...(exit !== undefined && { exit }), named };
}

/** Sets `onExit` and `hooks` on the task of a watched step. */
export function addTaskHooks(task: ArgoTask, hooks: ReadonlyArray<StepEntry> | undefined, style: 'dag' | 'steps'): void {
  if (!hooks?.length) return;
  const { exit, named } = lifecycle(hooks, `${style === 'dag' ? 'tasks' : 'steps'}[${JSON.stringify(task.name)}]`);
  if (exit !== undefined) task.onExit = exit;
  if (Object.keys(named).length > 0) task.hooks = named;
}

/** The workflow's `hooks`: its exit hook and its status hooks. */
export function workflowHooks(hooks: ReadonlyArray<StepEntry> | undefined): Record<string, ArgoLifecycleHook> | undefined {
  if (!hooks?.length) return undefined;
  const { exit, named } = lifecycle(hooks, 'workflow');
  const all = { ...(exit !== undefined && { exit: { template: exit } }), ...named };
  return Object.keys(all).length > 0 ? all : undefined;
}
