import {
  CoulerError,
  StepSchema,
  type Condition,
  type Group,
  type Scalar,
  type Step,
  type StepOutputRef,
  type SubWorkflow,
  type SubWorkflowArtifactArgument,
  type SubWorkflowCallStep,
  type Value,
  type WhileGroup,
  type Workflow,
  applyStepDefaults,
  withCallSettings,
} from '@couler/ir';
import { itemText } from '../engine/resolve-value';
import { refuseLoopInLoop } from './refuse-loop-in-loop';

/** What a call returns, per iteration: each output's value (or `firstOf` list) in flat names. */
export interface CallJoin {
  /** Mapped calls return each output as the list of every iteration's value. */
  readonly mapped: boolean;
  readonly iterations: ReadonlyArray<ReadonlyMap<string, { readonly value?: Value; readonly firstOf?: ReadonlyArray<StepOutputRef> }>>;
}

/** Steps, groups and calls one expansion adds: a whole workflow's, or one deferred call's iterations. */
export interface Expansion {
  readonly steps: ReadonlyArray<Step>;
  readonly groups: ReadonlyArray<Group>;
  /** By the call's flat name: the step that stands for the call (it waits for every step of it). */
  readonly joins: ReadonlyMap<string, CallJoin>;
  /** Calls fanned out over a step's output, by the call's flat name: expanded once that step succeeded (in a loop, again on each iteration). */
  readonly deferred: ReadonlyMap<string, DeferredCall>;
}

/**
 * A call mapped over another step's output (`map.from: { ref: step }`): its items are known only
 * once that step has succeeded. Until then the call is its join step alone, waiting for the
 * producer; the scheduler then expands it from the producer's recorded output — the same output
 * on every resume, so the same iterations under the same names. In an execWhile body it is
 * expanded on every iteration, from that iteration's output.
 */
export interface DeferredCall {
  /** The call's flat name (`models`, `outer[1].models`). */
  readonly name: string;
  /** The call as written, its references in flat names: a retry with a changed call runs it again. */
  readonly call: SubWorkflowCallStep;
  /** The output whose JSON list the call maps over (a flat step name). */
  readonly producer: StepOutputRef;
  /** The items in the producer's output. @throws CoulerError `INVALID_FIELD` naming the producer when it is not a JSON list of scalars or flat objects. */
  itemsOf(output: string): Array<Scalar | Record<string, Scalar>>;
  /** The call's iterations over `items`: their steps (named `call[i].step`), groups, and nested calls. */
  expand(items: ReadonlyArray<Scalar | Record<string, Scalar>>): Expansion;
}

/** A workflow whose calls are expanded into steps this engine runs, and what each call returns. */
export interface ExpandedWorkflow {
  readonly workflow: Workflow;
  /** By the call's flat name: the step that stands for the call (it waits for every step of it). */
  readonly joins: ReadonlyMap<string, CallJoin>;
  /** Calls whose iterations the run decides (fan-outs over a step's output), by flat name. */
  readonly deferred: ReadonlyMap<string, DeferredCall>;
}

/** Fields of a call this engine honours; the others are refused rather than ignored. */
const CALL_FIELDS = new Set(['name', 'kind', 'subWorkflow', 'description', 'dependencies', 'when', 'map', 'inputs', 'outputs', 'retry', 'cache', 'continueOn']);

interface Scope {
  /** `''` at the top; `models[2].` inside the third iteration of call `models`. */
  readonly prefix: string;
  /** What `{ ref: parameter }` means here: the workflow's parameter at the top, a call's argument inside a body. */
  readonly bind?: (name: string) => Value;
  /** What `{ input }` means for an artifact inside a body: the call's artifact argument, already in the caller's terms. */
  readonly bindArtifact?: (name: string) => SubWorkflowArtifactArgument | undefined;
}

/** The run's workflow parameters, resolved: what a fan-out over a parameter lists. */
export type RunParameters = Readonly<Record<string, string>>;

