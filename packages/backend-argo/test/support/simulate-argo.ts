/**
 * A test-only model of how Argo's controller runs a workflow, to compare two documents by what
 * they do rather than how they are written: which leaf templates run, when (in logical time:
 * each leaf takes one tick), with which command lines, inputs, conditions and settings.
 *
 * It follows the controller's order of substitution — a template's inputs when it is called,
 * then a task's dependencies' outputs, then loop items, then the `when` (govaluate) — so a tag
 * that Argo could not resolve at that point fails here too. `argoVersion` picks what a loop's
 * expansion sees: before 4.0 the item alone, from 4.0 the task's whole scope too (globals, the
 * template's inputs, the outputs of the tasks it waits for; `expandTask` and `processItem` in
 * `workflow/controller/dag.go` and `operator.go`). Retries, pods, timeouts and artifacts' bytes
 * are not modelled; artifacts are identities passed along.
 */
import { argoVersionAtLeast, DEFAULT_ARGO_VERSION, type ArgoContainerNode, type ArgoHttp, type ArgoTask, type ArgoTemplate, type ArgoVersion } from '../../src/index';
import { evaluateExpr } from './expr';
import { evaluateWhen, WhenError } from './govaluate';

type Json = Record<string, unknown>;
type Phase = 'Succeeded' | 'Failed' | 'Skipped' | 'Omitted';

/** One container of a container set, as it runs. */
export interface ContainerRun {
  readonly name: string;
  readonly image: string;
  /** command + args, substituted. */
  readonly argv: ReadonlyArray<string>;
  readonly env?: Readonly<Record<string, string>>;
  readonly workingDir?: string;
  readonly dependencies: ReadonlyArray<string>;
}

/** One run of a leaf template, as the container (or Kubernetes, or Argo's agent) would see it. */
export interface LeafRun {
  readonly template: string;
  readonly kind: 'container' | 'script' | 'resource' | 'suspend' | 'containerSet' | 'http' | 'plugin' | 'data';
  readonly image?: string;
  /** command + args, substituted. */
  readonly argv?: ReadonlyArray<string>;
  readonly source?: string;
  readonly env?: Readonly<Record<string, string>>;
  /** Input artifacts by path: where they come from. */
  readonly artifacts?: Readonly<Record<string, string>>;
  readonly manifest?: string;
  readonly suspend?: string;
  /** The containers of a container set, in the order given. */
  readonly containers?: ReadonlyArray<ContainerRun>;
  /** The request an http template sends. */
  readonly request?: ArgoHttp;
  /** What an executor plugin is given: its name, holding its configuration. */
  readonly plugin?: Json;
  /** What Argo's executor lists and how it transforms the list (`argoexec data <json>`). */
  readonly data?: Json;
  readonly retry?: Json;
  readonly memoize?: Json;
  /** Declared outputs: parameter name → where from; artifact name → path. */
  readonly outputs: { parameters: Record<string, string>; artifacts: Record<string, string> };
  /** The whole template as the controller hands it to the pod, after every substitution. */
  readonly resolved: ArgoTemplate;
}

export interface LeafOutcome {
  readonly phase?: 'Succeeded' | 'Failed';
  /** Logical time the step takes (default 1). */
  readonly duration?: number;
  readonly result?: string;
  readonly parameters?: Record<string, string>;
}

export type Runner = (run: LeafRun) => LeafOutcome;

export interface TraceEntry {
  readonly start: number;
  readonly run: LeafRun;
  readonly phase: 'Succeeded' | 'Failed';
}

export interface Simulation {
  readonly trace: TraceEntry[];
  readonly phase: 'Succeeded' | 'Failed';
  readonly outputs: Record<string, string>;
  /** What the exit handler read as `workflow.failures`, if there is one. */
  readonly failures?: string;
}

interface Node {
  phase: Phase;
  end: number;
  outputs: { result?: string; parameters: Record<string, string>; artifacts: Record<string, string> };
  aggregate?: { result: string; list: string; parameters: Record<string, string> };
  looped: boolean;
}

