import {
  NameAllocator,
  type ArtifactLocation,
  refsOfValue,
  StepSchema,
  toDns1123Label,
  withCallSettings,
  type Condition,
  type Group,
  type Scalar,
  type Step,
  type StepOutputRef,
  type SubWorkflow,
  type SubWorkflowCallStep,
  type Value,
  type Workflow,
} from '@couler/ir';
import { itemText } from './item-filter-plan';
import { unsupported } from './unsupported';

/** Each output of a mapped call, as the value every iteration gives it, in item order. */
export type CallFanIns = ReadonlyMap<string, ReadonlyMap<string, ReadonlyArray<Value>>>;

export interface InlinedWorkflow {
  /** The workflow without definitions: every call replaced by its steps. */
  readonly workflow: Workflow;
  /** By the call's name: outputs of mapped calls, which readers get as one JSON list (a fan-in task). */
  readonly fanIns: CallFanIns;
}

/**
 * Why nothing Tekton offers runs a sub-workflow as one unit, and so why calls are inlined and a
 * fan-out over a list the run decides is refused.
 */
export const TEKTON_SUB_WORKFLOW_REASON =
  'Tekton runs a Pipeline inside a Pipeline (pipelineRef/pipelineSpec in a pipeline task, TEP-0056 "Pipelines in Pipelines") only as an alpha preview behind enable-api-fields: "alpha", and a matrix fans out one Task, not a chain of tasks';

/** Fields of a call this backend honours; the others are refused rather than ignored. */
const CALL_FIELDS = new Set(['name', 'kind', 'subWorkflow', 'description', 'dependencies', 'when', 'map', 'inputs', 'outputs', 'retry', 'cache', 'continueOn']);

interface Scope {
  /** `''` at the top; `models-2-` inside the third iteration of call `models`. */
  readonly prefix: string;
  /** The IR path of the call being inlined (for errors). */
  readonly path: ReadonlyArray<string | number>;
  /** What `{ ref: parameter }` means inside a body: the call's argument. */
  readonly bind?: (name: string) => Value;
  /** What an input artifact `input: <name>` means inside a body: the call's artifact argument, if it passed one. */
  readonly bindArtifact?: (name: string) => ArtifactSource | undefined;
  /** Step name in the body → its pipeline task name. */
  readonly names: Map<string, string>;
}

/** Where an input artifact of an inlined step comes from: another step's output artifact, or a location. */
type ArtifactSource = { readonly from: StepOutputRef } | { readonly location: ArtifactLocation };

/** What a call stands for once inlined: its steps (for dependants), each output's value and each output artifact's producer. */
interface InlinedCall {
  readonly steps: ReadonlyArray<string>;
  readonly outputs: ReadonlyArray<ReadonlyMap<string, Value>>;
  readonly artifacts: ReadonlyArray<ReadonlyMap<string, StepOutputRef>>;
  readonly mapped: boolean;
}

/**
 * Tekton has no template a pipeline task can call (Pipelines in Pipelines is alpha), so each call
 * of a sub-workflow becomes copies of its definition's steps: `<call>-<step>`, and
 * `<call>-<index>-<step>` per item of a fan-out over a literal list, nested calls the same way,
 * each name a DNS-1123 label of at most 63 characters, unique in the Pipeline. Arguments are bound
 * into the copies, steps after the call run after all of its steps, and a reader of a call's
 * output reads the step inside that gives it (for a fan-out, the list of every iteration's value:
 * see `fanIns`). An input artifact a body step reads from its definition reads what the call
 * passed (another step's artifact or a location), and a reader of a call's output artifact reads
 * the body step that writes it, so Tekton moves them between tasks as any other artifact.
 * `parallelism` on a fan-out chains iteration i after iteration i - parallelism.
 *
 * @throws CoulerError `UNSUPPORTED_BY_BACKEND` for a fan-out over a list known only at run time
 *   (`map.from`), and for what a copy cannot say (a `firstOf` output, a `depends` expression).
 */
