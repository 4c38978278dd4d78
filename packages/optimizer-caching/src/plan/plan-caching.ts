import { buildStepGraph, CoulerError, didYouMean, topologicalOrder, type PassV1, type Step, type Workflow } from '@couler/ir';
import { cachingCost, importanceFactor, PAPER_IMPORTANCE_WEIGHTS, predecessorSubgraph, reconstructionCost, reuseValue, successorSubgraph } from '../importance/importance-factor';
import { buildWorkloadGraph, type WorkloadGraph } from '../model/workload-graph';
import { criticalPathGains } from '../policies/critical-path-gain';
import { SeededRandom } from '../scenarios/seeded-random';
import { DEFAULT_SIMULATION_CONFIG, type SimulationConfig } from '../simulator/simulation-config';
import { checkCapacity } from '../simulator/simulate-workload';
import { decisionUnitName, stepInstances } from './step-instances';

/** What is known, or guessed, about a step: from the user, a profile or the engine's history. */
export interface StepCostEstimate {
  readonly computeSeconds?: number;
  /** Bytes of everything the step outputs. */
  readonly outputBytes?: number;
  /** Probability the step's output changes from one run to the next (it or its inputs edited). */
  readonly changeProbability?: number;
}

export interface CachingEstimates {
  readonly steps?: Readonly<Record<string, StepCostEstimate>>;
  /** For steps without an estimate. Default: 60 s, 100 MB, change probability 0.2. */
  readonly defaults?: StepCostEstimate;
}

export interface PlanCachingOptions {
  readonly capacityBytes: number;
  readonly config?: Partial<SimulationConfig>;
  /** As in the `couler` policy. Default 0.05. */
  readonly computeWeight?: number;
}

export interface StepCachingDecision {
  readonly step: string;
  readonly decision: 'cache' | 'skip' | 'user';
  /** One sentence: why. */
  readonly reason: string;
  readonly computeSeconds: number;
  readonly outputBytes: number;
  readonly reuseProbability: number;
  /** Seconds a hit takes off a run's critical path, averaged over sampled runs. */
  readonly criticalGainSeconds: number;
  /** Expected seconds saved per run: reuse probability · (critical gain + weight · recompute). */
  readonly expectedSavingSeconds: number;
  /** The paper's caching importance factor I(u) (equation 6), for reference. */
  readonly importance: number;
  /** Whether the numbers came from `estimates.steps` or the defaults. */
  readonly estimated: 'given' | 'default';
  /**
   * For a step of a sub-workflow (`step` is `<sub-workflow>/<step>`): how many times one run
   * runs it (calls × items, nested calls multiplied), each with its own cache entry. The
   * estimates are per run of the step; the bytes it fills are `outputBytes × runs`.
   */
  readonly runs?: number;
}

export interface CachingReport {
  readonly capacityBytes: number;
  readonly usedBytes: number;
  readonly cached: ReadonlyArray<string>;
  readonly steps: ReadonlyArray<StepCachingDecision>;
}

const DEFAULT_ESTIMATE = { computeSeconds: 60, outputBytes: 1e8, changeProbability: 0.2 } as const;
const SAMPLES = 32;

/**
 * The caching pass: picks which steps to memoize so that the expected time saved per run is
 * largest within `capacityBytes`, and returns the workflow with cache hints on those steps and
 * a report of every decision. Greedy by expected seconds saved per byte, recomputing
 * critical-path gains after each choice (a step's gain depends on what else is cached).
 * A step whose `cache` the user set is left as it is. Steps the plan leaves out get
 * `cache: { enabled: false }` only when a workflow-wide `spec.cache` would otherwise enable them.
 *
 * Sub-workflows: a step of a definition is decided once, as `<sub-workflow>/<step>` (estimates
 * and report use that name), since its hint is shared by every call; its cost and saving are
 * those of all its runs (every call, every item), each cached under a key of its own inputs.
 */