/** A node that Failed, as Argo lists it in `workflow.failures`. */
interface FailedNode {
  readonly displayName: string;
  readonly templateName: string;
  readonly phase: 'Failed';
}

interface Context {
  readonly documents: ReadonlyArray<Json>;
  readonly runner: Runner;
  readonly trace: TraceEntry[];
  readonly globals: Record<string, string>;
  readonly failures: FailedNode[];
  /** Whether a loop's expansion sees the task's whole scope (Argo 4.0 and later) or the item alone. */
  readonly loopSeesScope: boolean;
  /** Whether a task's `when` is substituted and tested before the rest of it (Argo 4.1). */
  readonly whenFirst: boolean;
  depth: number;
}

/**
 * How a pass treats a tag it cannot resolve: keep it (`lenient`), fail if it names `tasks` or
 * `steps` (`dependencies`, as `resolveDependencyReferences`), or fail whatever it names (`strict`,
 * as loop expansion).
 */
export type Strictness = 'lenient' | 'dependencies' | 'strict';

export class UnresolvedTagError extends Error {}

function strictFor(name: string, strictness: Strictness): boolean {
  return strictness === 'strict' || (strictness === 'dependencies' && /^(tasks|steps)(\.|$)/.test(name));
}

/** Replaces `{{…}}` tags as Argo's fasttemplate does, once: what a tag writes is not read again. */
export function substitute(text: string, scope: Record<string, string>, strictness: Strictness = 'lenient'): string {
  let out = '';
  let at = 0;
  for (;;) {
    const start = text.indexOf('{{', at);
    if (start === -1) return out + text.slice(at);
    const end = text.indexOf('}}', start + 2);
    if (end === -1) throw new UnresolvedTagError(`Unterminated tag in ${JSON.stringify(text)}`);
    out += text.slice(at, start);
    const tag = text.slice(start + 2, end);
    if (tag.startsWith('=')) {
      const value = tryExpression(tag.slice(1), scope, strictness);
      out += value === undefined ? `{{${tag}}}` : value;
    } else {
      const key = tag.trim();
      if (key in scope) out += scope[key];
      else if (strictFor(key, strictness)) throw new UnresolvedTagError(`failed to resolve {{${tag}}}`);
      else out += `{{${tag}}}`;
    }
    at = end + 2;
  }
}

/** Nested objects from flat keys, dropping a key that has children, as Argo's `expand.Expand`. */
export function expandScope(scope: Record<string, string>): Json {
  const keys = Object.keys(scope).sort();
  const kept = keys.filter((key, index) => !(keys[index + 1] ?? '').startsWith(`${key}.`));
  const root: Json = {};
  for (const key of kept) {
    const parts = key.split('.');
    let node = root;
    for (let index = 0; index < parts.length - 1; index++) {
      const part = parts[index]!;
      if (typeof node[part] !== 'object' || node[part] === null) node[part] = {};
      node = node[part] as Json;
    }
    node[parts[parts.length - 1]!] = scope[key];
  }
  return root;
}

function tryExpression(expression: string, scope: Record<string, string>, strictness: Strictness): string | undefined {
  try {
    const value = evaluateExpr(expression, expandScope(scope));
    if (value === undefined || value === null) return undefined;
    return typeof value === 'string' ? value : JSON.stringify(value);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const name = /unknown name: (?:no member )?(\S+)/.exec(message)?.[1] ?? '';
    if (strictness === 'strict' || (strictness === 'dependencies' && /^(tasks|steps)$/.test(name))) throw new UnresolvedTagError(`failed to evaluate {{=${expression}}}: ${message}`);
    return undefined;
  }
}

function substituteJson<T>(value: T, scope: Record<string, string>, strictness: Strictness = 'lenient'): T {
  if (typeof value === 'string') return substitute(value, scope, strictness) as T;
  if (Array.isArray(value)) return value.map((item) => substituteJson(item, scope, strictness)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, substituteJson(item, scope, strictness)])) as T;
  return value;
}