export function inlineSubWorkflows(workflow: Workflow): InlinedWorkflow {
  const definitions = new Map((workflow.spec.subWorkflows ?? []).map((definition) => [definition.name, definition]));
  if (definitions.size === 0) return { workflow, fanIns: new Map() };
  const topNames = [...workflow.spec.steps, ...(workflow.spec.onExit ?? [])].filter((step) => step.kind !== 'subWorkflow').map((step) => step.name);
  const inliner = new Inliner(definitions, new NameAllocator(63, topNames));
  const top = (names: Map<string, string>): Scope => ({ prefix: '', path: [], names });
  const names = new Map(topNames.map((name) => [name, name]));
  const steps = inliner.steps(workflow.spec.steps, top(names), ['steps']);
  const onExit = workflow.spec.onExit && inliner.steps(workflow.spec.onExit, top(names), ['onExit']);
  const groups = [...(workflow.spec.groups ?? []).map((group) => inliner.expandGroup(group)), ...inliner.groups];
  const outputs = workflow.spec.outputs?.parameters?.map((output) => inliner.rewriteOutput(output, top(names), ['outputs', 'parameters', output.name]));
  const { subWorkflows: _definitions, ...spec } = workflow.spec;
  return {
    workflow: {
      ...workflow,
      spec: {
        ...spec,
        steps: inliner.finish(steps),
        ...(onExit && { onExit: inliner.finish(onExit) }),
        ...(groups.length > 0 && { groups }),
        ...(outputs && { outputs: { ...workflow.spec.outputs, parameters: outputs } }),
      },
    },
    fanIns: inliner.fanIns,
  };
}

class Inliner {
  readonly fanIns = new Map<string, Map<string, Value[]>>();
  readonly groups: Group[] = [];
  /** Inlined steps that run only `when` a condition holds. */
  private readonly conditional = new Set<string>();
  /** By the name a reader uses (a flat call name): what the call became. */
  private readonly calls = new Map<string, InlinedCall>();

  constructor(
    private readonly definitions: ReadonlyMap<string, SubWorkflow>,
    private readonly allocator: NameAllocator,
  ) {}

  steps(steps: ReadonlyArray<Step>, scope: Scope, path: ReadonlyArray<string | number>): Step[] {
    // Names first, so that a step may read a later sibling's task by its final name.
    for (const step of steps) if (step.kind !== 'subWorkflow' && scope.prefix !== '') scope.names.set(step.name, this.allocator.claim(toDns1123Label(scope.prefix + step.name)));
    for (const step of steps) if (step.kind === 'subWorkflow') scope.names.set(step.name, this.allocator.claim(toDns1123Label(scope.prefix + step.name)));
    return steps.flatMap((step) => (step.kind === 'subWorkflow' ? this.call(step, scope, [...path, step.name]) : [this.rewriteStep(step, scope, [...path, step.name])]));
  }

  /** A top-level group naming a call: the call's steps in its place. */
  expandGroup(group: Group): Group {
    const expand = (names: ReadonlyArray<string>) => names.flatMap((name) => this.calls.get(name)?.steps ?? [name]);
    if (group.kind === 'concurrent') return { ...group, branches: group.branches.map(expand) };
    return { ...group, steps: expand(group.steps) };
  }

  /** Replaces each reference to a call's output by what gives it, now that every call is known. */
  finish(steps: ReadonlyArray<Step>): Step[] {
    return steps.map((original) => {
      const step = this.resolveCallArtifacts(original);
      const rewritten = this.resolveCallOutputs(step) as Step;
      const dependencies = step.dependencies && [...new Set(step.dependencies.flatMap((name) => this.calls.get(name)?.steps ?? [name]))];
      return { ...rewritten, ...(dependencies && { dependencies }) };
    });
  }

  /** Input artifacts read from a call's output artifact read the step inside that writes it (through nested calls). */
  private resolveCallArtifacts(step: Step): Step {
    const declared = step.inputs?.artifacts;
    if (declared === undefined || !declared.some((artifact) => artifact.from !== undefined && this.calls.has(artifact.from.step))) return step;
    const artifacts = declared.map((artifact) => (artifact.from === undefined ? artifact : { ...artifact, from: this.producerOf(artifact.from, step.name, artifact.name) }));
    return withProducers({ ...step, inputs: { ...step.inputs, artifacts } } as Step);
  }

  private producerOf(from: StepOutputRef, reader: string, artifactName: string): StepOutputRef {
    const call = this.calls.get(from.step);
    if (call === undefined) return from;
    const path = ['steps', reader, 'inputs', 'artifacts', artifactName, 'from'];
    if (call.mapped) {
      throw unsupported('step.subWorkflow', `artifact "${from.output}" of fan-out "${from.step}", one file per iteration`, {
        path,
        stepName: reader,
        hint: `${TEKTON_SUB_WORKFLOW_REASON}; an inlined fan-out has no single artifact to read. Read the artifact of one call, or compile for Argo or the local engine.`,
      });
    }
    const inner = call.artifacts[0]!.get(from.output);
    if (inner === undefined) throw unsupported('step.subWorkflow', `artifact "${from.output}", which call "${from.step}" does not return`, { path, stepName: reader, hint: 'Read one of the output artifacts its sub-workflow declares.' });
    return this.producerOf(inner, reader, artifactName);
  }

