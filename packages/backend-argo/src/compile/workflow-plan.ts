import { stepGraphOf, topologicalNodes, type Condition, type Step, type Workflow } from '@couler/ir';
import type { ExitReads } from './exit-handler-reads';
import type { LoopScope } from './render-condition';
import type { CompiledLeaf } from './leaf-template';
import { NameAllocator, taskNameFor } from './name-allocator';
import { unsupported } from './unsupported';

/** `hook`: lifecycle hooks, which have a template but no task of the DAG. */
export type ScopeId = 'main' | 'exit' | 'hook' | `group:${string}`;

/** One step, where it runs, and what it compiled to. */
export interface StepEntry {
  readonly step: Step;
  readonly phase: 'main' | 'exit';
  readonly path: ReadonlyArray<string | number>;
  /** Position in the deterministic (topological, then by name) order of all steps. */
  readonly order: number;
  scope: ScopeId;
  templateName: string;
  taskName: string;
  leaf?: CompiledLeaf;
}

/**
 * Steps that run inside a template of their own, called by one task of the enclosing DAG:
 * an `execWhile` body (a recursive template), or steps whose parallelism is capped (a mapped
 * step with `map.parallelism`, a `concurrent` group with `parallelism`).
 */
export interface SubDag {
  readonly id: ScopeId;
  readonly name: string;
  readonly kind: 'while' | 'parallel';
  readonly members: ReadonlyArray<string>;
  readonly outer: 'main' | 'exit';
  readonly path: ReadonlyArray<string | number>;
  readonly parallelism?: number;
  readonly condition?: Condition;
  readonly maxIterations?: number;
  templateName: string;
  taskName: string;
  /** Values from outside the sub-DAG its steps read: input parameters/artifacts of its template. */
  readonly imports: Map<string, { name: string; kind: 'parameter' | 'artifact'; ref: import('@couler/ir').StepOutputRef }>;
  /** Outputs of its steps read outside: output parameters/artifacts of its template. */
  readonly exports: Map<string, { name: string; kind: 'parameter' | 'artifact'; ref: import('@couler/ir').StepOutputRef }>;
  readonly ioNames: NameAllocator;
  /** The recursive task of a while loop and the input counting iterations. */
  nextTaskName?: string;
  iterationParameter?: string;
}

export interface WorkflowPlan {
  readonly entries: Map<string, StepEntry>;
  /** All steps in deterministic order: main steps, then exit-handler steps. */
  readonly ordered: ReadonlyArray<StepEntry>;
  readonly subDags: Map<ScopeId, SubDag>;
  /** Main step outputs that exit-handler steps read, exported as global outputs. */
  exitReads?: ExitReads;
  /** What the target Argo release has in scope when it expands a loop (default `all`). */
  loopScope?: LoopScope;
  /** Hook steps by the step they watch ('' for the workflow). */
  hooks?: Map<string, StepEntry[]>;
  /** A sub-workflow's body: `{ ref: parameter }` is an input of its DAG template, not a workflow parameter. */
  parametersAreInputs?: boolean;
}

/**
 * Works out where each step runs: the entry DAG, the exit-handler DAG, or a sub-DAG (while
 * loops, capped parallelism). Sub-DAGs do not nest; a step in two of them is refused.
 */
