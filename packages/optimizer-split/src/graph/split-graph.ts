import { assertValid, CoulerError, stepGraphOf, visitRefsOfStep, type Step, type Workflow } from '@couler/ir';
import { dependencyBytes, estimateDefinitionBytes, EXPORT_BYTES, estimateFrameBytes, estimateGroupBytes, estimateStepBytes, importBytes } from '../budget/estimate-bytes';
import { CallWeights } from './call-weight';
import { bindSteps, type BindReason } from './bind-steps';
import type { UnionFind } from './union-find';

/** An output one step reads from another; it becomes a crossing when they land in two parts. */
export interface OutputKey {
  readonly step: string;
  readonly output: string;
  /** Bytes the reading part adds to declare it as a parameter. */
  readonly importBytes: number;
}

/** What a unit reads from other units. */
export interface ExternalRead {
  readonly producerUnit: number;
  readonly key: number;
}

/** A dependency of a unit on a step of another unit: written only when both share a part. */
export interface UnitDependency {
  readonly unit: number;
  readonly bytes: number;
}

/**
 * The workflow as the partitioners see it: units (one step, or steps that must stay together),
 * their dependencies, and each unit's cost in every budget dimension, computed once.
 */
export interface SplitGraph {
  readonly workflow: Workflow;
  readonly steps: ReadonlyArray<Step>;
  /** For each step, the steps it waits for (indices into `steps`). */
  readonly stepPredecessors: ReadonlyArray<ReadonlyArray<number>>;
  readonly unitOfStep: Int32Array;
  /** Members of each unit, in workflow order. Units are numbered by their first member. */
  readonly members: ReadonlyArray<ReadonlyArray<number>>;
  readonly unitPredecessors: ReadonlyArray<ReadonlyArray<number>>;
  readonly unitSuccessors: ReadonlyArray<ReadonlyArray<number>>;
  readonly unitBytes: Float64Array;
  readonly unitSteps: Float64Array;
  readonly unitPods: Float64Array;
  readonly reads: ReadonlyArray<ReadonlyArray<ExternalRead>>;
  /** Per unit, its dependencies on steps of other units, with what each costs inside a part. */
  readonly dependencies: ReadonlyArray<ReadonlyArray<UnitDependency>>;
  readonly keys: ReadonlyArray<OutputKey>;
  /** Bytes every part starts with (the document around its steps). */
  readonly frameBytes: number;
  readonly bindReasons: ReadonlyMap<number, BindReason>;
  /** Steps and definitions of the workflow's sub-workflow calls, by their expanded weight. */
  readonly callWeights: CallWeights;
}

/** Pods a step starts: one per container, script or resource run, every job replica. */
export function estimateStepPods(step: Step, iterations: number): number {
  let pods: number;
  if (step.kind === 'suspend') pods = 0;
  else if (step.kind === 'job') pods = 1 + Object.values(step.job.replicas).reduce((total, replica) => total + replica.replicas, 0);
  else pods = 1;
  return pods * (step.map?.items?.length ?? 1) * iterations;
}

/**
 * Builds the split graph in O(V + E + size of the IR): dependencies from `dependenciesOf`, units
 * from `bindSteps`, then any units on a cycle of units merged (two steps bound together with a
 * third between them must all share a part, or the parts would wait for each other).
 */