function specOf(document: Json): Json {
  return (document.kind === 'CronWorkflow' ? (document.spec as Json).workflowSpec : document.spec) as Json;
}

function findTemplate(context: Context, document: Json, task: Json): { template: ArgoTemplate; document: Json } {
  const templateRef = task.templateRef as { name: string; template: string } | undefined;
  const owner = templateRef ? context.documents.find((candidate) => (candidate.metadata as Json).name === templateRef.name) : document;
  if (!owner) throw new Error(`No WorkflowTemplate "${templateRef!.name}"`);
  const name = templateRef ? templateRef.template : (task.template as string);
  const template = (specOf(owner).templates as ArgoTemplate[]).find((candidate) => candidate.name === name);
  if (!template) throw new Error(`No template "${name}"`);
  return { template, document: owner };
}

function describeLocation(artifact: Json): string | undefined {
  for (const store of ['s3', 'oss', 'gcs', 'azure', 'artifactory', 'hdfs', 'git', 'http', 'plugin']) if (artifact[store]) return `${store}:${JSON.stringify(artifact[store])}`;
  if (artifact.raw) return `raw:${(artifact.raw as Json).data as string}`;
  return undefined;
}

/**
 * Runs `template` of `document` with arguments; returns its node. `inputs.parameters` take the
 * arguments, else their defaults; input artifacts their `from`, else their own location.
 */
function invoke(context: Context, document: Json, template: ArgoTemplate, args: { parameters: Record<string, string>; artifacts: Record<string, string> }, start: number): Node {
  if (++context.depth > 200) throw new Error('Recursion deeper than 200 levels');
  try {
    // ProcessArgs: inputs take the arguments, else their defaults.
    const withInputs: ArgoTemplate = {
      ...template,
      ...(template.inputs && {
        inputs: {
          ...template.inputs,
          ...(template.inputs.parameters && {
            parameters: template.inputs.parameters.map((parameter) => {
              const value = args.parameters[parameter.name] ?? parameter.default ?? parameter.value;
              if (value === undefined) throw new Error(`Template "${template.name}" got no value for input "${parameter.name}"`);
              return { ...parameter, value };
            }),
          }),
        },
      }),
    };
    const inputArtifacts: Record<string, string> = {};
    for (const artifact of template.inputs?.artifacts ?? []) {
      const source = args.artifacts[artifact.name] ?? describeLocation(artifact as unknown as Json);
      if (source === undefined && !artifact.optional) throw new Error(`Template "${template.name}" got no artifact "${artifact.name}"`);
      if (source !== undefined) inputArtifacts[artifact.name] = source;
    }
    // SubstituteParams (workflow/common/util.go): globals and locals first, then the same plus
    // the inputs as they are after that pass, and output paths.
    const substituteParams = (subject: ArgoTemplate, locals: Record<string, string>): { resolved: ArgoTemplate; scope: Record<string, string> } => {
      const first = substituteJson(subject, locals);
      const scope: Record<string, string> = { ...locals, 'inputs.parameters': JSON.stringify(first.inputs?.parameters ?? null) };
      for (const parameter of first.inputs?.parameters ?? []) scope[`inputs.parameters.${parameter.name}`] = parameter.value!;
      for (const artifact of first.inputs?.artifacts ?? []) if (artifact.path) scope[`inputs.artifacts.${artifact.name}.path`] = artifact.path;
      for (const artifact of first.outputs?.artifacts ?? []) if (artifact.path) scope[`outputs.artifacts.${artifact.name}.path`] = artifact.path;
      for (const parameter of first.outputs?.parameters ?? []) if (parameter.valueFrom?.path) scope[`outputs.parameters.${parameter.name}.path`] = parameter.valueFrom.path;
      return { resolved: substituteJson(first, scope), scope };
    };
    const locals: Record<string, string> = { ...context.globals };
    if (template.container || template.containerSet || template.script || template.resource) locals['pod.name'] = `pod-${template.name}-${start}`;
    let { resolved, scope } = substituteParams(withInputs, locals);
    // A leaf with a retryStrategy is substituted once more for each attempt
    // (workflow/controller/operator.go, executeTemplate), now with `retries` known: what the
    // first call wrote is read again.
    if (template.retryStrategy && !resolved.dag && !resolved.steps) ({ resolved, scope } = substituteParams(resolved, { ...locals, retries: '0' }));
    for (const [name, source] of Object.entries(inputArtifacts)) scope[`inputs.artifacts.${name}`] = source;
    if (resolved.dag) return runDag(context, document, resolved, scope, start);
    if (resolved.steps) return runSteps(context, document, resolved, scope, start);
    return runLeaf(context, resolved, template.inputs?.artifacts ?? [], inputArtifacts, start);
  } finally {
    context.depth--;
  }
}

