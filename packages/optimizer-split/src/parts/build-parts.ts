import {
  DNS1123_LABEL_MAX_LENGTH,
  isConcat,
  isRef,
  parseDependsExpression,
  type DependsExpression,
  type Group,
  type Step,
  type Workflow,
  type WorkflowParameter,
} from '@couler/ir';
import type { SplitGraph } from '../graph/split-graph';
import { CrossingNames } from './crossing-names';
import type { SplitCrossing } from './split-types';

/** The name of part `index` (0-based): `<workflow>-part-<index + 1>`, a DNS-1123 label. */
export function partName(workflowName: string, index: number): string {
  const suffix = `-part-${index + 1}`;
  const base = workflowName.slice(0, DNS1123_LABEL_MAX_LENGTH - suffix.length).replace(/-+$/, '');
  return `${base}${suffix}`;
}

/**
 * Turns an assignment of steps to parts into sub-workflows. In each part, a reference to an
 * output of a step in another part becomes a reference to a workflow parameter of the part
 * (declared with the output's type); an artifact read from another part is read from its
 * location; dependencies on steps of other parts are dropped (the part as a whole waits for
 * those parts). A sub-workflow call stays whole in one part, which carries the definitions it
 * uses. Everything else is kept as written.
 */
export function buildParts(graph: SplitGraph, partOfUnit: Int32Array, partCount: number): { parts: Workflow[]; crossings: SplitCrossing[]; partOfStep: Map<string, number> } {
  const workflow = graph.workflow;
  const partOfStep = new Map<string, number>();
  for (const [index, step] of graph.steps.entries()) partOfStep.set(step.name, partOfUnit[graph.unitOfStep[index]!]!);
  const stepByName = new Map(graph.steps.map((step) => [step.name, step]));
  const names = new CrossingNames((workflow.spec.parameters ?? []).map((parameter) => parameter.name));
  const crossings = new Map<string, { crossing: SplitCrossing; consumers: Map<string, { step: string; part: number }> }>();
  const imports: Array<Map<string, WorkflowParameter>> = Array.from({ length: partCount }, () => new Map());

  const cross = (kind: 'parameter' | 'artifact', producerName: string, output: string, consumer: string, part: number): string => {
    const key = `${producerName}\u0000${output}`;
    let entry = crossings.get(key);
    if (!entry) {
      const producer = stepByName.get(producerName)!;
      const type = kind === 'parameter' ? outputType(producer, output) : undefined;
      const crossing: SplitCrossing = {
        kind,
        name: kind === 'parameter' ? names.nameFor(producerName, output) : `${producerName}.${output}`,
        producer: { step: producerName, output, part: partOfStep.get(producerName)! },
        consumers: [],
        ...(type !== undefined && { type }),
      };
      entry = { crossing, consumers: new Map() };
      crossings.set(key, entry);
    }
    entry.consumers.set(`${part}\u0000${consumer}`, { step: consumer, part });
    const { crossing } = entry;
    if (kind === 'parameter' && !imports[part]!.has(crossing.name)) {
      imports[part]!.set(crossing.name, {
        name: crossing.name,
        ...(crossing.type !== undefined && { type: crossing.type }),
        description: `Output "${output}" of step "${producerName}", from part ${crossing.producer.part + 1}.`,
      });
    }
    return crossing.name;
  };

  const stepsOfPart: Step[][] = Array.from({ length: partCount }, () => []);
  workflow.spec.steps.forEach((step, index) => {
    const part = partOfStep.get(step.name)!;
    // Most steps wait only for steps of their own part: kept as they are, without a copy.
    if (waitsOnlyWithin(graph, partOfUnit, index, part)) {
      stepsOfPart[part]!.push(step);
      return;
    }
    const inOtherPart = (name: string) => partOfStep.has(name) && partOfStep.get(name) !== part;
    const rewrite = (value: unknown): unknown => rewriteRefs(value, (producer, output) => (inOtherPart(producer) ? cross('parameter', producer, output, step.name, part) : undefined));
    stepsOfPart[part]!.push(rewriteStep(step, inOtherPart, rewrite, (artifactFrom) => {
      cross('artifact', artifactFrom.step, artifactFrom.output, step.name, part);
      return stepByName.get(artifactFrom.step)!.outputs!.artifacts!.find((artifact) => artifact.name === artifactFrom.output)!.location!;
    }));
  });

  const { steps: _steps, onExit: _onExit, groups, parameters, cron: _cron, subWorkflows, ...settings } = workflow.spec;
  const groupsOfPart = groupsByPart(groups ?? [], partOfStep, partCount);
  const parts = stepsOfPart.map((steps, part): Workflow => {
    const partGroups = groupsOfPart[part]!.map((group) =>
      group.kind === 'while' ? (rewriteRefs(group, (producer, output) => (partOfStep.get(producer) !== part ? cross('parameter', producer, output, group.name, part) : undefined)) as Group) : group,
    );
    const partParameters = [...(parameters ?? []), ...imports[part]!.values()];
    // A part carries the definitions its calls use (nested ones too), unchanged: a call is never
    // cut, so every definition stays whole and shared by the calls of the part.
    const called = new Set(graph.callWeights.definitionsCalledBy(steps));
    const partDefinitions = (subWorkflows ?? []).filter((definition) => called.has(definition.name));
    return {
      apiVersion: workflow.apiVersion,
      kind: workflow.kind,
      metadata: { ...workflow.metadata, name: partName(workflow.metadata.name, part) },
      spec: {
        ...(partParameters.length > 0 && { parameters: partParameters }),
        steps,
        ...(partGroups.length > 0 && { groups: partGroups }),
        ...(partDefinitions.length > 0 && { subWorkflows: partDefinitions }),
        ...settings,
      },
    };
  });

  const list = [...crossings.values()].map(({ crossing, consumers }) => ({
    ...crossing,
    consumers: [...consumers.values()].sort((a, b) => a.part - b.part || (a.step < b.step ? -1 : a.step > b.step ? 1 : 0)),
  }));
  list.sort((a, b) => a.producer.part - b.producer.part || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { parts, crossings: list, partOfStep };
}

/** The declared type of an output as a parameter of the reading part. */
function outputType(step: Step, output: string): WorkflowParameter['type'] {
  if (step.map !== undefined) return 'list';
  return step.outputs?.parameters?.find((parameter) => parameter.name === output)?.type;
}

type CrossRef = (producer: string, output: string) => string | undefined;

/** A copy of `value` with each step reference `cross` names replaced by a parameter reference. */
function rewriteRefs(value: unknown, cross: CrossRef): unknown {
  if (Array.isArray(value)) return value.map((item) => rewriteRefs(item, cross));
  if (value === null || typeof value !== 'object') return value;
  if (isRef(value)) {
    if (value.ref !== 'step') return value;
    const name = cross(value.step, value.output);
    return name === undefined ? value : { ref: 'parameter', name };
  }
  if (isConcat(value)) return { concat: value.concat.map((part) => rewriteRefs(part, cross)) };
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = rewriteRefs(item, cross);
  return copy;
}

function rewriteStep(step: Step, inOtherPart: (name: string) => boolean, rewrite: (value: unknown) => unknown, locationOf: (from: { step: string; output: string }) => unknown): Step {
  const { dependencies, depends, inputs, ...rest } = step;
  const copy = rewrite(rest) as Record<string, unknown>;
  const keptDependencies = dependencies?.filter((name) => !inOtherPart(name));
  if (keptDependencies?.length) copy.dependencies = keptDependencies;
  if (depends !== undefined) {
    const kept = keptDepends(depends, inOtherPart);
    if (kept !== undefined) copy.depends = kept;
  }
  if (inputs !== undefined) {
    const artifacts = inputs.artifacts?.map((artifact) => {
      if (!artifact.from || !inOtherPart(artifact.from.step)) return artifact;
      const { from, ...others } = artifact;
      return { ...others, location: locationOf(from) };
    });
    copy.inputs = {
      ...(inputs.parameters && { parameters: rewrite(inputs.parameters) }),
      ...(artifacts && { artifacts }),
    };
  }
  // Keep the schema's key order: name and kind first reads best in every serialisation.
  return { ...copy, name: step.name, kind: step.kind } as Step;
}

/**
 * A `depends` expression without the terms naming other parts. Only conjunctions of successes
 * reach here with such terms (anything else binds its steps into one part); `undefined` when no
 * term is left.
 */
function keptDepends(depends: string, inOtherPart: (name: string) => boolean): string | undefined {
  const terms: string[] = [];
  let crossesParts = false;
  const collect = (expression: DependsExpression): void => {
    if (expression.type === 'task') {
      if (inOtherPart(expression.step)) crossesParts = true;
      else terms.push(expression.result === undefined ? expression.step : `${expression.step}.${expression.result}`);
    } else if (expression.type === 'and') {
      collect(expression.left);
      collect(expression.right);
    }
  };
  const parsed = parseDependsExpression(depends);
  collect(parsed);
  if (!crossesParts) return depends;
  return terms.length > 0 ? terms.join(' && ') : undefined;
}

/** Whether every step `index` waits for is in `part`. */
function waitsOnlyWithin(graph: SplitGraph, partOfUnit: Int32Array, index: number, part: number): boolean {
  for (const before of graph.stepPredecessors[index]!) if (partOfUnit[graph.unitOfStep[before]!] !== part) return false;
  return true;
}

const NO_GROUPS: never[] = [];

/**
 * Each part's groups, in workflow order, as they stand in it: a while loop whole in the part of
 * its steps (they are bound together), a concurrent group cut to its branches' steps there.
 * One pass over the groups' members, however many parts there are.
 */
function groupsByPart(groups: ReadonlyArray<Group>, partOfStep: ReadonlyMap<string, number>, partCount: number): Group[][] {
  const byPart: Group[][] = new Array(partCount).fill(NO_GROUPS);
  const add = (part: number, group: Group) => {
    if (byPart[part] === NO_GROUPS) byPart[part] = [];
    byPart[part]!.push(group);
  };
  for (const group of groups) {
    if (group.kind === 'while') {
      const part = partOfStep.get(group.steps[0]!);
      if (part !== undefined) add(part, group);
      continue;
    }
    const branchesOfPart = new Map<number, string[][]>();
    for (const branch of group.branches) {
      const namesOfPart = new Map<number, string[]>();
      for (const name of branch) {
        const part = partOfStep.get(name);
        if (part === undefined) continue;
        const names = namesOfPart.get(part);
        if (names) names.push(name);
        else namesOfPart.set(part, [name]);
      }
      for (const [part, names] of namesOfPart) {
        const branches = branchesOfPart.get(part);
        if (branches) branches.push(names);
        else branchesOfPart.set(part, [names]);
      }
    }
    for (const [part, branches] of branchesOfPart) add(part, { ...group, branches });
  }
  return byPart;
}