/**
 * Expands every call of a sub-workflow into the steps of its definition, once per item, named
 * `call[i].step` (`call.step` for a call without map), so that each step of each iteration has
 * its own state row: resume keeps what succeeded, retry and the cache work per step. Each call
 * keeps one step of its own, under its name, which waits for all its steps: the node `couler
 * status` shows for the call, and the one whose outputs (`CallJoin`) later steps read.
 * Deterministic, so a resumed run finds the same names. A fan-out over a workflow parameter
 * (`map.from` naming one, at any depth through the calls' inputs) is expanded with the run's
 * `parameters`, which a run records and a resume reads back: the same items, the same names. A
 * fan-out over a step's output, known only when the run gets there, is left to the run
 * (`deferred`): its call's step waits for that step, and the scheduler expands the call then.
 */
export function expandSubWorkflows(declared: Workflow, parameters?: RunParameters): ExpandedWorkflow {
  // Every plan of a run's steps starts here, deferred calls' too: each step takes the workflow's
  // step defaults it leaves unset, a call's retry reaching its body through withCallSettings.
  const workflow = applyStepDefaults(declared);
  const definitions = new Map((workflow.spec.subWorkflows ?? []).map((definition) => [definition.name, definition]));
  if (definitions.size === 0) return { workflow, joins: new Map(), deferred: new Map() };
  refuseLoopInLoop(workflow.spec.steps, workflow.spec.groups, definitions);
  const expander = new Expander(definitions, parameters, [...(workflow.spec.groups ?? [])]);
  const { joins, groups, deferred } = expander;
  const steps = expander.steps(workflow.spec.steps, { prefix: '' }).map((step) => readCallArtifacts(step, expander.artifactOutputs));
  const onExit = workflow.spec.onExit && expander.steps(workflow.spec.onExit, { prefix: '' }).map((step) => readCallArtifacts(step, expander.artifactOutputs));
  const { subWorkflows: _definitions, ...spec } = workflow.spec;
  return {
    workflow: { ...workflow, spec: { ...spec, steps, ...(onExit && { onExit }), ...(groups.length > 0 && { groups }) } },
    joins,
    deferred,
  };
}

class Expander {
  readonly joins = new Map<string, CallJoin>();
  readonly deferred = new Map<string, DeferredCall>();
  /** By a call's flat name: the body step's artifact each of its output artifacts is. */
  readonly artifactOutputs = new Map<string, Map<string, StepOutputRef>>();

  constructor(
    private readonly definitions: ReadonlyMap<string, SubWorkflow>,
    private readonly parameters: RunParameters | undefined,
    readonly groups: Group[] = [],
  ) {}

  steps(steps: ReadonlyArray<Step>, scope: Scope): Step[] {
    return steps.flatMap((step) => (step.kind === 'subWorkflow' ? this.call(step, scope) : [rewriteStep(step, scope)]));
  }

  private call(original: SubWorkflowCallStep, scope: Scope): Step[] {
    const extra = Object.keys(original).filter((key) => !CALL_FIELDS.has(key));
    if (extra.length > 0) refuse(original, scope, `"${extra[0]}" on a call`, `set it on the steps of sub-workflow "${original.subWorkflow.name}" instead`);
    const call = rewriteStep(original, scope) as SubWorkflowCallStep;
    const from = call.map?.from;
    if (from?.ref === 'step') {
      this.deferred.set(call.name, this.deferredCall(original, call, scope, from));
      return [joinStep(call, [from.step])];
    }
    const items: Array<Scalar | Record<string, Scalar> | undefined> = from ? this.runtimeItems(original, call, scope) : (call.map?.items ?? [undefined]);
    const made = this.fanOut(original, call, scope, items);
    this.joinLoop(call.name, made);
    return [...made, joinStep(call, made.map((step) => step.name))];
  }

  /** A call in an execWhile body: its steps are body steps too, so every iteration runs them again. */
  private joinLoop(call: string, made: ReadonlyArray<Step>): void {
    const index = this.groups.findIndex((group) => group.kind === 'while' && group.steps.includes(call));
    if (index === -1 || made.length === 0) return;
    const loop = this.groups[index] as WhileGroup;
    this.groups[index] = { ...loop, steps: [...loop.steps, ...made.map((step) => step.name)] };
  }

