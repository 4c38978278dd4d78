import { refsOfValue, type Step, type Workflow } from '@couler/ir';
import { decidesItself } from './dag-plan';
import { definitionsUnder } from './definitions-under';
import type { UnsupportedCollector } from './unsupported';

const OTHER_BACKENDS = 'or compile for the argo or local backend';

/**
 * What the airflow backend cannot write of sub-workflows, each refused with the reason: Airflow
 * sets trigger rules and timeouts on tasks, not on task groups, and expands no task (nor task
 * group) inside an expanded task group; a call's condition is a branch task in front of its
 * group, at the top of the DAG only.
 */
export function checkSubWorkflowSupport(workflow: Workflow, unsupported: UnsupportedCollector): void {
  const refuse = (path: ReadonlyArray<string | number>, stepName: string, message: string, hint: string) => unsupported.add(path, message, { stepName, hint });
  const loopSteps = new Set((workflow.spec.groups ?? []).flatMap((group) => (group.kind === 'while' ? group.steps : [])));
  const fannedOutBy = definitionsUnder(workflow, (call) => call.map !== undefined);
  const checkCall = (step: Extract<Step, { kind: 'subWorkflow' }>, at: ReadonlyArray<string | number>, inside?: string) => {
    if (step.when !== undefined && inside !== undefined) {
      refuse(
        [...at, 'when'],
        step.name,
        `Sub-workflow call "${step.name}" inside sub-workflow "${inside}" has a condition; inside a task group each step decides its own condition in its task (pre_execute), and the tasks of a call belong to the called definition's function, shared by every call of it, so none of them can hold this call's condition.`,
        `Put the condition on the call of "${inside}", or on the steps inside the called definition, ${OTHER_BACKENDS}.`,
      );
    }
    if (step.when !== undefined && inside === undefined && decidesItself(step)) {
      refuse([...at, 'when'], step.name, `Sub-workflow call "${step.name}" fans out with a condition on its item; Airflow branches to tasks, and a branch task in front of the expanded task group would skip the group at every map index.`, `Put the condition on the steps inside the definition, which decide it at their own map index, ${OTHER_BACKENDS}.`);
    }
    if (step.displayName !== undefined) {
      refuse([...at, 'displayName'], step.name, `Sub-workflow call "${step.name}" has a display name; Airflow gives task_display_name to tasks, not to task groups.`, `Drop displayName from the call (the task group is named by the step), ${OTHER_BACKENDS}.`);
    }
    if (step.timeoutSeconds !== undefined) {
      refuse([...at, 'timeoutSeconds'], step.name, `Sub-workflow call "${step.name}" has a timeout; Airflow times out tasks (execution_timeout), not task groups.`, `Give the steps inside the definition their own timeouts, ${OTHER_BACKENDS}.`);
    }
    if (step.map !== undefined && !(step.inputs?.parameters ?? []).some((input) => refsOfValue(input.value).some((ref) => ref.ref === 'item'))) {
      refuse([...at, 'map'], step.name, `Sub-workflow call "${step.name}" fans out, but passes the item to none of the definition's inputs; Airflow expands a task group over the arguments of its function.`, 'Pass the item (or a key of it) to an input.');
    }
  };
  for (const step of workflow.spec.steps) {
    if (step.kind !== 'subWorkflow') continue;
    checkCall(step, ['steps', step.name]);
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
    const inLoop = new Set((definition.groups ?? []).flatMap((group) => (group.kind === 'while' ? group.steps : [])));
    for (const output of definition.outputs?.parameters ?? []) {
      const value = output.value;
      if (value !== undefined && typeof value !== 'string' && 'ref' in value && value.ref === 'step' && inLoop.has(value.step)) {
        refuse([...at, 'outputs', 'parameters', output.name], definition.name, `Output "${output.name}" of sub-workflow "${definition.name}" is the output of step "${value.step}" of an execWhile loop; on Airflow a call's output is the XCom of one task inside its group, and the loop has a task per iteration.`, `Have a step after the loop print the value, and make the output that step's, ${OTHER_BACKENDS}.`);
        continue;
      }
      if (value !== undefined && typeof value !== 'string' && 'ref' in value && value.ref === 'step') continue;
      refuse([...at, 'outputs', 'parameters', output.name], definition.name, `Output "${output.name}" of sub-workflow "${definition.name}" is not one step's output; on Airflow a call's output is the XCom of one task inside its group.`, `Make the output one step's output (a step can print the combined value), ${OTHER_BACKENDS}.`);
    }
    const fanOut = fannedOutBy.get(definition.name);
    for (const step of definition.steps) {
      const stepAt = [...at, 'steps', step.name];
      if (step.kind === 'subWorkflow') checkCall(step, stepAt, definition.name);
      if (step.kind === 'subWorkflow' && inLoop.has(step.name)) {
        refuse(stepAt, step.name, `Sub-workflow call "${step.name}" ${inside} is inside an execWhile loop; the airflow backend writes a task group once, and unrolls loops task by task.`, `Loop inside the called definition instead, ${OTHER_BACKENDS}.`);
      }
      if (step.map !== undefined && fanOut !== undefined) {
        refuse([...stepAt, 'map'], step.name, `Step "${step.name}" ${inside} fans out, and the sub-workflow runs in call "${fanOut}", which fans out too; Airflow expands no task inside an expanded task group ("operator expansion in an expanded task group is not yet supported", and "Nested Mapped TaskGroups are not yet supported" for a group).`, `Fan out either the call or the step inside it, for example over the pairs of both lists as the call's items, ${OTHER_BACKENDS}.`);
      }
    }
  }
}