export function planWorkflow(workflow: Workflow): WorkflowPlan {
  // The plain-array graph (shared with validation for a checked workflow), not graphology:
  // at 100k steps graphology's graph alone cost more than the rest of the plan.
  const graph = stepGraphOf(workflow);
  const { order: nodes } = topologicalNodes(graph);
  const entries = new Map<string, StepEntry>();
  const located = new Map<string, { step: Step; phase: 'main' | 'exit'; path: Array<string | number> }>();
  for (const step of workflow.spec.steps) located.set(step.name, { step, phase: 'main', path: ['steps', step.name] });
  for (const step of workflow.spec.onExit ?? []) located.set(step.name, { step, phase: 'exit', path: ['onExit', step.name] });
  const ordered: StepEntry[] = [];
  for (let index = 0; index < nodes.length; index++) {
    const name = graph.names[nodes[index]!]!;
    const found = located.get(name);
    if (!found) continue;
    // Written out, not `{ ...found, … }`: V8 gives a spread with more fields added a slow shape,
    // and every later write to the entry (scope, names, leaf) paid for it, 10k times.
    const entry: StepEntry = { step: found.step, phase: found.phase, path: found.path, order: index, scope: found.step.hook ? 'hook' : found.phase, templateName: '', taskName: '' };
    entries.set(name, entry);
  }
  for (const entry of [...entries.values()].sort((a, b) => (a.phase === b.phase ? a.order - b.order : a.phase === 'main' ? -1 : 1))) ordered.push(entry);

  const subDags = new Map<ScopeId, SubDag>();
  const claim = (members: ReadonlyArray<string>, subDag: SubDag) => {
    for (const name of members) {
      const entry = entries.get(name);
      if (!entry) continue;
      if (entry.scope !== entry.phase) {
        throw unsupported(subDag.kind === 'while' ? 'while' : 'concurrent', `step "${name}" in two nested groups ("${entry.scope.slice(6)}" and "${subDag.name}")`, {
          path: subDag.path,
          stepName: name,
          hint: 'Argo runs each group as a template of its own; keep a step in one loop or capped group.',
        });
      }
      entry.scope = subDag.id;
    }
    subDags.set(subDag.id, subDag);
  };
  const newSubDag = (fields: Omit<SubDag, 'id' | 'templateName' | 'taskName' | 'imports' | 'exports' | 'ioNames'>): SubDag => ({
    ...fields,
    id: `group:${fields.name}`,
    templateName: '',
    taskName: '',
    imports: new Map(),
    exports: new Map(),
    ioNames: new NameAllocator(63),
  });
  for (const group of workflow.spec.groups ?? []) {
    if (group.kind !== 'while') continue;
    claim(group.steps, newSubDag({ name: group.name, kind: 'while', members: group.steps, outer: 'main', path: ['groups', group.name], condition: group.condition, maxIterations: group.maxIterations }));
  }
  for (const group of workflow.spec.groups ?? []) {
    if (group.kind !== 'concurrent' || group.parallelism === undefined) continue;
    const members = group.branches.flat();
    claim(members, newSubDag({ name: group.name, kind: 'parallel', members, outer: 'main', path: ['groups', group.name], parallelism: group.parallelism }));
  }
  const groupNames = new Set((workflow.spec.groups ?? []).map((group) => group.name));
  for (const entry of ordered) {
    const parallelism = entry.step.map?.parallelism;
    if (parallelism === undefined) continue;
    // A capped map runs in a template of its own; reuse the loop's when it is the only member.
    const current = entry.scope !== entry.phase ? subDags.get(entry.scope) : undefined;
    if (current && current.kind === 'parallel' && current.members.length === 1) continue;
    let name = `${entry.step.name}-map`;
    for (let suffix = 2; groupNames.has(name) || entries.has(name); suffix++) name = `${entry.step.name}-map-${suffix}`;
    groupNames.add(name);
    claim([entry.step.name], newSubDag({ name, kind: 'parallel', members: [entry.step.name], outer: entry.phase, path: [...entry.path, 'map', 'parallelism'], parallelism }));
  }
  return { entries, ordered, subDags };
}

/** Task names are unique within the DAG (or steps template) that holds them. */
export function allocateTaskNames(plan: WorkflowPlan, style: 'dag' | 'steps'): void {
  const allocators = new Map<ScopeId, NameAllocator>();
  const allocator = (scope: ScopeId) => {
    let found = allocators.get(scope);
    if (!found) {
      found = new NameAllocator(63);
      allocators.set(scope, found);
    }
    return found;
  };
  const wanted = (name: string) => (style === 'dag' ? taskNameFor(name) : name);
  // Sub-DAG tasks first, in group order, then steps in order: deterministic either way.
  for (const subDag of [...plan.subDags.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    subDag.taskName = allocator(subDag.outer).claim(wanted(subDag.name));
  }
  for (const entry of plan.ordered) entry.taskName = allocator(entry.scope).claim(wanted(entry.step.name));
  for (const subDag of plan.subDags.values()) {
    if (subDag.kind === 'while') {
      subDag.nextTaskName = allocator(subDag.id).claim(wanted(`${subDag.name}-next`));
      subDag.iterationParameter = subDag.ioNames.claim('iteration');
    }
  }
}