  /** The steps of every iteration of `call` over `items`; records its join and its parallelism group. */
  private fanOut(original: SubWorkflowCallStep, call: SubWorkflowCallStep, scope: Scope, items: ReadonlyArray<Scalar | Record<string, Scalar> | undefined>): Step[] {
    const definition = this.definitions.get(call.subWorkflow.name)!;
    const made: Step[] = [];
    const iterations: Array<Map<string, { value?: Value; firstOf?: StepOutputRef[] }>> = [];
    const branches: string[][] = [];
    items.forEach((item, index) => {
      const prefix = `${call.name}${call.map ? `[${index}]` : ''}.`;
      const args = new Map<string, Value>();
      for (const input of definition.inputs?.parameters ?? []) {
        const given = call.inputs?.parameters?.find((parameter) => parameter.name === input.name)?.value;
        args.set(input.name, given === undefined ? String(input.default) : bindItem(given, item));
      }
      const artifactArgs = new Map((call.subWorkflow.artifacts ?? []).map((argument) => [argument.name, argument]));
      const inner: Scope = { prefix, bind: (name) => args.get(name)!, bindArtifact: (name) => artifactArgs.get(name) };
      if (!call.map) {
        this.artifactOutputs.set(call.name, new Map((definition.outputs?.artifacts ?? []).map((output) => [output.name, rewrite(output.from, inner) as StepOutputRef])));
      }
      const steps = this.steps(definition.steps, inner).map((step) => withCallSettings(step, call));
      for (const group of definition.groups ?? []) this.groups.push(rewriteGroup(group, inner));
      iterations.push(
        new Map(
          (definition.outputs?.parameters ?? []).map((output) => [
            output.name,
            output.firstOf ? { firstOf: output.firstOf.map((ref) => rewrite(ref, inner) as StepOutputRef) } : { value: rewrite(output.value, inner) as Value },
          ]),
        ),
      );
      branches.push(steps.map((step) => step.name));
      made.push(...steps);
    });
    if (call.map?.parallelism !== undefined && branches.length > 0) {
      const nested = new Set(this.groups.flatMap((group) => (group.kind === 'concurrent' ? group.branches.flat() : [])));
      if (branches.flat().some((name) => nested.has(name))) refuse(original, scope, 'parallelism on a fan-out whose sub-workflow holds another limited fan-out', 'keep parallelism on one of them');
      this.groups.push({ name: `${call.name}.parallelism`, kind: 'concurrent', branches, parallelism: call.map.parallelism });
    }
    this.joins.set(call.name, { mapped: call.map !== undefined, iterations });
    return made;
  }

  /** A call over `from`'s output: expanded, by an expander of its own, once the run has that output. */
  private deferredCall(original: SubWorkflowCallStep, call: SubWorkflowCallStep, scope: Scope, from: StepOutputRef): DeferredCall {
    return {
      name: call.name,
      call,
      producer: from,
      itemsOf: (output) => {
        const items = listOfItems(output);
        if (items) return items;
        throw new CoulerError('INVALID_FIELD', `Call "${call.name}" maps over output "${from.output}" of step "${from.step}", whose value ${JSON.stringify(output.slice(0, 80))} is not a JSON list of scalars or flat objects.`, {
          path: ['steps', scope.prefix + original.name, 'map', 'from'],
          stepIds: [call.name, from.step],
          hint: `Make step "${from.step}" print a JSON list, such as ["a","b"] or [{"model":"a","lr":0.1}].`,
        });
      },
      expand: (items) => {
        const expander = new Expander(this.definitions, this.parameters);
        const steps = expander.fanOut(original, call, scope, items).map((step) => readCallArtifacts(step, expander.artifactOutputs));
        return { steps, groups: expander.groups, joins: expander.joins, deferred: expander.deferred };
      },
    };
  }

  /**
   * The items of a call mapped over a workflow parameter (`call` is already rewritten into its
   * scope, so a body's input bound to the workflow's parameter reads as that parameter).
   */
  private runtimeItems(original: SubWorkflowCallStep, call: SubWorkflowCallStep, scope: Scope): Array<Scalar | Record<string, Scalar>> {
    const from = call.map!.from!;
    if (from.ref !== 'parameter') {
      return refuse(original, scope, `a fan-out over the output of step "${from.step}", known only when the run gets there (map.from)`, 'pass the list as a workflow parameter, map over a literal list, or run it on Argo');
    }
    const value = this.parameterValue(from.name);
    if (value === undefined) return refuse(original, scope, `a fan-out over parameter "${from.name}" before the run's parameters are known`, 'give the parameter a value');
    const items = listOfItems(value);
    if (!items) {
      throw new CoulerError('INVALID_FIELD', `Call "${scope.prefix}${original.name}" maps over parameter "${from.name}", whose value ${JSON.stringify(value.slice(0, 80))} is not a JSON list of scalars or flat objects.`, {
        path: ['parameters', from.name],
        stepIds: [scope.prefix + original.name],
        hint: 'Pass a JSON list, such as ["a","b"] or [{"model":"a","lr":0.1}].',
      });
    }
    return items;
  }

