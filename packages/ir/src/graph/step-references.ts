import { refsOfCondition } from '../schema/condition';
import type { Step } from '../schema/step';
import { refsOfValue, type Ref, type Value } from '../schema/value';

/** A reference and where in its step it stands (relative path, e.g. `['container', 'args', 0]`). */
export interface LocatedRef {
  readonly ref: Ref;
  readonly path: ReadonlyArray<string | number>;
}

function pushValues(out: LocatedRef[], values: ReadonlyArray<Value> | undefined, path: ReadonlyArray<string | number>) {
  values?.forEach((value, index) => {
    for (const ref of refsOfValue(value)) out.push({ ref, path: [...path, index] });
  });
}

/** The command-line arguments of a step, wherever its kind keeps them. */
export function argsOfStep(step: Step): { args: ReadonlyArray<Value> | undefined; path: string[] } {
  switch (step.kind) {
    case 'container':
      return { args: step.container.args, path: ['container', 'args'] };
    case 'script':
      return { args: step.script.args, path: ['script', 'args'] };
    case 'job':
      return { args: step.job.args, path: ['job', 'args'] };
    default:
      return { args: undefined, path: [] };
  }
}

/**
 * Every reference a step makes — in its image, args, http request, env, inputs, its condition and its map — with the
 * path of each. The graph builds data edges from these and validation checks each one.
 */
export function refsOfStep(step: Step): LocatedRef[] {
  const out: LocatedRef[] = [];
  const body = step.kind === 'container' ? step.container : step.kind === 'script' ? step.script : undefined;
  if (body) for (const ref of refsOfValue(body.image)) out.push({ ref, path: [step.kind, 'image'] });
  const { args, path } = argsOfStep(step);
  pushValues(out, args, path);
  if (step.kind === 'job') {
    for (const [role, replica] of Object.entries(step.job.replicas)) {
      pushValues(out, replica.args, ['job', 'replicas', role, 'args']);
    }
  }
  if (step.kind === 'containerSet') {
    for (const container of step.containerSet.containers) pushValues(out, container.args, ['containerSet', 'containers', container.name, 'args']);
  }
  if (step.kind === 'http') {
    for (const ref of refsOfValue(step.http.url)) out.push({ ref, path: ['http', 'url'] });
    step.http.headers?.forEach((header, index) => {
      for (const ref of refsOfValue(header.value)) out.push({ ref, path: ['http', 'headers', index, 'value'] });
    });
    for (const ref of refsOfValue(step.http.body)) out.push({ ref, path: ['http', 'body'] });
  }
  step.env?.forEach((variable, index) => {
    for (const ref of refsOfValue(variable.value)) out.push({ ref, path: ['env', variable.name || index, 'value'] });
  });
  step.inputs?.parameters?.forEach((parameter) => {
    for (const ref of refsOfValue(parameter.value)) {
      out.push({ ref, path: ['inputs', 'parameters', parameter.name, 'value'] });
    }
  });
  step.inputs?.artifacts?.forEach((artifact) => {
    if (artifact.from) out.push({ ref: artifact.from, path: ['inputs', 'artifacts', artifact.name, 'from'] });
  });
  for (const ref of refsOfCondition(step.when)) out.push({ ref, path: ['when'] });
  if (step.map?.from) out.push({ ref: step.map.from, path: ['map', 'from'] });
  for (const key of ['count', 'start', 'end'] as const) {
    const bound = step.map?.sequence?.[key];
    if (typeof bound === 'object') out.push({ ref: bound, path: ['map', 'sequence', key] });
  }
  return out;
}

/** Names of the steps whose outputs this step reads, in first-use order, without repeats. */
export function dataDependenciesOf(step: Step): string[] {
  const seen = new Set<string>();
  for (const { ref } of refsOfStep(step)) if (ref.ref === 'step') seen.add(ref.step);
  return [...seen];
}