export function planCaching(workflow: Workflow, estimates: CachingEstimates, options: PlanCachingOptions): { workflow: Workflow; report: CachingReport } {
  checkCapacity(options.capacityBytes);
  const config = { ...DEFAULT_SIMULATION_CONFIG, ...options.config };
  const computeWeight = options.computeWeight ?? 0.05;
  const { rest } = topologicalOrder(buildStepGraph(workflow));
  if (rest.length > 0) {
    throw new CoulerError('CYCLE', `Cannot plan caching for a cyclic workflow: ${rest.map((name) => `"${name}"`).join(', ')}.`, { stepIds: rest, hint: 'Run validate() first.' });
  }
  const units = decisionUnits(workflow);
  const calls = new Set(workflow.spec.steps.filter((step) => step.kind === 'subWorkflow').map((step) => step.name));
  for (const name of Object.keys(estimates.steps ?? {})) {
    if (units.has(name)) continue;
    if (calls.has(name)) {
      throw new CoulerError('INVALID_FIELD', `Step "${name}" calls a sub-workflow and runs nothing itself: give estimates for the steps of its definition, as "<sub-workflow>/<step>".`, {
        path: ['estimates', 'steps', name],
        stepIds: [name],
      });
    }
    throw new CoulerError('UNKNOWN_STEP', `There is an estimate for step "${name}", which the workflow does not have.${didYouMean(name, [...units.keys()])}`, { path: ['estimates', 'steps', name] });
  }
  // One node per instance: a step inside a call runs once per call and per item, each with its
  // own cache entry; the decision (a hint on the step) is taken per unit, for all its instances.
  const instances = stepInstances(workflow);
  const graph = buildWorkloadGraph(instances);
  const unitNames = [...units.keys()];
  const unitIndex = new Map(unitNames.map((name, index) => [name, index]));
  const instancesOf: number[][] = unitNames.map(() => []);
  for (const [index, instance] of instances.entries()) instancesOf[unitIndex.get(instance.unit)!]!.push(index);
  const estimateOf = (name: string) => {
    const given = estimates.steps?.[name];
    const merged = { ...DEFAULT_ESTIMATE, ...estimates.defaults, ...given };
    for (const field of ['computeSeconds', 'outputBytes', 'changeProbability'] as const) {
      const value = merged[field];
      if (!(Number.isFinite(value) && value >= 0) || (field === 'changeProbability' && value > 1)) {
        throw new CoulerError('INVALID_FIELD', `The ${field} estimate of step "${name}" must be ${field === 'changeProbability' ? 'between 0 and 1' : 'a number, 0 or more'}; got ${String(value)}.`, {
          path: ['estimates', 'steps', name, field],
          stepIds: [name],
        });
      }
    }
    return { ...merged, estimated: given ? ('given' as const) : ('default' as const) };
  };
  const unitEstimates = unitNames.map((name) => estimateOf(name));
  const steps = instances.map((instance) => unitEstimates[unitIndex.get(instance.unit)!]!);
  const recompute = steps.map((estimate, index) => {
    const inputBytes = graph.inputs[index]!.reduce((sum, input) => sum + steps[input]!.outputBytes, 0);
    return estimate.computeSeconds + (inputBytes + estimate.outputBytes) / config.remoteBandwidth;
  });
  const reuse = steps.map((estimate) => 1 - estimate.changeProbability);
  const userSet = unitNames.map((name) => units.get(name)!.userSet);
  const unitBytes = (unit: number) => unitEstimates[unit]!.outputBytes * instancesOf[unit]!.length;

  const chosen = new Set<number>();
  const chosenInstances = new Set<number>();
  let used = 0;
  let gains = expectedGains(graph, recompute, reuse, chosenInstances);
  const instanceSaving = (index: number) => reuse[index]! * (Math.min(gains[index]!, recompute[index]!) + computeWeight * recompute[index]!);
  const saving = (unit: number) => instancesOf[unit]!.reduce((sum, index) => sum + instanceSaving(index), 0);
  for (;;) {
    let best: { unit: number; density: number } | undefined;
    unitNames.forEach((_, unit) => {
      if (chosen.has(unit) || userSet[unit] || used + unitBytes(unit) > options.capacityBytes) return;
      const value = saving(unit);
      if (!(value > 0)) return;
      const density = value / Math.max(unitBytes(unit), 1);
      if (!best || density > best.density) best = { unit, density };
    });
    if (!best) break;
    chosen.add(best.unit);
    for (const index of instancesOf[best.unit]!) chosenInstances.add(index);
    used += unitBytes(best.unit);
    gains = expectedGains(graph, recompute, reuse, chosenInstances);
  }

  const paperInput = (job: number) => chosenInstances.has(job);
  const importanceOf = (index: number) =>
    importanceFactor(
      {
        reconstruction: reconstructionCost(graph, predecessorSubgraph(graph, index, PAPER_IMPORTANCE_WEIGHTS.depth, paperInput), (job) => recompute[job]!),
        reuse: reuseValue(graph, index, successorSubgraph(graph, index, PAPER_IMPORTANCE_WEIGHTS.depth, paperInput), reuse[index]! > 0),
        cachingCost: cachingCost(steps[index]!.outputBytes, options.capacityBytes),
      },
      PAPER_IMPORTANCE_WEIGHTS,
    );
  const decisions: StepCachingDecision[] = unitNames.map((name, unit) => {
    const estimate = unitEstimates[unit]!;
    const runs = instancesOf[unit]!;
    const expected = saving(unit);
    const bytes = unitBytes(unit);
    const decision: StepCachingDecision['decision'] = userSet[unit] ? 'user' : chosen.has(unit) ? 'cache' : 'skip';
    const perRun = runs.length > 1 ? ` (${runs.length} runs of the step, one entry each)` : '';
    const reason =
      decision === 'user'
        ? units.get(name)!.userSetBy === 'call'
          ? 'A call of its sub-workflow sets a cache hint for it; left as it is.'
          : 'The step sets its own cache hint; left as it is.'
        : runs.length === 0
          ? 'No call of its sub-workflow runs it.'
          : decision === 'cache'
            ? `Saves an expected ${expected.toFixed(1)} s per run for ${formatBytes(bytes)}${perRun}.`
            : !(expected > 0)
              ? 'Its output changes every run (or costs nothing to recompute): a cached copy would not be reused.'
              : bytes > options.capacityBytes
                ? `Its output (${formatBytes(bytes)}${perRun}) is larger than the cache.`
                : `Steps that save more per byte filled the cache first (${formatBytes(used)} of ${formatBytes(options.capacityBytes)} used).`;
    return {
      step: name,
      decision,
      reason,
      computeSeconds: estimate.computeSeconds,
      outputBytes: estimate.outputBytes,
      reuseProbability: 1 - estimate.changeProbability,
      criticalGainSeconds: runs.reduce((sum, index) => sum + gains[index]!, 0),
      expectedSavingSeconds: expected,
      importance: runs.reduce((max, index) => Math.max(max, importanceOf(index)), 0),
      estimated: estimate.estimated,
      ...(units.get(name)!.definition !== undefined && { runs: runs.length }),
    };
  });

  const workflowCache = workflow.spec.cache !== undefined && workflow.spec.cache.enabled !== false;
  const annotate = (definition: string | undefined) => (step: Step): Step => {
    const unit = unitIndex.get(decisionUnitName(definition, step.name));
    if (unit === undefined || userSet[unit]) return step;
    if (chosen.has(unit)) return { ...step, cache: { ...workflow.spec.cache, enabled: true } };
    return workflowCache ? { ...step, cache: { enabled: false } } : step;
  };
  // Definitions keep their shape: only their steps' cache hints change, shared by every call.
  const subWorkflows = workflow.spec.subWorkflows?.map((definition) => ({ ...definition, steps: definition.steps.map(annotate(definition.name)) }));
  const planned: Workflow = { ...workflow, spec: { ...workflow.spec, steps: workflow.spec.steps.map(annotate(undefined)), ...(subWorkflows && { subWorkflows }) } };
  return {
    workflow: planned,
    report: { capacityBytes: options.capacityBytes, usedBytes: used, cached: [...chosen].sort((a, b) => a - b).map((unit) => unitNames[unit]!), steps: decisions },
  };
}

