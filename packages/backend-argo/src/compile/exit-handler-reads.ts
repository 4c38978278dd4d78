import { refsOfStep, type CoulerError, type StepOutputRef, type StepStatusCondition, type Workflow } from '@couler/ir';
import type { ArgoTemplate } from './argo-types';
import { exprString } from './expr-literal';
import { memoizedCache } from './map-memoize';
import { exprMember } from './render-condition';
import { refKey } from './render-value';
import { unsupported } from './unsupported';
import type { StepEntry, WorkflowPlan } from './workflow-plan';

/**
 * Exit-handler steps that read main steps: their outputs and how they ended.
 *
 * Argo runs `spec.onExit` as a template of its own, which cannot see `tasks.*` of the entry DAG.
 * What it can see (Argo v4.1, `workflow/controller/operator.go`):
 * - global outputs, `workflow.outputs.parameters.<globalName>`: a pod's output parameter with a
 *   `globalName` is put there when the pod completes (`addOutputsToGlobalScope`, called from
 *   `podReconciliation` whatever the phase), so a main step's output is exported under a name of
 *   ours and read from there. A step that never ran sets nothing, and the key is then absent.
 * - `workflow.failures`: every node that Failed or Errored (`displayName`, `templateName`,
 *   `phase`, …), as `strconv.Quote`d JSON text (so decoded twice; `"null"` when none). A task's
 *   node is displayed under its task name and names its template; our template names are
 *   unique in the document, so the pair names one step (its retry attempts are `name(0)`, its
 *   map items `name(0:…)`, and a mapped step's group node fails when one item fails).
 *
 * A global that was never set is not an error there: `resolveDependencyReferences` (`dag.go`)
 * substitutes a task with only `tasks`/`steps` strict, so `{{workflow.outputs.parameters.x}}`
 * stays as its own text and would reach the container as such, and an expression reading it
 * fails to evaluate and is left as a tag, which govaluate then rejects (the node errors). So
 * the exit task's `when` first tests that each value exists (`workflow?.outputs?.parameters?.[…]`:
 * optional members read a missing key as nil) and that its producer did not fail; a false `when`
 * returns before the rest of the task is resolved, and Argo marks the step Skipped.
 *
 * Nothing there tells a step that succeeded from one that was skipped (a workflow that failed
 * resolves no DAG outputs), so `stepStatus` supports `Failed` alone.
 */

/** Prefix of the global names of exported outputs; `couler-` keeps them apart from users' own. */
const EXPORT_PREFIX = 'couler-exit';

/** Main step outputs that exit-handler steps read, by `refKey`, with their global names once known. */
export type ExitReads = Map<string, { readonly ref: StepOutputRef; readonly readers: Set<StepEntry>; globalName?: string }>;

/**
 * Reads of main steps' outputs by exit-handler steps, and the reads Argo has no faithful global
 * for (all of them, so that a user fixes them in one pass).
 */
export function planExitReads(plan: WorkflowPlan, workflow: Workflow): { reads: ExitReads; refused: CoulerError[] } {
  const reads: ExitReads = new Map();
  const refused: CoulerError[] = [];
  for (const reader of plan.ordered) {
    if (reader.phase !== 'exit') continue;
    for (const { ref, path } of refsOfStep(reader.step)) {
      if (ref.ref !== 'step') continue;
      const producer = plan.entries.get(ref.step);
      if (producer?.phase !== 'main') continue;
      const why = unexportable(producer, ref, path, workflow, plan);
      if (why) {
        refused.push(
          unsupported('exit-handler.main-outputs', `an exit-handler step reading output "${ref.output}" of main step "${ref.step}", ${why.what}`, {
            path: [...reader.path, ...path],
            stepName: reader.step.name,
            hint: why.hint,
          }),
        );
        continue;
      }
      const key = refKey(ref);
      if (!reads.has(key)) reads.set(key, { ref, readers: new Set() });
      reads.get(key)!.readers.add(reader);
    }
  }
  return { reads, refused };
}