  private parameterValue(name: string): string | undefined {
    return this.parameters && Object.hasOwn(this.parameters, name) ? this.parameters[name] : undefined;
  }
}

/** The step that stands for a call: it waits for `waitsFor` (its steps, or the step its items come from). */
function joinStep(call: SubWorkflowCallStep, waitsFor: ReadonlyArray<string>): Step {
  return {
    name: call.name,
    kind: 'suspend',
    suspend: { durationSeconds: 0 },
    ...(call.description !== undefined && { description: call.description }),
    dependencies: [...new Set([...(call.dependencies ?? []), ...waitsFor])],
    ...(call.when && { when: call.when }),
    ...(call.continueOn && { continueOn: call.continueOn }),
  };
}

/** The items in `text` when it is a JSON list of scalars or flat objects, as a fan-out takes them. */
function listOfItems(text: string): Array<Scalar | Record<string, Scalar>> | undefined {
  let items: unknown;
  try {
    items = JSON.parse(text);
  } catch {
    return undefined;
  }
  const flat = (item: unknown) => item !== null && !(typeof item === 'object' && (Array.isArray(item) || Object.values(item).some((field) => field !== null && typeof field === 'object')));
  return Array.isArray(items) && items.every(flat) ? (items as Array<Scalar | Record<string, Scalar>>) : undefined;
}

function rewriteGroup(group: Group, scope: Scope): Group {
  const name = `${scope.prefix}${group.name}`;
  if (group.kind === 'concurrent') return { ...group, name, branches: group.branches.map((branch) => branch.map((step) => scope.prefix + step)) };
  return { ...group, name, steps: group.steps.map((step) => scope.prefix + step), condition: rewrite(group.condition, scope) as Condition };
}

/** A step of `scope` under its flat name, its references and dependencies renamed, its inputs bound. */
function rewriteStep(step: Step, scope: Scope): Step {
  if (scope.prefix === '' && scope.bind === undefined) return step;
  if (step.depends !== undefined) refuse(step, scope, 'a depends expression inside a sub-workflow', 'use dependencies (setDependencies) inside sub-workflows');
  // Flattened, a body's hook of the workflow would watch the whole run, as Argo refuses it too.
  if (step.hook) refuse(step, scope, 'a lifecycle hook inside a sub-workflow', 'hook the calling step in the workflow instead');
  const { map, ...rest } = step;
  const rewritten = rewrite(rest, scope) as Step;
  rewritten.name = scope.prefix + step.name;
  if (step.dependencies) rewritten.dependencies = step.dependencies.map((name) => scope.prefix + name);
  if (map) rewritten.map = rewriteMap(map, scope, step);
  bindInputArtifacts(rewritten, scope);
  const parsed = StepSchema.safeParse(rewritten);
  if (!parsed.success) refuse(step, scope, 'an argument that is text and references joined (a concat) where the step needs a single reference or literal', 'pass a plain value or reference to the sub-workflow');
  return rewritten;
}

/**
 * A body's artifacts read from the definition's inputs (`input`), on its steps and on the calls
 * it makes, read what the call passed instead. An optional input no call passed leaves the
 * reading step without that file, when the step's own input is optional too.
 */
function bindInputArtifacts(step: Step, scope: Scope): void {
  const bound = <T extends { name: string; input?: string; optional?: boolean }>(artifact: T): T[] => {
    if (artifact.input === undefined) return [artifact];
    const { input, ...rest } = artifact;
    const argument = scope.bindArtifact?.(input);
    if (argument === undefined) {
      if (artifact.optional) return [];
      return refuse(step, { prefix: '' }, `input artifact "${artifact.name}", read from the sub-workflow's input "${input}" that its call does not pass`, `pass "${input}" in the call, or make "${artifact.name}" optional`);
    }
    return [{ ...rest, ...(argument.from ? { from: argument.from } : argument.location ? { location: argument.location } : {}) } as T];
  };
  if (step.inputs?.artifacts?.some((artifact) => artifact.input !== undefined)) step.inputs = { ...step.inputs, artifacts: step.inputs.artifacts.flatMap(bound) };
  if (step.kind === 'subWorkflow' && step.subWorkflow.artifacts?.some((argument) => argument.input !== undefined)) {
    step.subWorkflow = { ...step.subWorkflow, artifacts: step.subWorkflow.artifacts.flatMap(bound) };
  }
}

