import {
  hasResultOutput,
  CoulerError,
  IR_API_VERSION,
  IR_KIND,
  canonicalizeWorkflow,
  checkWorkflow,
  dependenciesOf,
  parseDependsExpression,
  stepsOfDependsExpression,
  isDns1123Label,
  toDns1123Label,
  type Condition,
  type Group,
  type SecretDeclaration,
  type SourceLocation,
  type Step,
  type SubWorkflow,
  type Workflow,
  type WorkflowOutputArtifact,
  type WorkflowOutputParameter,
  type WorkflowParameter,
  type WorkflowSpec,
} from '@couler/ir';
import { OutputHandle, StepHandle, dslError } from '../handles';
import { resolveCallSite, whereCallsDiffer, whichCallIsWhich, type CapturedStack } from './call-site';

/** What the next step created in a scope waits for. */
export interface Cursor {
  readonly dependencies?: ReadonlyArray<string>;
  readonly depends?: string;
}

/**
 * A region of the user's build function: the top level, a `when` body, a `concurrent` branch,
 * an exit handler … Steps created in a scope run one after another (Couler's steps mode)
 * unless the scope is a DAG scope, where only explicit and data dependencies order them.
 */
export interface Scope {
  readonly target: 'main' | 'exit';
  cursor: Cursor;
  /** False at the top level once `dag`/`setDependencies` switched the workflow to DAG mode. */
  chain: boolean;
  readonly condition?: Condition;
  /** Steps created in this scope or any scope inside it, in creation order. */
  readonly created: string[];
  /** Consecutive `when`s testing the same output form one parallel group (Couler steps mode). */
  lastWhen?: { key: string; start: Cursor; tails: string[] };
  /** Inside `dag()`: a step name seen again refers to the same step. */
  readonly reuseByName: boolean;
}

/** A step as a DSL call describes it, before the builder names and orders it. */
export type StepDraft = Step extends infer S ? (S extends Step ? Omit<S, 'name'> : never) : never;

export interface StepNaming {
  /** The user's `stepName`, if given. */
  readonly stepName?: string;
  /** The base name when neither `stepName` nor a named calling function gives one. */
  readonly fallback: string;
  readonly stack: CapturedStack;
}

/**
 * Collects one workflow while its build function runs. One builder per `workflow()` call,
 * reached through AsyncLocalStorage, so two workflows built at once never share state.
 */
export class WorkflowBuilder {
  readonly steps: Step[] = [];
  readonly exitSteps: Step[] = [];
  readonly groups: Group[] = [];
  readonly parameters = new Map<string, WorkflowParameter>();
  readonly secrets = new Map<string, SecretDeclaration>();
  /** What the workflow returns (`workflowOutput`), in declaration order. */
  readonly outputs: WorkflowOutputParameter[] = [];
  readonly outputArtifacts: WorkflowOutputArtifact[] = [];
  spec: Partial<Omit<WorkflowSpec, 'steps' | 'onExit' | 'groups' | 'parameters' | 'secrets' | 'outputs'>> = {};
  metadata: Workflow['metadata'];
  dagMode = false;

  private readonly stepsByName = new Map<string, Step>();
  private readonly handles = new Map<string, StepHandle>();
  private readonly stacks = new Map<string, CapturedStack>();
  private readonly usedNames = new Set<string>();
  private readonly nextSuffix = new Map<string, number>();
  /** Names used in `dependencies`/`depends` before a step of that name existed. */
  private readonly forwardReferences = new Set<string>();
  private readonly scopes: Scope[];
  /** Where workflow-level settings were made, by IR path (`cron`, `parameters.lr`), to locate their errors. */
  private readonly sources = new Map<string, CapturedStack>();
  /**
   * A fixed stepName made a second time, reported at the next construct or at the end rather
   * than at once: `dag([[jobA()], [jobA(), jobB()]])` calls its nodes before dag() runs, and
   * dag() can then say it takes functions — the real mistake — instead of DUPLICATE_STEP.
   */
  private pendingDuplicate: CoulerError | undefined;

  /**
   * Sub-workflow definitions, by name, shared by the workflow's builder and the builders of
   * the definitions' bodies, so a definition used at any depth is written once.
   */
  readonly subWorkflows: Map<string, SubWorkflow>;

  constructor(name: string, subWorkflows: Map<string, SubWorkflow> = new Map()) {
    this.subWorkflows = subWorkflows;
    this.metadata = { name };
    this.scopes = [{ target: 'main', cursor: {}, chain: true, created: [], reuseByName: false }];
  }

  get scope(): Scope {
    return this.scopes[this.scopes.length - 1]!;
  }

