import { buildStepGraph, type StepGraph } from '../graph/step-graph';
import type { Workflow } from '../schema/workflow';

/**
 * How far @couler/ir has checked a workflow object it made: `shape` (the structure, with keys in
 * schema order and maps sorted, as `checkWorkflowShape` returns it) or `valid` (every rule too).
 */
export type CheckLevel = 'shape' | 'valid';

interface CheckRecord {
  readonly level: CheckLevel;
  readonly spec: Workflow['spec'];
  readonly steps: Workflow['spec']['steps'];
  readonly stepCount: number;
  readonly onExit: Workflow['spec']['onExit'];
  readonly onExitCount: number;
  readonly groups: Workflow['spec']['groups'];
  readonly groupCount: number;
  readonly metadata: Workflow['metadata'];
  readonly name: string;
  /** The workflow's step graph, once something asked for it. */
  graph?: StepGraph;
}

// Only objects this package made are recorded (the copies checking returns), never a caller's
// own value: the record says "nothing changed since" as far as an O(1) look can tell (same spec
// and lists, same lengths, same name); a step changed in place afterwards is the caller's to
// check again (copy it first: a copy is unchecked).
const records = new WeakMap<object, CheckRecord>();

/**
 * Records that `workflow`, a fresh object made by @couler/ir, passed the check `level`; `graph`
 * is its step graph when the maker has it already (the canonical copy, from the original's).
 */
export function recordChecked(workflow: Workflow, level: CheckLevel, graph?: StepGraph): void {
  const { spec, metadata } = workflow;
  records.set(workflow, {
    graph: graph ?? recordOf(workflow)?.graph,
    level,
    spec,
    steps: spec.steps,
    stepCount: spec.steps.length,
    onExit: spec.onExit,
    onExitCount: spec.onExit?.length ?? 0,
    groups: spec.groups,
    groupCount: spec.groups?.length ?? 0,
    metadata,
    name: metadata.name,
  });
}

/** The check a workflow object passed, when @couler/ir made it and it looks unchanged since. */
export function checkLevelOf(workflow: unknown): CheckLevel | undefined {
  return recordOf(workflow)?.level;
}

function recordOf(workflow: unknown): CheckRecord | undefined {
  if (workflow === null || typeof workflow !== 'object') return undefined;
  const record = records.get(workflow);
  if (record === undefined) return undefined;
  const { spec, metadata } = workflow as Workflow;
  const unchanged =
    spec === record.spec &&
    spec.steps === record.steps &&
    spec.steps.length === record.stepCount &&
    spec.onExit === record.onExit &&
    (spec.onExit?.length ?? 0) === record.onExitCount &&
    spec.groups === record.groups &&
    (spec.groups?.length ?? 0) === record.groupCount &&
    metadata === record.metadata &&
    metadata.name === record.name;
  return unchanged ? record : undefined;
}

/**
 * `buildStepGraph(workflow)`, built once per workflow that @couler/ir checked (validation, the
 * canonical order and the optimizers share it) and anew for any other value.
 */
export function stepGraphOf(workflow: Workflow): StepGraph {
  const record = recordOf(workflow);
  if (record === undefined) return buildStepGraph(workflow);
  record.graph ??= buildStepGraph(workflow);
  return record.graph;
}

/**
 * Whether `workflow` is one that `parseWorkflow`, `checkWorkflow` (without errors) or
 * `canonicalizeWorkflow` of such a workflow returned, and so needs no second validation. The DSL's
 * `workflow()` returns such objects. Treat them as read-only: a copy (or a value built by hand)
 * is not checked and is validated again where it matters.
 */
export function isCheckedWorkflow(workflow: unknown): workflow is Workflow {
  return checkLevelOf(workflow) === 'valid';
}
