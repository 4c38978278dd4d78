import { refsOfCondition } from '../schema/condition';
import type { PluginConfigValue, Step } from '../schema/step';
import { isConcat, isRef, type Ref, type Value } from '../schema/value';

/** A reference and where in its step it stands (relative path, e.g. `['container', 'args', 0]`). */
export interface LocatedRef {
  readonly ref: Ref;
  readonly path: ReadonlyArray<string | number>;
}

type Path = ReadonlyArray<string | number>;

/**
 * Visits every reference a step makes, with where it stands: `base`, then `last` when given (the
 * path is built only by callers that want it, so walking every step allocates nothing per step).
 */
export type StepRefVisitor = (ref: Ref, base: Path, last?: string | number) => void;

const IMAGE_PATHS: Readonly<Record<string, Path>> = { container: ['container', 'image'], script: ['script', 'image'] };
const ARGS_PATHS: Readonly<Record<string, string[]>> = { container: ['container', 'args'], script: ['script', 'args'], job: ['job', 'args'] };
const HTTP_URL: Path = ['http', 'url'];
const HTTP_BODY: Path = ['http', 'body'];
const WHEN: Path = ['when'];
const MAP_FROM: Path = ['map', 'from'];

function visitValue(value: Value | undefined, visit: StepRefVisitor, base: Path, last?: string | number): void {
  if (value === undefined || typeof value === 'string') return;
  if (!isConcat(value)) {
    visit(value, base, last);
    return;
  }
  for (const part of value.concat) if (isRef(part)) visit(part, base, last);
}

function mayHoldRefs(value: Value | undefined): boolean {
  return value !== undefined && typeof value !== 'string';
}

function visitValues(values: ReadonlyArray<Value> | undefined, visit: StepRefVisitor, base: Path): void {
  if (values === undefined) return;
  for (let index = 0; index < values.length; index++) visitValue(values[index], visit, base, index);
}

/** References in a plugin's configuration, at any depth (see `PluginConfigValue`). */
function visitPluginConfig(value: PluginConfigValue, visit: StepRefVisitor, path: Path): void {
  if (typeof value !== 'object') return;
  if (isRef(value) || isConcat(value)) {
    visitValue(value, visit, path);
    return;
  }
  const entries: Array<[string | number, PluginConfigValue]> = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
  for (const [key, item] of entries) visitPluginConfig(item, visit, [...path, key]);
}

/** The command-line arguments of a step, if its kind has them. */
function argValuesOf(step: Step): ReadonlyArray<Value> | undefined {
  return step.kind === 'container' ? step.container.args : step.kind === 'script' ? step.script.args : step.kind === 'job' ? step.job.args : undefined;
}

/** The command-line arguments of a step, wherever its kind keeps them. */
export function argsOfStep(step: Step): { args: ReadonlyArray<Value> | undefined; path: string[] } {
  const args = argValuesOf(step);
  return { args, path: args === undefined && !(step.kind in ARGS_PATHS) ? [] : [...ARGS_PATHS[step.kind]!] };
}

/** Every reference a step makes (see `refsOfStep`), in the same order, to `visit`. */
export function visitRefsOfStep(step: Step, visit: StepRefVisitor): void {
  const body = step.kind === 'container' ? step.container : step.kind === 'script' ? step.script : undefined;
  if (body) visitValue(body.image, visit, IMAGE_PATHS[step.kind]!);
  const args = argValuesOf(step);
  if (args !== undefined) visitValues(args, visit, ARGS_PATHS[step.kind]!);
  if (step.kind === 'job') {
    for (const [role, replica] of Object.entries(step.job.replicas)) visitValues(replica.args, visit, ['job', 'replicas', role, 'args']);
  }
  if (step.kind === 'containerSet') {
    for (const container of step.containerSet.containers) visitValues(container.args, visit, ['containerSet', 'containers', container.name, 'args']);
  }
  if (step.kind === 'http') {
    visitValue(step.http.url, visit, HTTP_URL);
    step.http.headers?.forEach((header, index) => {
      if (mayHoldRefs(header.value)) visitValue(header.value, visit, ['http', 'headers', index, 'value']);
    });
    visitValue(step.http.body, visit, HTTP_BODY);
  }
  if (step.kind === 'plugin') visitPluginConfig(step.plugin.config, visit, ['plugin', 'config']);
  // Paths are made only for values that may hold a reference: most are plain strings.
  step.env?.forEach((variable, index) => {
    if (mayHoldRefs(variable.value)) visitValue(variable.value, visit, ['env', variable.name || index, 'value']);
  });
  step.inputs?.parameters?.forEach((parameter) => {
    if (mayHoldRefs(parameter.value)) visitValue(parameter.value, visit, ['inputs', 'parameters', parameter.name, 'value']);
  });
  step.inputs?.artifacts?.forEach((artifact) => {
    if (artifact.from) visit(artifact.from, ['inputs', 'artifacts', artifact.name, 'from']);
  });
  if (step.kind === 'subWorkflow') {
    for (const argument of step.subWorkflow.artifacts ?? []) if (argument.from) visit(argument.from, ['subWorkflow', 'artifacts', argument.name, 'from']);
  }
  if (step.when !== undefined) for (const ref of refsOfCondition(step.when)) visit(ref, WHEN);
  if (step.map?.from) visit(step.map.from, MAP_FROM);
  const sequence = step.map?.sequence;
  if (sequence) {
    for (const key of SEQUENCE_BOUNDS) {
      const bound = sequence[key];
      if (typeof bound === 'object') visit(bound, SEQUENCE_PATHS[key]);
    }
  }
}

/** A sequence's bounds that may come from a step or a parameter, and their paths. */
const SEQUENCE_BOUNDS = ['count', 'start', 'end'] as const;
const SEQUENCE_PATHS = { count: ['map', 'sequence', 'count'], start: ['map', 'sequence', 'start'], end: ['map', 'sequence', 'end'] } as const;

/**
 * Every reference a step makes — in its image, args, http request, env, inputs, its condition and its map — with the
 * path of each. The graph builds data edges from these and validation checks each one.
 */
export function refsOfStep(step: Step): LocatedRef[] {
  const out: LocatedRef[] = [];
  visitRefsOfStep(step, (ref, base, last) => out.push({ ref, path: last === undefined ? [...base] : [...base, last] }));
  return out;
}

/** Names of the steps whose outputs this step reads, in first-use order, without repeats. */
export function dataDependenciesOf(step: Step): string[] {
  const seen = new Set<string>();
  visitRefsOfStep(step, (ref) => {
    if (ref.ref === 'step') seen.add(ref.step);
  });
  return [...seen];
}