  rewriteOutput<T extends { value?: Value; firstOf?: unknown }>(output: T, scope: Scope, path: ReadonlyArray<string | number>): T {
    return this.resolveCallOutputs(this.rewrite(output, scope, path)) as T;
  }

  private call(original: SubWorkflowCallStep, scope: Scope, path: ReadonlyArray<string | number>): Step[] {
    const stepName = scope.names.get(original.name)!;
    const refuse = (what: string, hint: string, at: ReadonlyArray<string | number> = path) => unsupported('step.subWorkflow', what, { path: at, stepName, hint });
    const extra = Object.keys(original).filter((key) => !CALL_FIELDS.has(key));
    if (extra.length > 0) throw refuse(`"${extra[0]}" on a call of a sub-workflow`, `Set it on the steps of sub-workflow "${original.subWorkflow.name}" instead.`, [...path, extra[0]!]);
    if (original.map?.from) {
      throw refuse(
        'a fan-out of a sub-workflow over a list known only at run time (map.from)',
        `${TEKTON_SUB_WORKFLOW_REASON}. A fan-out over a literal list is unrolled; map over literal items, or compile for Argo or the local engine.`,
        [...path, 'map', 'from'],
      );
    }
    const call = this.rewrite(original, scope, path) as SubWorkflowCallStep;
    const artifactArguments = this.artifactArguments(call, scope);
    if (original.dependencies) call.dependencies = original.dependencies.map((name) => scope.names.get(name) ?? name);
    const definition = this.definitions.get(call.subWorkflow.name)!;
    const items: Array<Scalar | Record<string, Scalar> | undefined> = call.map?.items ?? [undefined];
    const made: Step[] = [];
    const iterations: Array<Step[]> = [];
    const outputs: Array<Map<string, Value>> = [];
    const artifacts: Array<Map<string, StepOutputRef>> = [];
    items.forEach((item, index) => {
      const args = new Map<string, Value>();
      for (const input of definition.inputs?.parameters ?? []) {
        const given = call.inputs?.parameters?.find((parameter) => parameter.name === input.name)?.value;
        args.set(input.name, given === undefined ? String(input.default) : bindItem(given, item));
      }
      const inner: Scope = { prefix: `${stepName}-${call.map ? `${index}-` : ''}`, path, bind: (name) => args.get(name)!, bindArtifact: (name) => artifactArguments.get(name), names: new Map() };
      const steps = this.steps(definition.steps, inner, [...path, 'subWorkflow', definition.name, 'steps']).map((step) => withCallSettings(step, call));
      for (const group of definition.groups ?? []) this.groups.push(rewriteGroup(group, inner));
      outputs.push(
        new Map(
          (definition.outputs?.parameters ?? []).map((output) => {
            if (output.value === undefined) {
              throw refuse(`output "${output.name}" of sub-workflow "${definition.name}", the first of several steps' outputs (firstOf)`, 'Tekton skips a task whose inputs come from a skipped task; it has no "first that ran". Return one step\'s output.');
            }
            return [output.name, this.rewrite(output.value, inner, path) as Value];
          }),
        ),
      );
      artifacts.push(new Map((definition.outputs?.artifacts ?? []).map((output) => [output.name, this.rewrite(output.from, inner, path) as StepOutputRef])));
      for (const step of steps) if (step.when) this.conditional.add(step.name);
      iterations.push(steps);
      made.push(...steps);
    });
    const parallelism = call.map?.parallelism;
    if (parallelism !== undefined) {
      // At most `parallelism` iterations at once: iteration i starts when iteration i - parallelism has finished.
      iterations.forEach((steps, index) => {
        if (index < parallelism) return;
        const before = iterations[index - parallelism]!.map((step) => step.name);
        for (const step of steps) step.dependencies = [...new Set([...(step.dependencies ?? []), ...before])];
      });
    }
    this.calls.set(stepName, { steps: made.map((step) => step.name), outputs, artifacts, mapped: call.map !== undefined });
    scope.names.set(original.name, stepName);
    return made;
  }