export function buildSplitGraph(workflow: Workflow): SplitGraph {
  const steps = workflow.spec.steps;
  // A valid workflow's step names are unique, so the main steps are the graph's first nodes, in
  // workflow order; each step's predecessors come control dependencies first, then data.
  const stepGraph = stepGraphOf(workflow);
  // A repeated name (a workflow split without validation) would shift the numbering: refuse it.
  for (let index = 0; index < steps.length; index++) if (stepGraph.steps[index] !== steps[index]) assertValid(workflow);
  const indexOf = stepGraph.nodeOf;
  const stepPredecessors = steps.map((_, index) => Array.from(stepGraph.predecessors.subarray(stepGraph.predecessorStart[index], stepGraph.predecessorStart[index + 1])));

  const { sets, reasons } = bindSteps(workflow, indexOf, stepPredecessors);
  let unitOfStep = numberUnits(steps.length, sets);
  let unitCount = maxPlusOne(unitOfStep);
  let edges = unitEdges(unitOfStep, unitCount, stepPredecessors);
  if (mergeUnitCycles(unitOfStep, unitCount, edges.unitSuccessors, sets)) {
    unitOfStep = numberUnits(steps.length, sets);
    unitCount = maxPlusOne(unitOfStep);
    edges = unitEdges(unitOfStep, unitCount, stepPredecessors);
  }
  const { unitPredecessors, unitSuccessors } = edges;

  const members: number[][] = Array.from({ length: unitCount }, () => []);
  for (const index of steps.keys()) members[unitOfStep[index]!]!.push(index);

  // Costs, once per step and group.
  const { frame, perStep } = estimateFrameBytes(workflow);
  const unitBytes = new Float64Array(unitCount);
  const unitSteps = new Float64Array(unitCount);
  const unitPods = new Float64Array(unitCount);
  const iterations = new Map<string, number>();
  const callWeights = new CallWeights(workflow, estimateStepPods);
  const definitionBytes = new Map((workflow.spec.subWorkflows ?? []).map((definition) => [definition.name, estimateDefinitionBytes(definition)]));
  for (const group of workflow.spec.groups ?? []) {
    const members = group.kind === 'while' ? group.steps : group.branches.flat();
    const unit = unitOfStep[indexOf.get(members[0]!) ?? -1];
    if (group.kind === 'while') for (const name of group.steps) iterations.set(name, group.maxIterations);
    // A group's template is written where its members are; bound groups have one unit, and a
    // concurrent group without a cap adds nothing of its own (its steps run in the main DAG).
    if (unit !== undefined && (group.kind === 'while' || group.parallelism !== undefined)) unitBytes[unit]! += estimateGroupBytes(group);
  }

  // Outputs read across units: the producing unit reserves what exporting one costs, since it
  // may already be closed when its reader lands in another part.
  const keyIndex = new Map<string, number>();
  const keys: OutputKey[] = [];
  // Most units read nothing from others: they share one empty list until they do.
  const reads: ExternalRead[][] = new Array(unitCount).fill(NONE);
  const seenRead = new Set<number>();
  const dependencies: UnitDependency[][] = new Array(unitCount).fill(NONE);
  steps.forEach((step, index) => {
    const unit = unitOfStep[index]!;
    unitBytes[unit]! += estimateStepBytes(step) + perStep;
    for (const before of stepPredecessors[index]!) {
      const bytes = dependencyBytes(steps[before]!.name);
      if (unitOfStep[before] === unit) unitBytes[unit]! += bytes;
      else {
        if (dependencies[unit] === NONE) dependencies[unit] = [];
        dependencies[unit]!.push({ unit: unitOfStep[before]!, bytes });
      }
    }
    // A call weighs what it expands to, and carries the templates of the definitions it uses.
    const weight = callWeights.of(step, iterations.get(step.name) ?? 1);
    unitSteps[unit]! += weight.steps;
    unitPods[unit]! += weight.pods;
    for (const name of weight.definitions) unitBytes[unit]! += definitionBytes.get(name) ?? 0;
    visitRefsOfStep(step, (ref) => {
      if (ref.ref !== 'step') return;
      const producer = indexOf.get(ref.step);
      if (producer === undefined || unitOfStep[producer] === unit) return;
      const id = `${ref.step}\u0000${ref.output}`;
      let key = keyIndex.get(id);
      if (key === undefined) {
        key = keys.length;
        keyIndex.set(id, key);
        keys.push({ step: ref.step, output: ref.output, importBytes: importBytes(crossingNameLength(ref.step, ref.output)) });
        unitBytes[unitOfStep[producer]!]! += EXPORT_BYTES;
      }
      if (reads[unit] === NONE) reads[unit] = [];
      reads[unit]!.push({ producerUnit: unitOfStep[producer]!, key });
    });
  });
  // One read per key and unit: a part declares each parameter once.
  for (const list of reads) {
    if (list.length < 2) continue;
    seenRead.clear();
    let kept = 0;
    for (const read of list) {
      if (seenRead.has(read.key)) continue;
      seenRead.add(read.key);
      list[kept++] = read;
    }
    list.length = kept;
  }

  return {
    workflow,
    steps,
    stepPredecessors,
    unitOfStep,
    members,
    unitPredecessors,
    unitSuccessors,
    unitBytes,
    unitSteps,
    unitPods,
    reads,
    dependencies,
    keys,
    frameBytes: frame,
    bindReasons: reasons,
    callWeights,
  };
}

