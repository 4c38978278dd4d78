import { addTaskHooks } from './lifecycle-hooks';
import {
  controlDependenciesOf,
  dataDependenciesOf,
  isConcat,
  outputArtifactNames,
  isRef,
  type MapSequence,
  parseDependsExpression,
  type SequenceBound,
  stepsOfDependsExpression,
  type Ref,
  type StepOutputRef,
  type Value,
} from '@couler/ir';
import type { ArgoParameter, ArgoSequence, ArgoTask } from './argo-types';
import { parameterNameFor } from './name-allocator';
import { exportedExpr, failedExpr, stepStatusExpr } from './exit-handler-reads';
import { fanInExpr } from './fan-in';
import { exprMember, renderWhen, type ValuePhase } from './render-condition';
import { andDepends, renderDepends } from './render-depends';
import { refuseTemplateText } from './escape-template-text';
import { globalTag, refKey, renderValue } from './render-value';
import { unsupported } from './unsupported';
import type { ScopeId, StepEntry, SubDag, WorkflowPlan } from './workflow-plan';

/** A task and the IR step names it waits for inside its DAG (for `steps` layering). */
export interface ScopeTask {
  readonly task: ArgoTask;
  readonly waitsFor: ReadonlyArray<string>;
  /** Tag of the IR step (or sub-DAG) that the task runs. */
  readonly unit: string;
}

/**
 * Renders references and tasks as seen from one DAG (or steps) template: the entry template,
 * the exit handler, or a sub-DAG. Another step's output is `{{tasks.x.outputs…}}` in the same
 * template, an output of the sub-DAG task that holds it one level down, or an input parameter
 * of this sub-DAG when it lives outside.
 */
export class TaskScope {
  readonly prefix: 'tasks' | 'steps';

  constructor(
    readonly id: ScopeId,
    private readonly plan: WorkflowPlan,
    style: 'dag' | 'steps',
  ) {
    this.prefix = style === 'dag' ? 'tasks' : 'steps';
  }

  private get subDag(): SubDag | undefined {
    return this.id === 'main' || this.id === 'exit' ? undefined : this.plan.subDags.get(this.id);
  }

  /** Whether this template runs in the exit handler (its own DAG, or a group inside it). */
  private get inExitHandler(): boolean {
    return this.id === 'exit' || this.subDag?.outer === 'exit';
  }

  /** Where `ref`'s producer is, seen from here. */
  private locate(ref: StepOutputRef): { kind: 'here'; entry: StepEntry } | { kind: 'child'; subDag: SubDag } | { kind: 'outside' } {
    const producer = this.plan.entries.get(ref.step);
    if (!producer) throw new Error(`Unknown step "${ref.step}": validate the workflow before compiling it.`);
    if (producer.scope === this.id) return { kind: 'here', entry: producer };
    const child = this.plan.subDags.get(producer.scope);
    if (child && child.outer === this.id) return { kind: 'child', subDag: child };
    return { kind: 'outside' };
  }

  private outputKind(ref: StepOutputRef): 'result' | 'parameter' | 'artifact' {
    if (ref.output === 'result') {
      const producer = this.plan.entries.get(ref.step)!.step;
      const declared = producer.outputs?.parameters?.some((parameter) => parameter.name === 'result') || producer.outputs?.artifacts?.some((artifact) => artifact.name === 'result');
      if (!declared) return 'result';
    }
    return outputArtifactNames(this.plan.entries.get(ref.step)!.step).includes(ref.output) ? 'artifact' : 'parameter';
  }

  /** The name a value crossing this sub-DAG's boundary has, claimed on first use. */
  private crossing(subDag: SubDag, table: 'imports' | 'exports', ref: StepOutputRef, kind: 'parameter' | 'artifact'): string {
    const key = refKey(ref);
    let found = subDag[table].get(key);
    if (!found) {
      found = { name: subDag.ioNames.claim(parameterNameFor(`${ref.step}-${ref.output}`)), kind, ref };
      subDag[table].set(key, found);
    }
    return found.name;
  }

  /** The global name of a main step's output that this exit handler reads. */
  private exported(ref: Ref): string | undefined {
    if (!this.inExitHandler || ref.ref !== 'step' || this.plan.entries.get(ref.step)?.phase !== 'main') return undefined;
    const read = this.plan.exitReads?.get(refKey(ref));
    if (read?.globalName === undefined) throw new Error(`Output "${ref.output}" of step "${ref.step}" was not exported to the exit handler.`);
    return read.globalName;
  }

