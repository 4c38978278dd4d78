import { dependenciesOf, type Step, type Workflow } from '@couler/ir';
import { bodyTaskIds } from '../compile/call-outputs';
import { ancestorsOf, stepTaskProblems, upstreamOf, type DagStructure, type DagStructureTask } from './compare-dag-structure';

/**
 * Differences between the task group functions of a DAG file and the workflow's sub-workflows:
 * one function per definition called, with a parameter per input and a task per step (a pod, or
 * a nested group calling the callee's function), the body's dependencies kept; and each call a
 * task group of its definition's function, expanded when the call fans out.
 */
export function compareTaskGroups(structure: DagStructure, workflow: Workflow, functions: Readonly<Record<string, string>>, stepTasks: Readonly<Record<string, string>>): string[] {
  const problems: string[] = [];
  const checkCall = (step: Extract<Step, { kind: 'subWorkflow' }>, task: DagStructureTask | undefined) => {
    const expected = functions[step.subWorkflow.name];
    if (task === undefined) return;
    if (task.operator !== 'task_group' || task.function !== expected) problems.push(`Call "${step.name}" is not a task group of function "${expected}".`);
    if ((step.map !== undefined) !== (task.mapped !== undefined)) problems.push(`Call "${step.name}" ${step.map ? 'fans out, but its task group is not expanded' : 'is expanded, but does not fan out'}.`);
  };
  for (const step of workflow.spec.steps) {
    if (step.kind === 'subWorkflow') checkCall(step, structure.tasks.find((task) => task.taskId === stepTasks[step.name]));
  }
  for (const definition of workflow.spec.subWorkflows ?? []) {
    const name = functions[definition.name];
    if (name === undefined) continue;
    const group = structure.taskGroups?.[name];
    if (group === undefined) {
      problems.push(`Sub-workflow "${definition.name}" has no @task_group function "${name}".`);
      continue;
    }
    const inputs = (definition.inputs?.parameters?.length ?? 0) + (definition.inputs?.artifacts?.length ?? 0);
    if (group.parameters.length !== inputs) problems.push(`Task group function "${name}" takes [${group.parameters.join(', ')}], not one parameter per input (and input artifact) of "${definition.name}".`);
    const ids = bodyTaskIds(definition.steps);
    const upstream = upstreamOf(group);
    for (const step of definition.steps) {
      const task = group.tasks.find((candidate) => candidate.taskId === ids.get(step.name));
      if (task === undefined) {
        problems.push(`Step "${step.name}" of sub-workflow "${definition.name}" has no task in its task group.`);
        continue;
      }
      problems.push(...stepTaskProblems(step, task, `Step "${step.name}" of sub-workflow "${definition.name}"`));
      if (step.kind === 'subWorkflow') checkCall(step, task);
      const hook = task.keywords.pre_execute;
      if (step.when !== undefined && (hook === undefined || !('code' in hook) || !structure.definedFunctions?.includes(hook.code))) {
        problems.push(`Step "${step.name}" of sub-workflow "${definition.name}" has a condition, but no pre_execute function of its task decides it.`);
      }
      const above = ancestorsOf(upstream, task.taskId!);
      for (const dependency of dependenciesOf(step)) {
        if (!above.has(ids.get(dependency) ?? dependency)) problems.push(`Step "${step.name}" of sub-workflow "${definition.name}" depends on "${dependency}", but its task group does not run it after that step.`);
      }
    }
  }
  return problems;
}