function runLeaf(context: Context, template: ArgoTemplate, declared: ReadonlyArray<{ name: string; path?: string }>, inputArtifacts: Record<string, string>, start: number): Node {
  const body = template.container ?? template.script;
  const kind = template.container ? 'container' : template.script ? 'script' : template.containerSet ? 'containerSet' : template.http ? 'http' : template.plugin ? 'plugin' : template.data ? 'data' : template.resource ? 'resource' : 'suspend';
  const artifacts: Record<string, string> = {};
  for (const artifact of declared) if (artifact.path && inputArtifacts[artifact.name]) artifacts[artifact.path] = inputArtifacts[artifact.name]!;
  const outputs = { parameters: {} as Record<string, string>, artifacts: {} as Record<string, string> };
  for (const parameter of template.outputs?.parameters ?? []) outputs.parameters[parameter.name] = JSON.stringify(parameter.valueFrom ?? {});
  for (const artifact of template.outputs?.artifacts ?? []) outputs.artifacts[artifact.name] = artifact.path ?? '';
  const run: LeafRun = {
    template: template.name,
    kind,
    ...(body && { image: body.image, argv: [...(body.command ?? []), ...(body.args ?? [])] }),
    ...(template.script && { source: template.script.source }),
    ...(body?.env && { env: Object.fromEntries(body.env.map((variable) => [variable.name, variable.value ?? JSON.stringify(variable.valueFrom)])) }),
    ...(Object.keys(artifacts).length > 0 && { artifacts }),
    ...(template.resource && { manifest: template.resource.manifest }),
    ...(template.suspend && { suspend: template.suspend.duration ?? '' }),
    ...(template.containerSet && { containers: template.containerSet.containers.map(containerRun) }),
    ...(template.http && { request: template.http }),
    ...(template.plugin && { plugin: template.plugin as Json }),
    ...(template.data && { data: template.data as unknown as Json }),
    ...(template.retryStrategy && { retry: template.retryStrategy as unknown as Json }),
    ...(template.memoize && { memoize: template.memoize as unknown as Json }),
    outputs,
    resolved: template,
  };
  const outcome = context.runner(run);
  const phase = outcome.phase ?? 'Succeeded';
  context.trace.push({ start, run, phase });
  const parameters: Record<string, string> = {};
  for (const parameter of template.outputs?.parameters ?? []) {
    const value = outcome.parameters?.[parameter.name] ?? parameter.valueFrom?.default;
    if (value !== undefined) {
      parameters[parameter.name] = value;
      if (parameter.globalName) context.globals[`workflow.outputs.parameters.${parameter.globalName}`] = value;
    }
  }
  const artifactIds: Record<string, string> = {};
  for (const artifact of template.outputs?.artifacts ?? []) artifactIds[artifact.name] = `artifact:${template.name}:${artifact.name}:${start}`;
  return { phase, end: start + (outcome.duration ?? 1), outputs: { ...(outcome.result !== undefined && { result: outcome.result }), parameters, artifacts: artifactIds }, looped: false };
}