  /** The Argo tag for `ref` inside this template's task fields. */
  /** `withSequence`: numbers as IntOrString text, a bound read at run time as its tag. */
  withSequence(sequence: MapSequence, entry: StepEntry): ArgoSequence {
    const bound = (value: SequenceBound | undefined) => (value === undefined ? undefined : typeof value === 'number' ? String(value) : this.tag(value, entry));
    const format = sequence.format && refuseTemplateText(sequence.format, { what: 'a sequence format', path: [...entry.path, 'map', 'sequence', 'format'], stepName: entry.step.name });
    const out: ArgoSequence = {};
    for (const key of ['count', 'start', 'end'] as const) {
      const text = bound(sequence[key]);
      if (text !== undefined) out[key] = text;
    }
    if (format) out.format = format;
    return out;
  }

  tag(ref: Ref, consumer?: StepEntry): string {
    if (ref.ref === 'parameter' && this.plan.parametersAreInputs) return `{{inputs.parameters.${ref.name}}}`;
    const global = globalTag(ref);
    if (global !== undefined) return global;
    const exported = this.exported(ref);
    if (exported !== undefined) return `{{workflow.outputs.parameters.${exported}}}`;
    switch (ref.ref) {
      case 'item':
        return ref.key === undefined ? '{{item}}' : `{{item.${ref.key}}}`;
      case 'input':
        throw unsupported('input-parameters', `an input parameter whose value reads another input ("${ref.name}")`, {
          path: consumer ? [...consumer.path, 'inputs', 'parameters'] : [],
          ...(consumer && { stepName: consumer.step.name }),
        });
      case 'step': {
        const kind = this.outputKind(ref);
        const section = kind === 'result' ? 'result' : kind === 'artifact' ? `artifacts.${ref.output}` : `parameters.${ref.output}`;
        const where = this.locate(ref);
        if (where.kind === 'here' && kind !== 'artifact' && where.entry.step.map) return `{{=${this.fanIn(where.entry, ref, kind)}}}`;
        if (where.kind === 'here') return `{{${this.prefix}.${where.entry.taskName}.outputs.${section}}}`;
        const crossingKind = kind === 'artifact' ? 'artifact' : 'parameter';
        if (where.kind === 'child') {
          const name = this.crossing(where.subDag, 'exports', ref, crossingKind);
          return `{{${this.prefix}.${where.subDag.taskName}.outputs.${crossingKind === 'artifact' ? 'artifacts' : 'parameters'}.${name}}}`;
        }
        const subDag = this.subDag;
        if (!subDag) throw new Error(`Step "${ref.step}" is not reachable from ${this.id}.`);
        const name = this.crossing(subDag, 'imports', ref, crossingKind);
        return `{{inputs.${crossingKind === 'artifact' ? 'artifacts' : 'parameters'}.${name}}}`;
      }
      default:
        throw new Error(`Unexpected reference ${JSON.stringify(ref)}.`);
    }
  }

  /** The expr-lang form of `ref` here, for `when` and output expressions, and when Argo knows it. */
  expr(ref: Ref, consumer?: StepEntry): { text: string; phase: ValuePhase; guard?: string } {
    const exported = this.exported(ref);
    if (exported !== undefined) {
      const { text, exists } = exportedExpr(exported);
      return { text, phase: 'global', guard: exists };
    }
    switch (ref.ref) {
      case 'parameter':
        if (this.plan.parametersAreInputs) return { text: exprMember('inputs.parameters', ref.name), phase: 'input' };
        return { text: exprMember('workflow.parameters', ref.name), phase: 'global' };
      case 'workflow':
        return { text: `workflow.${ref.field}`, phase: 'global' };
      case 'item':
        return { text: ref.key === undefined ? 'item' : exprMember('item', ref.key), phase: 'item' };
      case 'input':
        return { text: this.tag(ref, consumer), phase: 'input' };
      case 'step': {
        const kind = this.outputKind(ref);
        const member = (root: string) => (kind === 'result' ? `${root}.outputs.result` : exprMember(`${root}.outputs.${kind === 'artifact' ? 'artifacts' : 'parameters'}`, ref.output));
        const where = this.locate(ref);
        if (where.kind === 'here' && kind !== 'artifact' && where.entry.step.map) return { text: `(${this.fanIn(where.entry, ref, kind)})`, phase: 'task' };
        if (where.kind === 'here') return { text: member(exprMember(this.prefix, where.entry.taskName)), phase: 'task' };
        const crossingKind = kind === 'artifact' ? 'artifact' : 'parameter';
        if (where.kind === 'child') {
          const name = this.crossing(where.subDag, 'exports', ref, crossingKind);
          return { text: exprMember(`${exprMember(this.prefix, where.subDag.taskName)}.outputs.${crossingKind === 'artifact' ? 'artifacts' : 'parameters'}`, name), phase: 'task' };
        }
        const subDag = this.subDag!;
        const name = this.crossing(subDag, 'imports', ref, crossingKind);
        return { text: exprMember(`inputs.${crossingKind === 'artifact' ? 'artifacts' : 'parameters'}`, name), phase: 'input' };
      }
    }
  }