const NONE: never[] = [];

/** The longest a crossing's parameter name gets (`<step>_<output>`, capped, with a suffix). */
function crossingNameLength(step: string, output: string): number {
  return Math.min(63, step.length + output.length + 5);
}

function maxPlusOne(values: Int32Array): number {
  let max = -1;
  for (const value of values) if (value > max) max = value;
  return max + 1;
}

/** Units numbered in order of their first step, so that the numbering is deterministic. */
function numberUnits(count: number, sets: UnionFind): Int32Array {
  const unitOfRoot = new Map<number, number>();
  const unitOfStep = new Int32Array(count);
  for (let index = 0; index < count; index++) {
    const root = sets.find(index);
    let unit = unitOfRoot.get(root);
    if (unit === undefined) {
      unit = unitOfRoot.size;
      unitOfRoot.set(root, unit);
    }
    unitOfStep[index] = unit;
  }
  return unitOfStep;
}

function unitEdges(unitOfStep: Int32Array, unitCount: number, stepPredecessors: ReadonlyArray<ReadonlyArray<number>>) {
  const unitPredecessors: number[][] = Array.from({ length: unitCount }, () => []);
  const unitSuccessors: number[][] = Array.from({ length: unitCount }, () => []);
  const stamp = new Int32Array(unitCount).fill(-1);
  // Steps of one unit are visited together so that the stamp dedupes per target unit: the steps
  // grouped by unit with a counting sort (no list per unit).
  const start = new Int32Array(unitCount + 1);
  for (const unit of unitOfStep) start[unit + 1]!++;
  for (let unit = 0; unit < unitCount; unit++) start[unit + 1]! += start[unit]!;
  const byUnit = new Int32Array(unitOfStep.length);
  const fill = start.slice(0, unitCount);
  for (let index = 0; index < unitOfStep.length; index++) byUnit[fill[unitOfStep[index]!]!++] = index;
  for (let unit = 0; unit < unitCount; unit++) {
    for (let at = start[unit]!; at < start[unit + 1]!; at++) {
      for (const predecessor of stepPredecessors[byUnit[at]!]!) {
        const from = unitOfStep[predecessor]!;
        if (from === unit || stamp[from] === unit) continue;
        stamp[from] = unit;
        unitPredecessors[unit]!.push(from);
        unitSuccessors[from]!.push(unit);
      }
    }
  }
  return { unitPredecessors, unitSuccessors };
}

/** Tarjan's strongly connected components over the units, iteratively; joins each cycle. */
function mergeUnitCycles(unitOfStep: Int32Array, unitCount: number, unitSuccessors: ReadonlyArray<ReadonlyArray<number>>, sets: UnionFind): boolean {
  const index = new Int32Array(unitCount).fill(-1);
  const low = new Int32Array(unitCount);
  const onStack = new Uint8Array(unitCount);
  const stack: number[] = [];
  const firstStep = new Int32Array(unitCount).fill(-1);
  unitOfStep.forEach((unit, step) => {
    if (firstStep[unit] === -1) firstStep[unit] = step;
  });
  let counter = 0;
  let merged = false;
  const frames: Array<{ unit: number; next: number }> = [];
  for (let root = 0; root < unitCount; root++) {
    if (index[root] !== -1) continue;
    frames.push({ unit: root, next: 0 });
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const successors = unitSuccessors[frame.unit]!;
      if (frame.next < successors.length) {
        const next = successors[frame.next++]!;
        if (index[next] === -1) {
          index[next] = low[next] = counter++;
          stack.push(next);
          onStack[next] = 1;
          frames.push({ unit: next, next: 0 });
        } else if (onStack[next]) low[frame.unit] = Math.min(low[frame.unit]!, index[next]!);
        continue;
      }
      frames.pop();
      if (frames.length > 0) {
        const parent = frames[frames.length - 1]!.unit;
        low[parent] = Math.min(low[parent]!, low[frame.unit]!);
      }
      if (low[frame.unit] === index[frame.unit]) {
        let member: number;
        do {
          member = stack.pop()!;
          onStack[member] = 0;
          if (member !== frame.unit) {
            sets.union(firstStep[member]!, firstStep[frame.unit]!);
            merged = true;
          }
        } while (member !== frame.unit);
      }
    }
  }
  return merged;
}