  /**
   * A call's artifact arguments, by the definition's input artifact: another step's artifact
   * (renamed into the caller's scope; a call's artifact is resolved in `finish`), a location, or
   * what the enclosing call passed for its own input artifact.
   */
  private artifactArguments(call: SubWorkflowCallStep, scope: Scope): Map<string, ArtifactSource> {
    const bound = new Map<string, ArtifactSource>();
    for (const argument of call.subWorkflow.artifacts ?? []) {
      const source: ArtifactSource | undefined = argument.from ? { from: argument.from } : argument.location ? { location: argument.location } : argument.input === undefined ? undefined : scope.bindArtifact?.(argument.input);
      if (source !== undefined) bound.set(argument.name, source);
    }
    return bound;
  }

  /**
   * The input artifacts of a body step with `input: <name>` bound to what the call passed: the
   * producing step's artifact or the location, moved between tasks as any other input artifact.
   * An optional one the call left out is no file, as on Argo.
   */
  private bindInputArtifacts(step: Step, scope: Scope, path: ReadonlyArray<string | number>, stepName: string): Step {
    const declared = step.inputs?.artifacts;
    if (declared === undefined || !declared.some((artifact) => artifact.input !== undefined) || !scope.bindArtifact) return step;
    const artifacts = declared.flatMap((artifact) => {
      if (artifact.input === undefined) return [artifact];
      const { input, ...rest } = artifact;
      const source = scope.bindArtifact!(input);
      if (source !== undefined) return [{ ...rest, ...source }];
      if (artifact.optional) return [];
      throw unsupported('step.subWorkflow', `input artifact "${artifact.name}", read from the sub-workflow's input "${input}", which the call does not pass`, {
        path: [...path, 'inputs', 'artifacts', artifact.name],
        stepName,
        hint: `Pass artifact "${input}" in the call, or mark both the definition's input and this step's input optional.`,
      });
    });
    return withProducers({ ...step, inputs: { ...step.inputs, artifacts } } as Step);
  }

  /** A step of `scope` under its task name, its references and dependencies renamed, its inputs bound. */
  private rewriteStep(step: Step, scope: Scope, path: ReadonlyArray<string | number>): Step {
    if (scope.prefix === '') return step;
    const stepName = scope.names.get(step.name)!;
    if (step.depends !== undefined) throw unsupported('step.subWorkflow', 'a depends expression inside a sub-workflow', { path: [...path, 'depends'], stepName, hint: 'Use dependencies (setDependencies) inside sub-workflows.' });
    const { map, ...rest } = step;
    const renamed = this.rewrite(rest, scope, path) as Step;
    renamed.name = stepName;
    if (step.dependencies) renamed.dependencies = step.dependencies.map((name) => scope.names.get(name) ?? name);
    const rewritten = this.bindInputArtifacts(renamed, scope, path, stepName);
    if (map) rewritten.map = this.rewriteMap(map, scope, path, stepName);
    if (!StepSchema.safeParse(rewritten).success) {
      throw unsupported('step.subWorkflow', 'an argument that is text and references joined (a concat) where the step needs a single reference or literal', { path, stepName, hint: 'Pass a plain value or reference to the sub-workflow.' });
    }
    return rewritten;
  }

  private rewriteMap(map: NonNullable<Step['map']>, scope: Scope, path: ReadonlyArray<string | number>, stepName: string): NonNullable<Step['map']> {
    if (map.from?.ref !== 'parameter' || !scope.bind) return map.from ? { ...map, from: this.rewrite(map.from, scope, path) as never } : map;
    const bound = scope.bind(map.from.name);
    const { from: _from, ...rest } = map;
    if (typeof bound === 'string') {
      const items = safeJson(bound);
      if (!Array.isArray(items)) throw unsupported('map.from', `a map over input "${map.from.name}", whose value ${JSON.stringify(bound.slice(0, 80))} is not a JSON list`, { path: [...path, 'map', 'from'], stepName, hint: 'Pass a JSON list.' });
      return { ...rest, items: items as Scalar[] };
    }
    if ('ref' in bound && (bound.ref === 'step' || bound.ref === 'parameter')) return { ...rest, from: bound };
    throw unsupported('map.from', `a map over input "${map.from.name}", bound to a value that is not a list`, { path: [...path, 'map', 'from'], stepName, hint: 'Pass a step output or parameter holding a JSON list.' });
  }

