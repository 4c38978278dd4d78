import { refsOfValue, type Step, type Workflow } from '@couler/ir';
import type { UnsupportedCollector } from './unsupported';

const OTHER_BACKENDS = 'or compile for the argo or local backend';

/**
 * What the airflow backend cannot write of sub-workflows, each refused with the reason: Airflow
 * sets conditions, trigger rules and timeouts on tasks, not on task groups, and this backend
 * writes a body's steps as pod tasks, each deciding its own condition (no fan-outs, loops or
 * artifacts inside a body).
 */
export function checkSubWorkflowSupport(workflow: Workflow, scriptMode: 'pod' | 'task', unsupported: UnsupportedCollector): void {
  const refuse = (path: ReadonlyArray<string | number>, stepName: string, message: string, hint: string) => unsupported.add(path, message, { stepName, hint });
  const loopSteps = new Set((workflow.spec.groups ?? []).flatMap((group) => (group.kind === 'while' ? group.steps : [])));
  const checkCall = (step: Extract<Step, { kind: 'subWorkflow' }>, at: ReadonlyArray<string | number>, inBody: boolean) => {
    if (step.when !== undefined) {
      refuse([...at, 'when'], step.name, `Sub-workflow call "${step.name}" has a condition; Airflow branches to tasks, and the backend does not branch into a task group yet.`, `Put the condition on the steps inside the definition's caller instead, ${OTHER_BACKENDS}.`);
    }
    if (step.displayName !== undefined) {
      refuse([...at, 'displayName'], step.name, `Sub-workflow call "${step.name}" has a display name; Airflow gives task_display_name to tasks, not to task groups.`, `Drop displayName from the call (the task group is named by the step), ${OTHER_BACKENDS}.`);
    }
    if (step.timeoutSeconds !== undefined) {
      refuse([...at, 'timeoutSeconds'], step.name, `Sub-workflow call "${step.name}" has a timeout; Airflow times out tasks (execution_timeout), not task groups.`, `Give the steps inside the definition their own timeouts, ${OTHER_BACKENDS}.`);
    }
    if (step.map?.sequence !== undefined) {
      refuse([...at, 'map', 'sequence'], step.name, `Sub-workflow call "${step.name}" fans out over a sequence; the airflow backend expands a task group over a list.`, `Give the numbers as map items, ${OTHER_BACKENDS}.`);
    }
    if (step.map !== undefined && !(step.inputs?.parameters ?? []).some((input) => refsOfValue(input.value).some((ref) => ref.ref === 'item'))) {
      refuse([...at, 'map'], step.name, `Sub-workflow call "${step.name}" fans out, but passes the item to none of the definition's inputs; Airflow expands a task group over the arguments of its function.`, 'Pass the item (or a key of it) to an input.');
    }
    if (step.map !== undefined && inBody) {
      refuse([...at, 'map'], step.name, `Sub-workflow call "${step.name}" fans out inside a sub-workflow; the airflow backend expands task groups only at the top of the DAG.`, `Fan out at the top of the workflow, ${OTHER_BACKENDS}.`);
    }
  };
  for (const step of workflow.spec.steps) {
    if (step.kind !== 'subWorkflow') continue;
    checkCall(step, ['steps', step.name], false);
    if (loopSteps.has(step.name)) {
      refuse(['steps', step.name], step.name, `Sub-workflow call "${step.name}" is inside an execWhile loop; the airflow backend writes a task group once, and unrolls loops task by task.`, `Loop inside the definition's caller another way, ${OTHER_BACKENDS}.`);
    }
  }
  for (const step of workflow.spec.onExit ?? []) {
    if (step.kind === 'subWorkflow') refuse(['onExit', step.name], step.name, `Exit handler step "${step.name}" calls a sub-workflow; the airflow backend writes exit handlers as tasks with trigger rules, which a task group does not take.`, `Call it from the main steps, ${OTHER_BACKENDS}.`);
  }
  for (const definition of workflow.spec.subWorkflows ?? []) {
    const at = ['subWorkflows', definition.name];
    const inside = `inside sub-workflow "${definition.name}"`;
    for (const group of definition.groups ?? []) {
      refuse([...at, 'groups', group.name], definition.name, `The airflow backend does not write ${group.kind === 'while' ? 'execWhile loops' : 'concurrent groups'} ${inside} yet ("${group.name}").`, `Move the group to the top of the workflow, ${OTHER_BACKENDS}.`);
    }
    for (const output of definition.outputs?.parameters ?? []) {
      const value = output.value;
      if (value !== undefined && typeof value !== 'string' && 'ref' in value && value.ref === 'step') continue;
      refuse([...at, 'outputs', 'parameters', output.name], definition.name, `Output "${output.name}" of sub-workflow "${definition.name}" is not one step's output; on Airflow a call's output is the XCom of one task inside its group.`, `Make the output one step's output (a step can print the combined value), ${OTHER_BACKENDS}.`);
    }
    for (const step of definition.steps) {
      const stepAt = [...at, 'steps', step.name];
      if (step.kind === 'subWorkflow') checkCall(step, stepAt, true);
      else if (step.kind !== 'container' && step.kind !== 'script') {
        refuse([...stepAt, step.kind], step.name, `Step "${step.name}" ${inside} is a ${step.kind} step; the airflow backend writes only container and script steps (and calls) inside a task group yet.`, `Move the step out of the definition, ${OTHER_BACKENDS}.`);
      } else if (step.kind === 'script' && scriptMode === 'task') {
        refuse([...stepAt, 'script'], step.name, `Script step "${step.name}" ${inside} would run on the Airflow worker (scriptMode "task"); the airflow backend writes only pod tasks inside a task group yet.`, `Use scriptMode "pod", ${OTHER_BACKENDS}.`);
      }
      if (step.map !== undefined && step.kind !== 'subWorkflow') refuse([...stepAt, 'map'], step.name, `Step "${step.name}" ${inside} fans out; the airflow backend does not write mapped tasks inside a task group yet.`, `Fan out over the call instead, ${OTHER_BACKENDS}.`);
      if (step.inputs?.artifacts?.length || step.outputs?.artifacts?.length) refuse([...stepAt, step.inputs?.artifacts?.length ? 'inputs' : 'outputs'], step.name, `Step "${step.name}" ${inside} moves artifacts; the airflow backend does not move artifacts inside a task group yet.`, `Move the step out of the definition, ${OTHER_BACKENDS}.`);
    }
  }
}