interface DecisionUnit {
  readonly definition?: string;
  /** The step, or a call that reaches it, sets `cache` itself: the pass leaves it alone. */
  readonly userSet: boolean;
  readonly userSetBy?: 'step' | 'call';
}

/**
 * What the pass decides on, in workflow order: each main step that runs something, then each
 * step of each definition (`<definition>/<step>`). A call's `cache` is what its body's steps
 * inherit (the local engine's rule: a step's own hint wins), so a step reached by such a call,
 * at any depth, counts as set by the user.
 */
function decisionUnits(workflow: Workflow): Map<string, DecisionUnit> {
  const units = new Map<string, DecisionUnit>();
  for (const step of workflow.spec.steps) {
    if (step.kind !== 'subWorkflow') units.set(step.name, { userSet: step.cache !== undefined, ...(step.cache !== undefined && { userSetBy: 'step' as const }) });
  }
  const definitions = new Map((workflow.spec.subWorkflows ?? []).map((definition) => [definition.name, definition]));
  const cachedByCall = new Set<string>();
  const mark = (name: string) => {
    if (cachedByCall.has(name)) return;
    cachedByCall.add(name);
    for (const step of definitions.get(name)?.steps ?? []) if (step.kind === 'subWorkflow') mark(step.subWorkflow.name);
  };
  const markCalls = (steps: ReadonlyArray<Step>) => {
    for (const step of steps) if (step.kind === 'subWorkflow' && step.cache !== undefined) mark(step.subWorkflow.name);
  };
  markCalls(workflow.spec.steps);
  for (const definition of definitions.values()) markCalls(definition.steps);
  for (const definition of definitions.values()) {
    for (const step of definition.steps) {
      if (step.kind === 'subWorkflow') continue;
      const byCall = cachedByCall.has(definition.name);
      const userSetBy = step.cache !== undefined ? ('step' as const) : byCall ? ('call' as const) : undefined;
      units.set(decisionUnitName(definition.name, step.name), { definition: definition.name, userSet: userSetBy !== undefined, ...(userSetBy && { userSetBy }) });
    }
  }
  return units;
}

/** Critical-path gain of each step, averaged over runs sampled from the change probabilities. */
function expectedGains(graph: WorkloadGraph, recompute: ReadonlyArray<number>, reuse: ReadonlyArray<number>, cached: ReadonlySet<number>): number[] {
  const random = new SeededRandom(0xca11);
  const total = graph.names.map(() => 0);
  for (let sample = 0; sample < SAMPLES; sample++) {
    const durations = recompute.map((seconds, index) => (cached.has(index) && random.next() < reuse[index]! ? 0 : seconds));
    for (const [index, gain] of criticalPathGains(graph, recompute, durations).entries()) total[index] = total[index]! + gain;
  }
  return total.map((sum) => sum / SAMPLES);
}

function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${Math.round(bytes)} B`;
}

/** `planCaching` as a `PassV1`, for pipelines of passes. */
export const cachingPass: PassV1<{ estimates?: CachingEstimates } & PlanCachingOptions, CachingReport> = {
  specificationVersion: 'v1',
  passId: 'caching',
  run: async (workflow, options) => planCaching(workflow, options.estimates ?? {}, options),
};