  /** Renames step references into `scope` and binds its parameter references, leaving map items alone. */
  private rewrite(node: unknown, scope: Scope, path: ReadonlyArray<string | number>): unknown {
    if (Array.isArray(node)) return node.map((part) => this.rewrite(part, scope, path));
    if (node === null || typeof node !== 'object') return node;
    const record = node as Record<string, unknown>;
    if (record.ref === 'step' && typeof record.step === 'string') return { ...record, step: scope.names.get(record.step) ?? record.step };
    if (record.ref === 'parameter' && typeof record.name === 'string' && scope.bind) return scope.bind(record.name);
    if (Array.isArray(record.concat)) return { concat: spliceConcat(record.concat.map((part) => this.rewrite(part, scope, path))) };
    return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, key === 'items' ? value : this.rewrite(value, scope, path)]));
  }

  /**
   * A reference to an output of a call becomes what gives it: the inner step's output (or the
   * bound argument) for a single call; for a fan-out the call's name stays, read through a fan-in.
   */
  private resolveCallOutputs(node: unknown): unknown {
    if (Array.isArray(node)) return node.map((part) => this.resolveCallOutputs(part));
    if (node === null || typeof node !== 'object') return node;
    const record = node as Record<string, unknown>;
    if (record.ref === 'step' && typeof record.step === 'string' && typeof record.output === 'string') {
      const call = this.calls.get(record.step);
      const output = record.output;
      if (call === undefined) return record;
      if (!call.mapped) return this.resolveCallOutputs(call.outputs[0]!.get(output));
      const values = call.outputs.map((iteration) => this.resolveCallOutputs(iteration.get(output)) as Value);
      const skippable = values.flatMap((value) => refsOfValue(value)).find((ref) => ref.ref === 'step' && this.conditional.has(ref.step));
      if (skippable) {
        throw unsupported('step.subWorkflow', `output "${output}" of fan-out "${record.step}", given by step "${(skippable as { step: string }).step}", which a condition may skip`, {
          path: ['steps', record.step, 'outputs', 'parameters', output],
          stepName: record.step,
          hint: 'Tekton skips a task that reads a result of a skipped task, so the list could not leave a skipped iteration out. Return an output of a step without a condition, or compile for Argo or the local engine.',
        });
      }
      const perOutput = this.fanIns.get(record.step) ?? new Map<string, Value[]>();
      this.fanIns.set(record.step, perOutput);
      perOutput.set(output, values);
      return record;
    }
    if (Array.isArray(record.concat)) return { concat: spliceConcat(record.concat.map((part) => this.resolveCallOutputs(part))) };
    return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, key === 'items' ? value : this.resolveCallOutputs(value)]));
  }
}

/**
 * The step with the producers of its input artifacts among its dependencies: a file in the data
 * workspace is no task result, so only `runAfter` makes Tekton wait for the task that writes it.
 */
function withProducers(step: Step): Step {
  const producers = (step.inputs?.artifacts ?? []).flatMap((artifact) => (artifact.from === undefined ? [] : [artifact.from.step]));
  if (producers.length === 0) return step;
  return { ...step, dependencies: [...new Set([...(step.dependencies ?? []), ...producers])] };
}

/** A bound argument may be a concat itself: its parts are spliced in. */
function spliceConcat(parts: unknown[]): unknown[] {
  return parts.flatMap((value) => (typeof value === 'object' && value !== null && Array.isArray((value as { concat?: unknown }).concat) ? (value as { concat: unknown[] }).concat : [value]));
}

function rewriteGroup(group: Group, scope: Scope): Group {
  const rename = (name: string) => scope.names.get(name) ?? name;
  const name = toDns1123Label(`${scope.prefix}${group.name}`);
  if (group.kind === 'concurrent') return { ...group, name, branches: group.branches.map((branch) => branch.map(rename)) };
  return { ...group, name, steps: group.steps.map(rename), condition: renameCondition(group.condition, scope) };
}

function renameCondition(condition: Condition, scope: Scope): Condition {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const record = node as Record<string, unknown>;
    if (record.ref === 'step' && typeof record.step === 'string') return { ...record, step: scope.names.get(record.step) ?? record.step };
    if (record.ref === 'parameter' && typeof record.name === 'string' && scope.bind) return scope.bind(record.name);
    return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, walk(value)]));
  };
  return walk(condition) as Condition;
}

/** An argument with the call's own item put in: each iteration sees its item as literal text. */
function bindItem(value: Value, item: Scalar | Record<string, Scalar> | undefined): Value {
  const replace = (part: unknown): unknown => {
    if (typeof part !== 'object' || part === null) return part;
    const record = part as { ref?: unknown; key?: string; concat?: unknown[] };
    if (record.ref === 'item') {
      if (record.key === undefined || typeof item !== 'object' || item === null) return itemText(item as Scalar);
      return String((item as Record<string, Scalar>)[record.key]);
    }
    if (Array.isArray(record.concat)) return { concat: record.concat.map(replace) };
    return part;
  };
  return replace(value) as Value;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