  /** Runs `body` in a new scope and returns its result along with the scope. */
  inScope<T>(options: Partial<Omit<Scope, 'created'>> & { cursor: Cursor }, body: () => T): { value: T; scope: Scope } {
    this.throwPending();
    const parent = this.scope;
    const scope: Scope = {
      target: options.target ?? parent.target,
      cursor: options.cursor,
      chain: options.chain ?? true,
      created: [],
      reuseByName: options.reuseByName ?? parent.reuseByName,
      ...((options.condition ?? parent.condition) && { condition: options.condition ?? parent.condition }),
    };
    this.scopes.push(scope);
    try {
      const value = body();
      // A step made twice inside the body is reported here, before the construct checks what
      // the body made (map's "exactly one step" would otherwise speak first, and mislead).
      this.throwPending();
      return { value, scope };
    } finally {
      this.scopes.pop();
    }
  }

  /** Switches to DAG mode: top-level steps from now on wait only for what they name or read. */
  enterDagMode(): void {
    if (this.dagMode) return;
    this.dagMode = true;
    const root = this.scopes[0]!;
    root.chain = false;
    root.cursor = {};
  }

  /** A name no step or group has yet: `base`, `base-2`, `base-3` … */
  uniqueName(base: string): string {
    let name = base;
    if (this.usedNames.has(name)) {
      let suffix = this.nextSuffix.get(base) ?? 2;
      while (this.usedNames.has(`${base}-${suffix}`)) suffix += 1;
      this.nextSuffix.set(base, suffix + 1);
      name = `${base.slice(0, 63 - String(suffix).length - 1)}-${suffix}`;
    }
    this.usedNames.add(name);
    return name;
  }

  hasStep(name: string): boolean {
    return this.stepsByName.has(name);
  }

  handleOf(name: string): StepHandle | undefined {
    return this.handles.get(name);
  }

  /** Records names a step waits for that may not exist yet (checked for cycles when they appear). */
  noteReferences(cursor: Cursor): void {
    for (const name of namesOfCursor(cursor)) if (!this.stepsByName.has(name)) this.forwardReferences.add(name);
  }

  /** Records where a workflow-level setting (an IR path such as `cron` or `parameters.lr`) was made. */
  noteSource(path: string, stack: CapturedStack): void {
    this.sources.set(path, stack);
  }

  /** Throws the duplicate step kept back by `addStep`, if any. */
  throwPending(): void {
    const pending = this.pendingDuplicate;
    this.pendingDuplicate = undefined;
    if (pending) throw pending;
  }

  addStep(draft: StepDraft, naming: StepNaming): StepHandle {
    const scope = this.scope;
    const name = this.nameStep(naming);
    const existing = this.stepsByName.get(name);
    if (existing && !scope.reuseByName) {
      this.pendingDuplicate ??= this.duplicateError(name, naming);
      return this.handles.get(name)!;
    }
    if (existing) return this.reuseStep(existing, draft, scope, naming.stack);

    const step = { name, ...draft } as Step;
    const { dependencies, depends } = scope.cursor;
    if (dependencies?.length) step.dependencies = [...dependencies];
    if (depends !== undefined) step.depends = depends;
    if (scope.condition) step.when = scope.condition;
    (scope.target === 'exit' ? this.exitSteps : this.steps).push(step);
    this.stepsByName.set(name, step);
    this.stacks.set(name, naming.stack);
    this.recordCreated(name, scope);
    if (this.forwardReferences.delete(name)) this.assertNoCycleThrough(name, naming.stack);

    const handle = new StepHandle(name, step.kind, outputHandlesOf(step, this.subWorkflows), hasResultOutput(step));
    this.handles.set(name, handle);
    return handle;
  }

  /** The step object itself, for control-flow calls that annotate it (map). */
  stepNamed(name: string): Step | undefined {
    return this.stepsByName.get(name);
  }

  addGroup(group: Group, stack: CapturedStack): void {
    this.groups.push(group);
    this.stacks.set(group.name, stack);
  }

  /** The finished, validated, canonical workflow. Every problem is reported at once, located. */
  finish(): Workflow {
    this.throwPending();
    const spec: WorkflowSpec = {
      ...(this.parameters.size > 0 && { parameters: [...this.parameters.values()] }),
      steps: this.steps,
      ...(this.groups.length > 0 && { groups: this.groups }),
      ...(this.exitSteps.length > 0 && { onExit: this.exitSteps }),
      ...((this.outputs.length > 0 || this.outputArtifacts.length > 0) && {
        outputs: { ...(this.outputs.length > 0 && { parameters: this.outputs }), ...(this.outputArtifacts.length > 0 && { artifacts: this.outputArtifacts }) },
      }),
      ...(this.subWorkflows.size > 0 && { subWorkflows: [...this.subWorkflows.values()] }),
      ...this.spec,
      ...(this.secrets.size > 0 && { secrets: [...this.secrets.values()] }),
    };
    addUndeclaredVolumes(spec);
    const candidate: Workflow = { apiVersion: IR_API_VERSION, kind: IR_KIND, metadata: this.metadata, spec };
    const { workflow, errors } = checkWorkflow(candidate);
    const located = errors.map((error) => this.locate(error));
    if (located.length === 1) throw located[0]!;
    if (located.length > 1) {
      throw new CoulerError('INVALID_WORKFLOW', `Workflow "${this.metadata.name}" has ${located.length} problems.`, { errors: located });
    }
    return canonicalizeWorkflow(workflow!);
  }