  /** A mapped step's output, every iteration's value as a JSON list (see `fanInExpr`). */
  private fanIn(producer: StepEntry, ref: StepOutputRef, kind: 'result' | 'parameter'): string {
    return fanInExpr(exprMember(this.prefix, producer.taskName), kind === 'result' ? { kind } : { kind, name: ref.output });
  }

  /** The task (or sub-DAG task) that stands for step `name` here; undefined when outside. */
  unitOf(name: string): { taskName: string; entry?: StepEntry } | undefined {
    const entry = this.plan.entries.get(name);
    if (!entry) return undefined;
    if (entry.scope === this.id) return { taskName: entry.taskName, entry };
    const child = this.plan.subDags.get(entry.scope);
    if (child && child.outer === this.id) return { taskName: child.taskName };
    return undefined;
  }

  /** The dependencies of a unit made of `members`, as `depends` terms and as plain names. */
  dependencyTerms(members: ReadonlyArray<StepEntry>, options: { foldContinueOn: boolean }): { terms: string[]; names: string[] } {
    const inside = new Set(members.map((member) => member.step.name));
    const terms: string[] = [];
    const names: string[] = [];
    const bare = (unit: { taskName: string; entry?: StepEntry }) => {
      names.push(unit.taskName);
      const continueOn = unit.entry?.step.continueOn;
      if (options.foldContinueOn && continueOn && (continueOn.failed || continueOn.error)) {
        const alternatives = [unit.taskName, ...(continueOn.failed ? [`${unit.taskName}.Failed`] : []), ...(continueOn.error ? [`${unit.taskName}.Errored`] : [])];
        terms.push(alternatives.join(' || '));
      } else terms.push(unit.taskName);
    };
    for (const member of members) {
      const step = member.step;
      let mentioned = new Set<string>();
      if (step.depends !== undefined) {
        const expression = parseDependsExpression(step.depends);
        const stepNames = stepsOfDependsExpression(expression).filter((name) => !inside.has(name));
        mentioned = new Set(stepNames);
        const units = stepNames.map((name) => this.unitOf(name));
        if (units.some((unit) => unit !== undefined) && units.some((unit) => unit === undefined)) {
          throw unsupported('depends-expression', `the depends expression of "${step.name}", which mixes steps inside and outside its group`, {
            path: [...member.path, 'depends'],
            stepName: step.name,
            hint: 'Depend on the steps outside the group from the group as a whole, or move the step.',
          });
        }
        const insideOnly = stepsOfDependsExpression(expression).every((name) => inside.has(name));
        if (units.every((unit) => unit !== undefined) && !insideOnly) {
          terms.push(renderDepends(expression, (name) => (inside.has(name) ? name : this.unitOf(name)!.taskName)));
          names.push(...units.map((unit) => unit!.taskName));
        }
      }
      for (const name of [...controlDependenciesOf(step), ...dataDependenciesOf(step)]) {
        if (inside.has(name) || mentioned.has(name)) continue;
        const unit = this.unitOf(name);
        if (unit) bare(unit);
      }
    }
    return { terms: [...new Set(terms)], names: [...new Set(names)] };
  }