/**
 * A step reading an artifact of a call reads it from the body step that made it: the call's own
 * step is a join with no files. Followed through nested calls to the step that wrote the file.
 */
function readCallArtifacts(step: Step, artifactOutputs: ReadonlyMap<string, ReadonlyMap<string, StepOutputRef>>): Step {
  if (artifactOutputs.size === 0 || !step.inputs?.artifacts?.some((artifact) => artifact.from && artifactOutputs.get(artifact.from.step)?.has(artifact.from.output))) return step;
  const resolve = (ref: StepOutputRef): StepOutputRef => {
    for (let depth = 0; ; depth++) {
      const next = artifactOutputs.get(ref.step)?.get(ref.output);
      if (next === undefined || depth > artifactOutputs.size) return ref;
      ref = next;
    }
  };
  return { ...step, inputs: { ...step.inputs, artifacts: step.inputs.artifacts.map((artifact) => (artifact.from ? { ...artifact, from: resolve(artifact.from) } : artifact)) } } as Step;
}

function rewriteMap(map: NonNullable<Step['map']>, scope: Scope, step: Step): NonNullable<Step['map']> {
  if (map.from?.ref !== 'parameter' || !scope.bind) return map.from ? { ...map, from: rewrite(map.from, scope) as StepOutputRef } : map;
  const bound = scope.bind(map.from.name);
  const { from: _from, ...rest } = map;
  if (typeof bound === 'string') {
    let items: unknown;
    try {
      items = JSON.parse(bound);
    } catch {
      items = undefined;
    }
    if (!Array.isArray(items)) refuse(step, scope, `a map over input "${map.from.name}", whose value ${JSON.stringify(bound.slice(0, 80))} is not a JSON list`, 'pass a JSON list');
    return { ...rest, items: items as Array<Scalar> };
  }
  if ('ref' in bound && (bound.ref === 'step' || bound.ref === 'parameter')) return { ...rest, from: bound };
  return refuse(step, scope, `a map over input "${map.from.name}", bound to a value that is not a list`, 'pass a step output or parameter holding a JSON list');
}

/** Renames step references into `scope`, binds its parameter references, leaving map items alone. */
function rewrite(node: unknown, scope: Scope): unknown {
  if (Array.isArray(node)) return node.map((part) => rewrite(part, scope));
  if (node === null || typeof node !== 'object') return node;
  const record = node as Record<string, unknown>;
  if (record.ref === 'step' && typeof record.step === 'string') return { ...record, step: scope.prefix + record.step };
  if (record.ref === 'parameter' && typeof record.name === 'string' && scope.bind) return scope.bind(record.name);
  if (Array.isArray(record.concat)) {
    // A bound argument may be a concat itself: splice its parts in.
    return { concat: record.concat.flatMap((part) => {
      const value = rewrite(part, scope);
      return typeof value === 'object' && value !== null && Array.isArray((value as { concat?: unknown }).concat) ? (value as { concat: unknown[] }).concat : [value];
    }) };
  }
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, key === 'items' ? value : rewrite(value, scope)]));
}

/** An argument with the call's own item put in: each iteration sees its item as literal text. */
function bindItem(value: Value, item: Scalar | Record<string, Scalar> | undefined): Value {
  const replace = (part: unknown): unknown => {
    if (typeof part !== 'object' || part === null) return part;
    const record = part as { ref?: unknown; key?: string; concat?: unknown[] };
    if (record.ref === 'item') return itemText(item, record.key);
    if (Array.isArray(record.concat)) return { concat: record.concat.map(replace) };
    return part;
  };
  return replace(value) as Value;
}

function refuse(step: Step, scope: Scope, what: string, fix: string): never {
  const name = scope.prefix + step.name;
  throw new CoulerError('UNSUPPORTED_BY_BACKEND', `The local backend cannot run ${what} ("step.subWorkflow"), used by "${name}".`, {
    stepIds: [name],
    hint: `To run it here, ${fix}.`,
  });
}