  /** Adds the user's source line of the blamed steps (or of the path's step or group) to an error. */
  private locate(error: CoulerError): CoulerError {
    if (error.locations?.length) return error;
    const blamed = error.stepIds?.length ? error.stepIds : typeof error.path?.[1] === 'string' ? [error.path[1]] : [];
    const locations = blamed
      .map((name) => resolveCallSite(this.stacks.get(name)).location)
      .filter((location): location is SourceLocation => location !== undefined);
    // Workflow-level settings: the call that made the longest recorded prefix of the path.
    for (let length = error.path?.length ?? 0; locations.length === 0 && length > 0; length -= 1) {
      const location = resolveCallSite(this.sources.get(error.path!.slice(0, length).join('.'))).location;
      if (location) locations.push(location);
    }
    if (locations.length === 0) return error;
    return new CoulerError(error.code, error.message, {
      ...(error.path && { path: error.path }),
      ...(error.stepIds && { stepIds: error.stepIds }),
      ...(error.hint && { hint: error.hint }),
      locations,
    });
  }

  private nameStep(naming: StepNaming): string {
    if (naming.stepName !== undefined) {
      const name = stepLabel(naming.stepName);
      if (name === '') {
        throw dslError('INVALID_NAME', `stepName ${JSON.stringify(naming.stepName)} has no letters or digits to make a step name from.`, {
          hint: 'Use lower-case letters, digits and "-", e.g. "train-model".',
        });
      }
      // A step of that name: addStep reuses it in dag(), else reports it at both calls.
      if (this.usedNames.has(name) && !this.stepsByName.has(name)) {
        throw dslError('DUPLICATE_STEP', `There is already a group named "${name}"${name !== naming.stepName ? ` (from stepName "${naming.stepName}")` : ''}.`, {
          stepIds: [name],
          hint: 'Give the step another stepName, or leave stepName out to get a unique derived name.',
        });
      }
      this.usedNames.add(name);
      return name;
    }
    const { functionName } = resolveCallSite(naming.stack);
    const base = (functionName && toDns1123Label(functionName)) || toDns1123Label(naming.fallback) || 'step';
    return this.uniqueName(base);
  }

  /** A fixed stepName made again outside dag(): located at both calls, saying how to reuse a step. */
  private duplicateError(name: string, naming: StepNaming): CoulerError {
    const locations = whereCallsDiffer(naming.stack, this.stacks.get(name));
    const from = name !== naming.stepName ? ` (from stepName "${naming.stepName}")` : '';
    return new CoulerError('DUPLICATE_STEP', `Step "${name}"${from} is made twice: its stepName is fixed, so a second call names another step the same.${whichCallIsWhich(locations)}`, {
      stepIds: [name],
      locations,
      hint: `To use the step again, keep the handle the first call returned and pass that on; to run it twice, give each call its own stepName (e.g. a parameter of the function), or leave stepName out to get unique names ("${name}", "${name}-2", …).`,
    });
  }

  /** `dag()` calls a node function again for each edge list it is in: same step, more dependencies. */
  private reuseStep(existing: Step, draft: StepDraft, scope: Scope, stack: CapturedStack): StepHandle {
    const { dependencies: _d, depends: _e, when: _w, name: _n, map: _m, ...before } = existing;
    const { dependencies: _d2, depends: _e2, when: _w2, map: _m2, ...after } = draft as Omit<Step, 'name'>;
    if (JSON.stringify(before) !== JSON.stringify(after)) {
      throw new CoulerError('DUPLICATE_STEP', `Step "${existing.name}" is defined twice with different settings.`, {
        stepIds: [existing.name],
        locations: whereCallsDiffer(stack, this.stacks.get(existing.name)),
        hint: 'A dag() node called again must describe the same step; give the other step its own stepName.',
      });
    }
    const added = scope.cursor.dependencies ?? [];
    if (added.length) {
      existing.dependencies = [...new Set([...(existing.dependencies ?? []), ...added])];
      this.assertNoCycleThrough(existing.name, stack);
    }
    this.recordCreated(existing.name, scope, false);
    return this.handles.get(existing.name)!;
  }

