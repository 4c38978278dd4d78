import { buildWorkflowGraph, CoulerError, refuseSubWorkflows, stepNodeKey, topologicalOrder, type PassV1, type Step, type Workflow } from '@couler/ir';
import { cachingCost, importanceFactor, PAPER_IMPORTANCE_WEIGHTS, predecessorSubgraph, reconstructionCost, reuseValue, successorSubgraph } from '../importance/importance-factor';
import { buildWorkloadGraph, type WorkloadGraph } from '../model/workload-graph';
import { criticalPathGains } from '../policies/critical-path-gain';
import { SeededRandom } from '../scenarios/seeded-random';
import { DEFAULT_SIMULATION_CONFIG, type SimulationConfig } from '../simulator/simulation-config';
import { checkCapacity } from '../simulator/simulate-workload';

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
 */
export function planCaching(workflow: Workflow, estimates: CachingEstimates, options: PlanCachingOptions): { workflow: Workflow; report: CachingReport } {
  refuseSubWorkflows(workflow, 'caching pass', 'its cost model has one node per step, and the steps inside a definition run once per call and per item');
  checkCapacity(options.capacityBytes);
  const config = { ...DEFAULT_SIMULATION_CONFIG, ...options.config };
  const computeWeight = options.computeWeight ?? 0.05;
  const irGraph = buildWorkflowGraph(workflow);
  const { order, rest } = topologicalOrder(irGraph);
  if (rest.length > 0) {
    throw new CoulerError('CYCLE', `Cannot plan caching for a cyclic workflow: ${rest.map((name) => `"${name}"`).join(', ')}.`, { stepIds: rest, hint: 'Run validate() first.' });
  }
  const mainSteps = new Map(workflow.spec.steps.map((step) => [step.name, step]));
  for (const name of Object.keys(estimates.steps ?? {})) {
    if (!mainSteps.has(name)) throw new CoulerError('UNKNOWN_STEP', `There is an estimate for step "${name}", which the workflow does not have.`, { path: ['estimates', 'steps', name] });
  }
  const names = order.filter((name) => mainSteps.has(name));
  const graph = buildWorkloadGraph(
    names.map((name) => ({ name, inputs: irGraph.inboundNeighbors(stepNodeKey(name)).map((node) => irGraph.getNodeAttribute(node, 'step').name).filter((input) => mainSteps.has(input)) })),
  );
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
  const steps = graph.names.map((name) => estimateOf(name));
  const recompute = steps.map((estimate, index) => {
    const inputBytes = graph.inputs[index]!.reduce((sum, input) => sum + steps[input]!.outputBytes, 0);
    return estimate.computeSeconds + (inputBytes + estimate.outputBytes) / config.remoteBandwidth;
  });
  const reuse = steps.map((estimate) => 1 - estimate.changeProbability);
  const userSet = graph.names.map((name) => mainSteps.get(name)!.cache !== undefined);

  const chosen = new Set<number>();
  let used = 0;
  let gains = expectedGains(graph, recompute, reuse, chosen);
  const saving = (index: number) => reuse[index]! * (Math.min(gains[index]!, recompute[index]!) + computeWeight * recompute[index]!);
  for (;;) {
    let best: { index: number; density: number } | undefined;
    graph.names.forEach((_, index) => {
      if (chosen.has(index) || userSet[index] || used + steps[index]!.outputBytes > options.capacityBytes) return;
      const value = saving(index);
      if (!(value > 0)) return;
      const density = value / Math.max(steps[index]!.outputBytes, 1);
      if (!best || density > best.density) best = { index, density };
    });
    if (!best) break;
    chosen.add(best.index);
    used += steps[best.index]!.outputBytes;
    gains = expectedGains(graph, recompute, reuse, chosen);
  }

  const paperInput = (job: number) => chosen.has(job);
  const decisions: StepCachingDecision[] = graph.names.map((name, index) => {
    const estimate = steps[index]!;
    const importance = importanceFactor(
      {
        reconstruction: reconstructionCost(graph, predecessorSubgraph(graph, index, PAPER_IMPORTANCE_WEIGHTS.depth, paperInput), (job) => recompute[job]!),
        reuse: reuseValue(graph, index, successorSubgraph(graph, index, PAPER_IMPORTANCE_WEIGHTS.depth, paperInput), reuse[index]! > 0),
        cachingCost: cachingCost(estimate.outputBytes, options.capacityBytes),
      },
      PAPER_IMPORTANCE_WEIGHTS,
    );
    const expected = saving(index);
    const decision: StepCachingDecision['decision'] = userSet[index] ? 'user' : chosen.has(index) ? 'cache' : 'skip';
    const reason =
      decision === 'user'
        ? 'The step sets its own cache hint; left as it is.'
        : decision === 'cache'
          ? `Saves an expected ${expected.toFixed(1)} s per run for ${formatBytes(estimate.outputBytes)}.`
          : !(expected > 0)
            ? 'Its output changes every run (or costs nothing to recompute): a cached copy would not be reused.'
            : estimate.outputBytes > options.capacityBytes
              ? `Its output (${formatBytes(estimate.outputBytes)}) is larger than the cache.`
              : `Steps that save more per byte filled the cache first (${formatBytes(used)} of ${formatBytes(options.capacityBytes)} used).`;
    return {
      step: name,
      decision,
      reason,
      computeSeconds: estimate.computeSeconds,
      outputBytes: estimate.outputBytes,
      reuseProbability: reuse[index]!,
      criticalGainSeconds: gains[index]!,
      expectedSavingSeconds: expected,
      importance,
      estimated: estimate.estimated,
    };
  });

  const workflowCache = workflow.spec.cache !== undefined && workflow.spec.cache.enabled !== false;
  const annotate = (step: Step): Step => {
    const index = graph.indexOf.get(step.name);
    if (index === undefined || userSet[index]) return step;
    if (chosen.has(index)) return { ...step, cache: { ...workflow.spec.cache, enabled: true } };
    return workflowCache ? { ...step, cache: { enabled: false } } : step;
  };
  const planned: Workflow = { ...workflow, spec: { ...workflow.spec, steps: workflow.spec.steps.map(annotate) } };
  return {
    workflow: planned,
    report: { capacityBytes: options.capacityBytes, usedBytes: used, cached: [...chosen].sort((a, b) => a - b).map((index) => graph.names[index]!), steps: decisions },
  };
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