/** The steps of a unit that cannot fit a part on its own, as an error that says what to do. */
export function unitOverBudget(graph: SplitGraph, unit: number, dimension: string, needed: number, limit: number): CoulerError {
  const call = graph.members[unit]!.map((step) => graph.steps[step]!).find((step) => step.kind === 'subWorkflow');
  if (call !== undefined && call.kind === 'subWorkflow') return callOverBudget(graph, unit, call, dimension, needed, limit);
  const names = graph.members[unit]!.map((step) => graph.steps[step]!.name);
  const reason = graph.bindReasons.get(graph.members[unit]![0]!);
  const shown = names.length > 5 ? `${names.slice(0, 5).map((name) => `"${name}"`).join(', ')} and ${names.length - 5} more` : names.map((name) => `"${name}"`).join(', ');
  const what = names.length === 1 ? `Step ${shown} needs` : `Steps ${shown} must stay in one sub-workflow${reason ? ` (${REASONS[reason]})` : ''} and need`;
  return new CoulerError('INVALID_FIELD', `${what} ${formatAmount(dimension, needed)}, over the split budget of ${formatAmount(dimension, limit)}.`, {
    path: ['budget', dimension],
    stepIds: names,
    hint: `Raise the budget's ${dimension} to at least ${Math.ceil(needed)}, or make the steps smaller.`,
  });
}

/**
 * A call (with the steps bound to it) over budget. Splitting inside it cannot be expressed: a
 * part is a workflow and a call runs its definition's whole body, every iteration, as one
 * template; cutting it would inline copies of the definition, which the IR keeps as one.
 */
function callOverBudget(graph: SplitGraph, unit: number, call: Step & { kind: 'subWorkflow' }, dimension: string, needed: number, limit: number): CoulerError {
  const names = graph.members[unit]!.map((step) => graph.steps[step]!.name);
  const items = call.map?.items?.length;
  const weight = graph.callWeights.of(call);
  const expanded = items === undefined ? `${weight.steps} steps` : `${items} items × ${weight.steps / items} steps = ${weight.steps} steps`;
  const others = names.length > 1 ? ` (with ${names.length - 1} step${names.length > 2 ? 's' : ''} bound to it)` : '';
  return new CoulerError(
    'INVALID_FIELD',
    `Step "${call.name}" calls sub-workflow "${call.subWorkflow.name}" (${expanded})${others} and needs ${formatAmount(dimension, needed)}, over the split budget of ${formatAmount(dimension, limit)}; the split pass cannot cut a call into several sub-workflows, since each part runs whole calls of a definition.`,
    {
      path: ['budget', dimension],
      stepIds: names,
      hint: `Raise the budget's ${dimension} to at least ${Math.ceil(needed)}, or split the call into calls over fewer items.`,
    },
  );
}

const REASONS: Record<BindReason, string> = {
  'while-loop': 'an execWhile loop',
  'capped-concurrent': 'a concurrent group with a parallelism cap',
  'artifact-without-location': 'an artifact without a location passes between them',
  'depends-expression': 'a depends expression that reads more than success',
  'continue-on': 'steps wait for a step that may fail (continueOn)',
  daemon: 'steps use a daemon step',
  'volume-claim-template': 'they share a volume claim template',
};

function formatAmount(dimension: string, amount: number): string {
  if (dimension === 'bytes') return `about ${Math.ceil(amount)} bytes`;
  return `${amount} ${dimension}`;
}