  private recordCreated(name: string, scope: Scope, isNew = true): void {
    if (isNew) for (const each of this.scopes) each.created.push(name);
    else if (!scope.created.includes(name)) scope.created.push(name);
    if (scope.chain) scope.cursor = { dependencies: [name] };
    scope.lastWhen = undefined;
  }

  /** A cycle can only close when a step named earlier appears, or a dag() node gains an edge. */
  private assertNoCycleThrough(start: string, stack: CapturedStack): void {
    const trail: string[] = [];
    const visited = new Set<string>();
    const visit = (name: string): boolean => {
      const step = this.stepsByName.get(name);
      if (!step) return false;
      for (const prerequisite of dependenciesOf(step)) {
        if (prerequisite === start) {
          trail.push(name);
          return true;
        }
        if (visited.has(prerequisite)) continue;
        visited.add(prerequisite);
        if (visit(prerequisite)) {
          trail.push(name);
          return true;
        }
      }
      return false;
    };
    if (!visit(start)) return;
    const cycle = [start, ...trail.slice(0, -1).reverse()];
    const { location } = resolveCallSite(stack);
    throw new CoulerError('CYCLE', `These dependencies make a cycle: ${[...cycle, start].map((name) => `"${name}"`).join(' → ')}.`, {
      stepIds: cycle,
      ...(location && { locations: [location] }),
      hint: 'A step cannot wait, directly or through others, for itself; remove one of these dependencies.',
    });
  }
}

function namesOfCursor(cursor: Cursor): ReadonlyArray<string> {
  // The common case, a list of names, is returned as it is: no copy per step.
  if (cursor.depends === undefined) return cursor.dependencies ?? [];
  const names = [...(cursor.dependencies ?? [])];
  try {
    names.push(...stepsOfDependsExpression(parseDependsExpression(cursor.depends)));
  } catch {
    // Validation reports a malformed expression with its path.
  }
  return names;
}

function outputHandlesOf(step: Step, definitions: ReadonlyMap<string, SubWorkflow>): Record<string, OutputHandle> {
  const outputs: Record<string, OutputHandle> = {};
  if (step.kind === 'subWorkflow') {
    for (const artifact of step.subWorkflow.outputArtifacts ?? []) {
      outputs[artifact] = new OutputHandle(step.name, artifact, 'artifact', calledArtifactPath(definitions, step.subWorkflow.name, artifact));
    }
  }
  for (const parameter of step.outputs?.parameters ?? []) {
    outputs[parameter.name] = new OutputHandle(step.name, parameter.name, 'parameter', parameter.path);
  }
  for (const artifact of step.outputs?.artifacts ?? []) {
    outputs[artifact.name] = new OutputHandle(step.name, artifact.name, 'artifact', artifact.path);
  }
  return outputs;
}

/** Couler mounts an emptyDir for a volume a step mounts but nobody (workflow or step) declared. */
function addUndeclaredVolumes(spec: WorkflowSpec): void {
  const declared = new Set([...(spec.volumes ?? []), ...(spec.volumeClaimTemplates ?? [])].map((volume) => volume.name));
  const added: string[] = [];
  for (const step of [...spec.steps, ...(spec.onExit ?? [])]) {
    const own = new Set((step.volumes ?? []).map((volume) => volume.name));
    for (const mount of step.volumeMounts ?? []) {
      if (!declared.has(mount.name) && !own.has(mount.name)) {
        declared.add(mount.name);
        added.push(mount.name);
      }
    }
  }
  if (added.length) spec.volumes = [...(spec.volumes ?? []), ...added.map((name) => ({ name, emptyDir: {} }))];
}

/** `toDns1123Label`, skipped for a name that already is one (the usual `stepName`): it runs per step. */
export function stepLabel(text: string): string {
  return typeof text === 'string' && isDns1123Label(text) ? text : toDns1123Label(text);
}

/**
 * Where the body step that makes output artifact `output` of definition `name` writes it (through
 * nested calls): a step reading the call's artifact without `.at()` reads it there, as it would
 * read the body step's.
 */
function calledArtifactPath(definitions: ReadonlyMap<string, SubWorkflow>, name: string, output: string): string | undefined {
  const definition = definitions.get(name);
  const from = definition?.outputs?.artifacts?.find((artifact) => artifact.name === output)?.from;
  const producer = definition?.steps.find((step) => step.name === from?.step);
  if (from === undefined || producer === undefined) return undefined;
  if (producer.kind === 'subWorkflow') return calledArtifactPath(definitions, producer.subWorkflow.name, from.output);
  return producer.outputs?.artifacts?.find((artifact) => artifact.name === from.output)?.path;
}