/** Why a main step's output cannot reach the exit handler as a global output, if it cannot. */
function unexportable(producer: StepEntry, ref: StepOutputRef, path: ReadonlyArray<string | number>, workflow: Workflow, plan: WorkflowPlan): { what: string; hint: string } | undefined {
  const step = producer.step;
  if (!step.outputs?.parameters?.some((parameter) => parameter.name === ref.output)) {
    return {
      what: ref.output === 'result' ? 'its standard output, which Argo cannot export as a global output' : 'an artifact, which Couler does not export as a global artifact',
      hint: 'Declare the value as an output parameter of the step (written to a file), and read that.',
    };
  }
  if (step.kind === 'templateRef') return { what: 'which runs a template of another WorkflowTemplate, whose outputs this document cannot export', hint: 'Read it in a main step and pass it on as an output parameter of that step.' };
  if (step.map) return { what: 'a mapped step, whose items would overwrite one global value', hint: 'Gather the items in a main step and read that step.' };
  if (plan.subDags.get(producer.scope)?.kind === 'while') return { what: 'inside an execWhile loop, whose turns would overwrite one global value', hint: 'Read it after the loop in a main step and read that step.' };
  if (memoizedCache(step, workflow)) {
    return { what: "a cached step: Argo exports a cache hit's outputs only when every main step succeeds", hint: 'Turn caching off on that step, or read the value in a main step.' };
  }
  if (path[0] === 'map') return { what: 'as the list it maps over, which Argo expands before the step is skipped', hint: 'Map over it in a main step instead.' };
  return undefined;
}

/** Gives each read output a global name: the user's own when the output is global already. */
export function exportExitReads(plan: WorkflowPlan, reads: ExitReads, claimGlobalName: (wanted: string) => string): void {
  for (const read of reads.values()) {
    const template = plan.entries.get(read.ref.step)!.leaf!.template as ArgoTemplate;
    const parameters = template.outputs!.parameters!;
    const index = parameters.findIndex((candidate) => candidate.name === read.ref.output);
    const { name, valueFrom, globalName, ...rest } = parameters[index]!;
    read.globalName = globalName ?? claimGlobalName(`${EXPORT_PREFIX}-${read.ref.step}-${read.ref.output}`);
    parameters[index] = { name, ...(valueFrom && { valueFrom }), globalName: read.globalName, ...rest };
  }
}

/** The exported value in an expression, and the test that it exists (absent keys read as nil). */
export function exportedExpr(globalName: string): { text: string; exists: string } {
  return {
    text: exprMember('workflow.outputs.parameters', globalName),
    exists: `workflow?.outputs?.parameters?.[${exprString(globalName)}] != nil`,
  };
}

/** Whether main step `entry` Failed or Errored, from `workflow.failures`. */
export function failedExpr(entry: StepEntry): string {
  const templateName = entry.leaf?.templateRef?.template ?? entry.templateName;
  return `any((fromJSON(fromJSON(workflow.failures)) ?? []), {#.displayName == ${exprString(entry.taskName)} && #.templateName == ${exprString(templateName)}})`;
}

/**
 * `stepStatus` in an exit handler: `Failed` from `workflow.failures`; `Succeeded` and `Skipped`
 * are refused (see above).
 *
 * @throws CoulerError UNSUPPORTED_BY_BACKEND naming the status.
 */
export function stepStatusExpr(plan: WorkflowPlan, condition: StepStatusCondition, where: { path: ReadonlyArray<string | number>; stepName: string }): string {
  const other = condition.statuses.find((status) => status !== 'Failed');
  if (other !== undefined) {
    throw unsupported('condition.step-status', `stepStatus "${other}" of step "${condition.step}": an Argo exit handler learns which steps failed (workflow.failures), not which succeeded or were skipped`, {
      path: where.path,
      stepName: where.stepName,
      hint: other === 'Succeeded' ? `Test not(stepStatus(${condition.step}, 'Failed')) (succeeded or skipped), or read an output the step writes.` : `Test not(stepStatus(${condition.step}, 'Failed')), or read an output the step writes: an exit step reading an output of a skipped step is skipped.`,
    });
  }
  return failedExpr(plan.entries.get(condition.step)!);
}