function containerRun(container: ArgoContainerNode): ContainerRun {
  return {
    name: container.name,
    image: container.image,
    argv: [...(container.command ?? []), ...(container.args ?? [])],
    ...(container.env && { env: Object.fromEntries(container.env.map((variable) => [variable.name, variable.value ?? JSON.stringify(variable.valueFrom)])) }),
    ...(container.workingDir !== undefined && { workingDir: container.workingDir }),
    dependencies: container.dependencies ?? [],
  };
}

/** Scope entries a finished task offers to those that wait for it. */
function offer(scope: Record<string, string>, root: string, name: string, node: Node): void {
  scope[`${root}.${name}.status`] = node.phase;
  if (node.looped && node.aggregate) {
    scope[`${root}.${name}.outputs.result`] = node.aggregate.result;
    scope[`${root}.${name}.outputs.parameters`] = node.aggregate.list;
    for (const [key, value] of Object.entries(node.aggregate.parameters)) scope[`${root}.${name}.outputs.parameters.${key}`] = value;
    return;
  }
  if (node.outputs.result !== undefined) scope[`${root}.${name}.outputs.result`] = node.outputs.result;
  for (const [key, value] of Object.entries(node.outputs.parameters)) scope[`${root}.${name}.outputs.parameters.${key}`] = value;
  for (const [key, value] of Object.entries(node.outputs.artifacts)) scope[`${root}.${name}.outputs.artifacts.${key}`] = value;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Argo's `shouldExecute`: a substituted `when` holds, does not, or is not a govaluate expression. */
function shouldExecute(when: string | undefined): boolean | 'invalid' {
  if (when === undefined || when === '') return true;
  try {
    return evaluateWhen(when);
  } catch (error) {
    if (error instanceof WhenError) return 'invalid';
    throw error;
  }
}

/**
 * `resolveDependencyReferences`: the outputs of the tasks waited for must resolve, loop items
 * stay. From 4.1 (also 4.0.3+, 3.7.12+) the `when` is substituted alone first, and a `when`
 * that is then false returns the task with nothing else substituted; a `when` that is not yet an
 * expression (it holds an item's tag) is an error only for a task without a loop.
 */
function resolveDependencies(context: Context, task: ArgoTask, scope: Record<string, string>): ArgoTask {
  const looped = task.withItems !== undefined || task.withParam !== undefined;
  if (context.whenFirst && task.when !== undefined) {
    const when = substitute(task.when, scope, 'dependencies');
    const proceed = shouldExecute(when);
    if (proceed === 'invalid' && !looped) evaluateWhen(when);
    if (proceed === false) return { ...task, when };
  }
  return substituteJson(task, scope, 'dependencies');
}

/** Runs one task or step, with its loop: substitution, items, `when`, the call. */
function runTask(context: Context, document: Json, task: ArgoTask, scope: Record<string, string>, start: number): Node {
  const resolved = resolveDependencies(context, task, scope);
  let items: unknown[] | undefined;
  if (resolved.withItems) items = resolved.withItems;
  else if (resolved.withParam !== undefined) {
    const parsed = parseJson(resolved.withParam);
    if (!Array.isArray(parsed)) throw new Error(`withParam of "${task.name}" is not a JSON list: ${resolved.withParam}`);
    items = parsed;
  }
  // processItem: a `when` already false lets the item's tags stay unresolved (the task will not run).
  const strictness: Strictness = shouldExecute(resolved.when) === false ? 'lenient' : 'strict';
  const instances = (items ?? [undefined]).map((item) => {
    if (item === undefined) return resolved;
    const itemScope: Record<string, string> = { item: typeof item === 'string' ? item : JSON.stringify(item) };
    if (item && typeof item === 'object') for (const [key, value] of Object.entries(item)) itemScope[`item.${key}`] = typeof value === 'string' ? value : JSON.stringify(value);
    // Loop expansion reads the whole task again (its items too) and resolves every tag.
    const expanded = substituteJson(resolved, context.loopSeesScope ? { ...scope, ...itemScope } : itemScope, strictness);
    return { ...expanded, withItems: undefined, withParam: undefined };
  });
  const children: Node[] = [];
  for (const instance of instances) {
    if (instance.when !== undefined && !evaluateWhen(instance.when)) {
      children.push({ phase: 'Skipped', end: start, outputs: { parameters: {}, artifacts: {} }, looped: false });
      continue;
    }
    const { template, document: owner } = findTemplate(context, document, instance as unknown as Json);
    const parameters = Object.fromEntries((instance.arguments?.parameters ?? []).map((parameter) => [parameter.name, parameter.value ?? '']));
    const artifacts = Object.fromEntries((instance.arguments?.artifacts ?? []).map((artifact) => [artifact.name, artifact.from ?? describeLocation(artifact as unknown as Json) ?? '']));
    for (const value of [...Object.values(parameters), ...Object.values(artifacts)]) {
      if (/\{\{(=|(tasks|steps|inputs|item)\b)/.test(value)) throw new Error(`Task "${task.name}" passes an unresolved value: ${value}`);
    }
    children.push(invoke(context, owner, template, { parameters, artifacts }, start));
  }
  // Argo lists every failed node: a task's under its name and template, a map item's as `name(i:…)`.
  const templateName = task.template ?? (task.templateRef as { template: string } | undefined)?.template ?? '';
  const failed = (displayName: string) => context.failures.push({ displayName, templateName, phase: 'Failed' });
  if (items === undefined) {
    if (children[0]!.phase === 'Failed') failed(task.name);
    return children[0]!;
  }
  for (const [index, child] of children.entries()) if (child.phase === 'Failed') failed(`${task.name}(${index}:${JSON.stringify(items[index])})`);
  if (children.some((child) => child.phase === 'Failed')) failed(task.name);
  const phase: Phase = children.some((child) => child.phase === 'Failed') ? 'Failed' : children.length === 0 || children.every((child) => child.phase === 'Skipped') ? 'Skipped' : 'Succeeded';
  const end = Math.max(start, ...children.map((child) => child.end));
  // A loop without items is a Skipped node with no outputs at all.
  if (children.length === 0) return { phase, end, outputs: { parameters: {}, artifacts: {} }, looped: true };
  return { phase, end, outputs: { parameters: {}, artifacts: {} }, aggregate: aggregateOutputs(children), looped: true };
}

/**
 * A loop's outputs as Argo aggregates them from the iterations that succeeded
 * (`processAggregateNodeOutputs`): the results as one JSON list, every iteration's parameters as
 * a list of maps, and each parameter by name once an iteration produced it, its values decoded
 * if every one of them is a JSON list or object, else kept as text (`aggregatedJSONValueList`,
 * Argo 3.6 and later; 3.5 kept them as text).
 */
function aggregateOutputs(children: ReadonlyArray<Node>): NonNullable<Node['aggregate']> {
  const succeeded = children.filter((child) => child.phase === 'Succeeded');
  const withParameters = succeeded.filter((child) => Object.keys(child.outputs.parameters).length > 0);
  const byName = new Map<string, string[]>();
  for (const child of withParameters) for (const [name, value] of Object.entries(child.outputs.parameters)) byName.set(name, [...(byName.get(name) ?? []), value]);
  const valueList = (values: string[]) => {
    const decoded = values.map(parseJson);
    return JSON.stringify(decoded.every((value) => typeof value === 'object' && value !== null) ? decoded : values);
  };
  return {
    result: JSON.stringify(succeeded.filter((child) => child.outputs.result !== undefined).map((child) => parseJson(child.outputs.result!))),
    list: JSON.stringify(withParameters.map((child) => child.outputs.parameters)),
    parameters: Object.fromEntries([...byName].map(([name, values]) => [name, valueList(values)])),
  };
}

const RESULTS = ['Succeeded', 'Failed', 'Errored', 'Skipped', 'Omitted', 'Daemoned'];

/** Whether a `depends` expression holds, given the phases of the tasks it names. */
function dependsHolds(expression: string, phases: Record<string, Phase>): boolean {
  const text = expression.replace(/([A-Za-z0-9][-A-Za-z0-9]*)(\.(Succeeded|Failed|Errored|Skipped|Omitted|Daemoned|AnySucceeded|AllFailed))?/g, (_, name: string, __, result: string | undefined) => {
    const phase = phases[name];
    if (phase === undefined) throw new Error(`depends names unknown task "${name}"`);
    if (result === undefined) return String(phase === 'Succeeded' || phase === 'Skipped');
    if (result === 'AnySucceeded') return String(phase === 'Succeeded');
    if (result === 'AllFailed') return String(phase === 'Failed');
    return String(RESULTS.includes(result) && phase === result);
  });
  return evaluateWhen(text);
}

function dependencyNames(task: ArgoTask): string[] {
  const names = new Set(task.dependencies ?? []);
  for (const match of (task.depends ?? '').matchAll(/([A-Za-z0-9][-A-Za-z0-9]*)(?:\.[A-Za-z]+)?/g)) names.add(match[1]!);
  return [...names];
}

function templateOutputs(template: ArgoTemplate, scope: Record<string, string>, node: Node): void {
  for (const parameter of template.outputs?.parameters ?? []) {
    const from = parameter.valueFrom;
    let value: string | undefined;
    if (from?.parameter !== undefined) value = substitute(from.parameter, scope);
    else if (from?.expression !== undefined) {
      const result = evaluateExpr(from.expression, expandScope(scope));
      value = typeof result === 'string' ? result : JSON.stringify(result);
    }
    if (value !== undefined) node.outputs.parameters[parameter.name] = value;
  }
  for (const artifact of template.outputs?.artifacts ?? []) {
    if (artifact.from !== undefined) node.outputs.artifacts[artifact.name] = substitute(artifact.from, scope);
    else if (artifact.fromExpression !== undefined) node.outputs.artifacts[artifact.name] = String(evaluateExpr(artifact.fromExpression, expandScope(scope)));
  }
}

/** The `inputs.parameters.<name>` entries of a template's scope. */
function inputParameters(scope: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(scope).filter(([key]) => key.startsWith('inputs.parameters.')));
}

function runDag(context: Context, document: Json, template: ArgoTemplate, inherited: Record<string, string>, start: number): Node {
  const tasks = template.dag!.tasks;
  const nodes = new Map<string, Node>();
  // Tasks see the globals, the template's input parameters (`createScope`) and what their
  // dependencies offer.
  const scope: Record<string, string> = { ...context.globals, ...inputParameters(inherited) };
  const pending = [...tasks];
  const handled = new Set<string>();
  while (pending.length > 0) {
    const index = pending.findIndex((task) => dependencyNames(task).every((name) => nodes.has(name)));
    if (index === -1) throw new Error(`DAG "${template.name}" is stuck: ${pending.map((task) => task.name).join(', ')}`);
    const task = pending.splice(index, 1)[0]!;
    const dependencies = dependencyNames(task);
    const phases = Object.fromEntries(dependencies.map((name) => [name, nodes.get(name)!.phase]));
    const begin = Math.max(start, ...dependencies.map((name) => nodes.get(name)!.end));
    for (const match of (task.depends ?? '').matchAll(/([A-Za-z0-9][-A-Za-z0-9]*)\.(Failed|Errored|AnySucceeded|AllFailed)/g)) handled.add(match[1]!);
    let node: Node;
    const proceed = task.depends !== undefined ? dependsHolds(task.depends, phases) : dependencies.every((name) => ['Succeeded', 'Skipped'].includes(phases[name]!) || tasks.find((other) => other.name === name)!.continueOn !== undefined);
    if (!proceed) node = { phase: 'Omitted', end: begin, outputs: { parameters: {}, artifacts: {} }, looped: false };
    else node = runTask(context, document, task, scope, begin);
    if (task.continueOn) handled.add(task.name);
    nodes.set(task.name, node);
    offer(scope, 'tasks', task.name, node);
  }
  const failed = [...nodes.entries()].some(([name, node]) => node.phase === 'Failed' && !handled.has(name));
  const node: Node = { phase: failed ? 'Failed' : 'Succeeded', end: Math.max(start, ...[...nodes.values()].map((child) => child.end)), outputs: { parameters: {}, artifacts: {} }, looped: false };
  if (!failed) templateOutputs(template, scope, node);
  return node;
}

function runSteps(context: Context, document: Json, template: ArgoTemplate, inherited: Record<string, string>, start: number): Node {
  const scope: Record<string, string> = { ...context.globals, ...inputParameters(inherited) };
  let clock = start;
  let failed = false;
  for (const group of template.steps!) {
    const nodes = group.map((step) => ({ step, node: failed ? undefined : runTask(context, document, step, scope, clock) }));
    for (const { step, node } of nodes) {
      if (!node) continue;
      offer(scope, 'steps', step.name, node);
      if (node.phase === 'Failed' && !step.continueOn) failed = true;
    }
    clock = Math.max(clock, ...nodes.map(({ node }) => node?.end ?? clock));
  }
  const node: Node = { phase: failed ? 'Failed' : 'Succeeded', end: clock, outputs: { parameters: {}, artifacts: {} }, looped: false };
  if (!failed) templateOutputs(template, scope, node);
  return node;
}

/**
 * Runs the entrypoint (or `entry`) of the first document, then its exit handler, and returns
 * every leaf run in the order it happened.
 */
export function simulateArgo(
  documents: ReadonlyArray<Json> | Json,
  runner: Runner,
  options: { entry?: string; arguments?: Record<string, string>; workflowName?: string; argoVersion?: ArgoVersion } = {},
): Simulation {
  const list = Array.isArray(documents) ? documents : [documents as Json];
  const main = list[0]!;
  const spec = specOf(main);
  const globals: Record<string, string> = { 'workflow.name': options.workflowName ?? 'wf-abc12', 'workflow.namespace': 'argo', 'workflow.uid': 'uid-1', 'workflow.duration': '42', 'workflow.serviceAccountName': 'default' };
  const declared = ((spec.arguments as Json | undefined)?.parameters as Array<{ name: string; value?: string }> | undefined) ?? [];
  for (const parameter of declared) {
    const value = options.arguments?.[parameter.name] ?? parameter.value;
    if (value !== undefined) globals[`workflow.parameters.${parameter.name}`] = value;
  }
  const version = options.argoVersion ?? DEFAULT_ARGO_VERSION;
  const context: Context = { documents: list, runner, trace: [], globals, failures: [], loopSeesScope: argoVersionAtLeast(version, '4.0'), whenFirst: argoVersionAtLeast(version, '4.1'), depth: 0 };
  const entry = options.entry ?? (spec.entrypoint as string);
  const template = (spec.templates as ArgoTemplate[]).find((candidate) => candidate.name === entry)!;
  // The entrypoint's inputs come from the workflow's arguments.
  const node = invoke(context, main, template, { parameters: { ...Object.fromEntries(declared.map((parameter) => [parameter.name, globals[`workflow.parameters.${parameter.name}`] ?? ''])), ...options.arguments }, artifacts: {} }, 0);
  const phase = node.phase === 'Failed' ? 'Failed' : 'Succeeded';
  if (spec.onExit) {
    globals['workflow.status'] = phase;
    if (phase === 'Failed') context.failures.push({ displayName: globals['workflow.name']!, templateName: entry, phase: 'Failed' });
    // As Argo v4.1 keeps it: JSON text quoted once more (strconv.Quote), "null" when none failed.
    globals['workflow.failures'] = JSON.stringify(JSON.stringify(context.failures.length > 0 ? context.failures : null));
    const exit = (spec.templates as ArgoTemplate[]).find((candidate) => candidate.name === spec.onExit)!;
    invoke(context, main, exit, { parameters: {}, artifacts: {} }, node.end);
  }
  return { trace: context.trace, phase, outputs: node.outputs.parameters, ...(globals['workflow.failures'] !== undefined && { failures: globals['workflow.failures'] }) };
}
