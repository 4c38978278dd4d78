import type { Step, Workflow } from '@couler/ir';

/** The constructs of Tables I and II of the Couler tech report, as they show in the IR. */
export const WORKFLOW_CONSTRUCTS = [
  'run-container',
  'run-script',
  'run-job',
  'training-job',
  'when',
  'map',
  'concurrent',
  'fan-in',
  'exec-while',
  'exit-handler',
  'workflow-parameter',
  'artifact-parameter',
  'artifact-local',
  'artifact-s3',
  'artifact-oss',
  'artifact-gcs',
  'artifact-hdfs',
  'artifact-git',
  'artifact-http',
  'secret',
  'retry',
  'cache',
  'resources',
] as const;

export type WorkflowConstruct = (typeof WORKFLOW_CONSTRUCTS)[number];

/** Steps the answer must have: at least `atLeast` (default 1) whose text holds one of the words. */
export interface StepExpectation {
  readonly id: string;
  /** Lowercase words looked for in the step's name, image, command, arguments and script. */
  readonly anyOf: ReadonlyArray<string>;
  readonly atLeast?: number;
}

/** What a correct answer to a task has, checked on its IR, never on its wording. */
export interface WorkflowProperties {
  readonly minSteps?: number;
  readonly steps?: ReadonlyArray<StepExpectation>;
  /** `[a, b]`: a step matching expectation `a` runs before one matching `b` (b depends on it, directly or not). */
  readonly order?: ReadonlyArray<readonly [string, string]>;
  readonly constructs?: ReadonlyArray<WorkflowConstruct>;
  /** Words each of which some workflow parameter's name holds. */
  readonly parameters?: ReadonlyArray<string>;
}

export interface PropertyCheck {
  readonly ok: boolean;
  /** What the workflow lacks, one sentence each. */
  readonly failures: ReadonlyArray<string>;
}

/** Checks a generated workflow against a task's properties. */
export function checkWorkflowProperties(workflow: Workflow, properties: WorkflowProperties): PropertyCheck {
  const all = [...workflow.spec.steps, ...(workflow.spec.onExit ?? [])];
  const failures: string[] = [];
  if (properties.minSteps !== undefined && all.length < properties.minSteps) failures.push(`has ${all.length} steps, fewer than ${properties.minSteps}`);
  const matches = new Map<string, Step[]>();
  for (const expectation of properties.steps ?? []) {
    const found = all.filter((step) => expectation.anyOf.some((word) => stepText(step).includes(word.toLowerCase())));
    matches.set(expectation.id, found);
    if (found.length < (expectation.atLeast ?? 1)) failures.push(`has ${found.length} step(s) about ${expectation.id} (${expectation.anyOf.join(' / ')}), needs ${expectation.atLeast ?? 1}`);
  }
  const ancestors = ancestorsOf(workflow.spec.steps);
  for (const [before, after] of properties.order ?? []) {
    const runsBefore = (matches.get(after) ?? []).some((late) => (matches.get(before) ?? []).some((early) => ancestors.get(late.name)?.has(early.name)));
    if (!runsBefore) failures.push(`no step about ${after} waits for a step about ${before}`);
  }
  for (const construct of properties.constructs ?? []) {
    if (!hasConstruct(workflow, construct)) failures.push(`does not use ${construct}`);
  }
  const parameterNames = (workflow.spec.parameters ?? []).map((parameter) => parameter.name.toLowerCase());
  for (const word of properties.parameters ?? []) {
    if (!parameterNames.some((name) => name.includes(word.toLowerCase()))) failures.push(`has no workflow parameter about "${word}"`);
  }
  return { ok: failures.length === 0, failures };
}

function stepText(step: Step): string {
  return JSON.stringify(step).toLowerCase();
}

/** For each step, every step it waits for, directly or through others. */
function ancestorsOf(steps: ReadonlyArray<Step>): Map<string, Set<string>> {
  const direct = new Map(steps.map((step) => [step.name, step.dependencies ?? []]));
  const memo = new Map<string, Set<string>>();
  const visit = (name: string, seen: Set<string>): Set<string> => {
    const known = memo.get(name);
    if (known) return known;
    const result = new Set<string>();
    for (const parent of direct.get(name) ?? []) {
      if (seen.has(parent)) continue;
      result.add(parent);
      for (const grand of visit(parent, new Set([...seen, parent]))) result.add(grand);
    }
    memo.set(name, result);
    return result;
  };
  for (const step of steps) visit(step.name, new Set([step.name]));
  return memo;
}

function hasConstruct(workflow: Workflow, construct: WorkflowConstruct): boolean {
  const { spec } = workflow;
  const steps = [...spec.steps, ...(spec.onExit ?? [])];
  const artifacts = steps.flatMap((step) => [...(step.outputs?.artifacts ?? []), ...(step.inputs?.artifacts ?? [])]);
  switch (construct) {
    case 'run-container':
      return steps.some((step) => step.kind === 'container');
    case 'run-script':
      return steps.some((step) => step.kind === 'script');
    case 'run-job':
      return steps.some((step) => step.kind === 'resource');
    case 'training-job':
      return steps.some((step) => step.kind === 'job');
    case 'when':
      return steps.some((step) => step.when !== undefined);
    case 'map':
      return steps.some((step) => step.map !== undefined);
    case 'concurrent':
      // Branches side by side: a concurrent group, or one step several others wait for.
      return (spec.groups ?? []).some((group) => group.kind === 'concurrent') || steps.some((step) => steps.filter((other) => other.dependencies?.includes(step.name)).length >= 2);
    case 'fan-in':
      return steps.some((step) => (step.dependencies?.length ?? 0) >= 2);
    case 'exec-while':
      return (spec.groups ?? []).some((group) => group.kind === 'while');
    case 'exit-handler':
      return (spec.onExit ?? []).length > 0;
    case 'workflow-parameter':
      return (spec.parameters ?? []).length > 0;
    case 'artifact-parameter':
      return steps.some((step) => (step.outputs?.parameters ?? []).length > 0);
    case 'artifact-local':
      return steps.some((step) => (step.outputs?.artifacts ?? []).some((artifact) => artifact.location === undefined));
    case 'artifact-s3':
    case 'artifact-oss':
    case 'artifact-gcs':
    case 'artifact-hdfs':
    case 'artifact-git':
    case 'artifact-http':
      return artifacts.some((artifact) => artifact.location?.type === construct.slice('artifact-'.length));
    case 'secret':
      return (spec.secrets ?? []).length > 0 || steps.some((step) => JSON.stringify([step.env ?? [], step.envFrom ?? []]).includes('"secret'));
    case 'retry':
      return spec.retry !== undefined || spec.stepDefaults?.retry !== undefined || steps.some((step) => step.retry !== undefined);
    case 'cache':
      return spec.cache !== undefined || steps.some((step) => step.cache !== undefined);
    case 'resources':
      return steps.some((step) => step.resources !== undefined);
  }
}
