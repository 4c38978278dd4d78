import { dependenciesOf } from '@couler/ir';
import type { ArgoArtifact, ArgoParameter, ArgoTask, ArgoTemplate } from './argo-types';
import { exprMember, renderWhen } from './render-condition';
import { andDepends } from './render-depends';
import { scopeTemplate } from './scope-template';
import { orderTask, TaskScope, type ScopeTask } from './task-scope';
import type { StepEntry, SubDag, WorkflowPlan } from './workflow-plan';

/**
 * The pieces of a sub-DAG (an execWhile loop, a capped map or concurrent group): the task that
 * calls it from the enclosing DAG, a loop's recursive call, and its own template.
 */

/** The task that calls a sub-DAG: its dependencies are those of its steps on the outside. */
export function subDagTask(subDag: SubDag, scope: TaskScope, plan: WorkflowPlan, mode: 'depends' | 'dependencies' | 'steps'): ScopeTask {
  const members = subDag.members.map((name) => plan.entries.get(name)!);
  const { terms, names } = scope.dependencyTerms(members, { foldContinueOn: mode === 'depends' });
  const task: ArgoTask = { name: subDag.taskName, template: subDag.templateName };
  if (mode === 'depends' && terms.length > 0) task.depends = andDepends(terms);
  if (mode === 'dependencies' && names.length > 0) task.dependencies = names;
  const parameters: ArgoParameter[] = [];
  const artifacts: ArgoArtifact[] = [];
  if (subDag.kind === 'while') parameters.push({ name: subDag.iterationParameter!, value: '1' });
  for (const imported of subDag.imports.values()) {
    const value = scope.tag(imported.ref);
    if (imported.kind === 'artifact') artifacts.push({ name: imported.name, from: value });
    else parameters.push({ name: imported.name, value });
  }
  if (parameters.length > 0 || artifacts.length > 0) task.arguments = { ...(parameters.length > 0 && { parameters }), ...(artifacts.length > 0 && { artifacts }) };
  return { task: orderTask(task), waitsFor: names, unit: subDag.name };
}

/**
 * The recursive call of a while loop: after the body's last steps, again while the condition
 * holds and the cap is not reached. Each iteration is a new invocation of the loop template.
 */
export function nextTask(subDag: SubDag, scope: TaskScope, members: ReadonlyArray<StepEntry>, mode: 'depends' | 'dependencies' | 'steps'): ScopeTask {
  const memberNames = new Set(members.map((member) => member.step.name));
  const waitedOn = new Set<string>();
  for (const member of members) for (const other of memberNames) if (other !== member.step.name && dependenciesOf(member.step).includes(other)) waitedOn.add(other);
  const sinks = members.filter((member) => !waitedOn.has(member.step.name)).map((member) => member.taskName);
  const iteration = subDag.iterationParameter!;
  const condition = renderLoopCondition(subDag, scope);
  const task: ArgoTask = {
    name: subDag.nextTaskName!,
    template: subDag.templateName,
    when: `${condition} && {{=asInt(${exprMember('inputs.parameters', iteration)}) < ${subDag.maxIterations}}}`,
  };
  if (mode === 'depends') task.depends = andDepends(sinks);
  if (mode === 'dependencies') task.dependencies = sinks;
  const parameters: ArgoParameter[] = [{ name: iteration, value: `{{=asInt(${exprMember('inputs.parameters', iteration)}) + 1}}` }];
  const artifacts: ArgoArtifact[] = [];
  for (const imported of subDag.imports.values()) {
    if (imported.kind === 'artifact') artifacts.push({ name: imported.name, from: `{{inputs.artifacts.${imported.name}}}` });
    else parameters.push({ name: imported.name, value: `{{inputs.parameters.${imported.name}}}` });
  }
  task.arguments = { parameters, ...(artifacts.length > 0 && { artifacts }) };
  return { task: orderTask(task), waitsFor: sinks, unit: `${subDag.name}:next` };
}

/** The loop condition, each comparison evaluated once the body's tasks are done. */
function renderLoopCondition(subDag: SubDag, scope: TaskScope): string {
  const when = renderWhen(subDag.condition!, (ref) => scope.expr(ref), { path: [...subDag.path, 'condition'] });
  return when.includes('||') ? `(${when})` : when;
}

/** The template of a sub-DAG: its inputs (imports, iteration), outputs (exports) and tasks. */
export function subDagTemplate(subDag: SubDag, tasks: ReadonlyArray<ScopeTask>, plan: WorkflowPlan, style: 'dag' | 'steps'): ArgoTemplate {
  const prefix = style === 'dag' ? 'tasks' : 'steps';
  const inputParameters: ArgoParameter[] = [];
  const inputArtifacts: ArgoArtifact[] = [];
  if (subDag.kind === 'while') inputParameters.push({ name: subDag.iterationParameter! });
  for (const imported of subDag.imports.values()) {
    if (imported.kind === 'artifact') inputArtifacts.push({ name: imported.name });
    else inputParameters.push({ name: imported.name });
  }
  const outputParameters: ArgoParameter[] = [];
  const outputArtifacts: ArgoArtifact[] = [];
  const scope = new TaskScope(subDag.id, plan, style);
  for (const exported of subDag.exports.values()) {
    const inner = scope.expr(exported.ref).text;
    if (subDag.kind === 'while') {
      const next = exprMember(prefix, subDag.nextTaskName!);
      const again = exprMember(`${next}.outputs.${exported.kind === 'artifact' ? 'artifacts' : 'parameters'}`, exported.name);
      const expression = `${next}.status == 'Skipped' ? ${inner} : ${again}`;
      if (exported.kind === 'artifact') outputArtifacts.push({ name: exported.name, fromExpression: expression });
      else outputParameters.push({ name: exported.name, valueFrom: { expression } });
    } else if (exported.kind === 'artifact') outputArtifacts.push({ name: exported.name, from: scope.tag(exported.ref) });
    else if (plan.entries.get(exported.ref.step)?.step.map) outputParameters.push({ name: exported.name, valueFrom: { expression: inner } });
    else outputParameters.push({ name: exported.name, valueFrom: { parameter: scope.tag(exported.ref) } });
  }
  const extra: Partial<ArgoTemplate> = {};
  if (subDag.parallelism !== undefined) extra.parallelism = subDag.parallelism;
  if (inputParameters.length > 0 || inputArtifacts.length > 0) {
    extra.inputs = { ...(inputParameters.length > 0 && { parameters: inputParameters }), ...(inputArtifacts.length > 0 && { artifacts: inputArtifacts }) };
  }
  if (outputParameters.length > 0 || outputArtifacts.length > 0) {
    extra.outputs = { ...(outputParameters.length > 0 && { parameters: outputParameters }), ...(outputArtifacts.length > 0 && { artifacts: outputArtifacts }) };
  }
  return scopeTemplate(subDag.templateName, tasks, style, extra);
}