  /** A step's own task: template, dependencies, condition, loop and arguments. */
  stepTask(entry: StepEntry, mode: 'depends' | 'dependencies' | 'steps'): ScopeTask {
    const step = entry.step;
    const leaf = entry.leaf!;
    // A templateRef step has no template here: the task calls the other WorkflowTemplate's.
    const task: ArgoTask = leaf.templateRef ? ({ name: entry.taskName, templateRef: leaf.templateRef } as ArgoTask) : { name: entry.taskName, template: entry.templateName };
    const { terms, names } = this.dependencyTerms([entry], { foldContinueOn: mode === 'depends' });
    if (mode === 'depends' && terms.length > 0) task.depends = andDepends(terms);
    if (mode === 'dependencies' && names.length > 0) task.dependencies = names;
    const parameters: ArgoParameter[] = leaf.inputs.passed.map((input) => ({
      name: input.name,
      value: input.passed.kind === 'ref' ? this.tag(input.passed.ref, entry) : this.render(input.passed.value, entry, [...entry.path, 'inputs', 'parameters', input.name, 'value']),
    }));
    const artifacts = leaf.passedArtifacts.map((artifact) => ({
      name: artifact.name,
      ...(artifact.from && { from: this.tag({ ref: 'step', step: artifact.from.step, output: artifact.from.output }, entry) }),
      ...(artifact.input !== undefined && { from: `{{inputs.artifacts.${artifact.input}}}` }),
      ...artifact.location,
    }));
    if (parameters.length > 0 || artifacts.length > 0) {
      task.arguments = { ...(parameters.length > 0 && { parameters }), ...(artifacts.length > 0 && { artifacts }) };
    }
    const where = { path: [...entry.path, 'when'], stepName: step.name, loopScope: this.plan.loopScope ?? 'all' };
    const when = step.when && renderWhen(step.when, (ref) => this.expr(ref, entry), { ...where, ...(this.inExitHandler && { stepStatus: (condition) => stepStatusExpr(this.plan, condition, where) }) });
    const guard = this.exitReadsGuard(entry);
    if (guard !== undefined) task.when = when === undefined ? guard : `${guard} && ${when.includes('||') ? `(${when})` : when}`;
    else if (when !== undefined) task.when = when;
    if (step.map?.items) {
      const itemPath = [...entry.path, 'map', 'items'];
      const literal = <T>(value: T): T => (typeof value === 'string' ? (refuseTemplateText(value, { what: 'a map item', path: itemPath, stepName: step.name }) as T) : value);
      task.withItems = step.map.items.map((item) => (typeof item === 'object' ? Object.fromEntries(Object.entries(item).map(([key, value]) => [key, literal(value)])) : literal(item)));
    }
    if (step.map?.from) task.withParam = this.tag(step.map.from, entry);
    if (step.map?.sequence) task.withSequence = this.withSequence(step.map.sequence, entry);
    if (mode !== 'depends' && step.continueOn && (step.continueOn.failed || step.continueOn.error)) {
      task.continueOn = { ...(step.continueOn.failed && { failed: true }), ...(step.continueOn.error && { error: true }) };
    }
    addTaskHooks(task, this.plan.hooks?.get(step.name), this.prefix === 'tasks' ? 'dag' : 'steps');
    return { task: orderTask(task), waitsFor: names, unit: entry.step.name };
  }

  /**
   * An exit-handler step reading main steps' outputs runs only if each was produced: exported
   * (a step that never ran exports nothing) by a step that did not fail (Argo exports a failed
   * pod's outputs too). Otherwise its `when` is false and Argo marks it Skipped, as the IR says.
   */
  private exitReadsGuard(entry: StepEntry): string | undefined {
    if (!this.inExitHandler) return undefined;
    const tests = new Set<string>();
    for (const read of this.plan.exitReads?.values() ?? []) {
      if (!read.readers.has(entry)) continue;
      tests.add(exportedExpr(read.globalName!).exists);
      tests.add(`!${failedExpr(this.plan.entries.get(read.ref.step)!)}`);
    }
    return tests.size === 0 ? undefined : `{{=${[...tests].join(' && ')}}}`;
  }

  /** A value in a task's arguments: references as tags; literal text cannot be escaped here. */
  render(value: Value, consumer: StepEntry, path: ReadonlyArray<string | number>): string {
    const tag = (ref: Ref) => this.tag(ref, consumer);
    if (typeof value === 'string') return refuseTemplateText(value, { what: 'an input value', path, stepName: consumer.step.name });
    if (isConcat(value)) {
      return value.concat
        .map((part, index) =>
          typeof part === 'string' ? refuseTemplateText(part, { what: 'an input value', path, stepName: consumer.step.name, followedByTag: isRef(value.concat[index + 1]) }) : tag(part),
        )
        .join('');
    }
    return renderValue(value, tag);
  }
}

const TASK_KEY_ORDER: ReadonlyArray<keyof ArgoTask> = ['name', 'template', 'templateRef', 'depends', 'dependencies', 'continueOn', 'when', 'arguments', 'withItems', 'withParam', 'withSequence', 'onExit', 'hooks'];

export function orderTask(task: ArgoTask): ArgoTask {
  const ordered: Record<string, unknown> = {};
  for (const key of TASK_KEY_ORDER) if (task[key] !== undefined) ordered[key] = task[key];
  return ordered as unknown as ArgoTask;
}
