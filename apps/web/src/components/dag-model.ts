import { buildSubWorkflowGraph, buildWorkflowGraph, type Step, type Workflow, type WorkflowGraph } from '@couler/ir';
import type { RunStepTreeNode } from '../api/api-client';

/** A box on the run's DAG: a step, a sub-workflow call (closed, or open into its iterations), or one iteration of a call. */
export interface DagNode {
  /** The run's step id (`models`, `models[1].train`) or iteration id (`models[1]`): the node's React Flow id. */
  readonly id: string;
  /** The open call or iteration this node is drawn inside. */
  readonly parent?: string;
  readonly kind: 'step' | 'call' | 'iteration';
  /** Its name where it is declared: `train` inside `models[1]`; an iteration's own id (`models[1]`). */
  readonly name: string;
  /** A call: open into its iterations (or, when not mapped, its steps). */
  readonly open: boolean;
  /** A mapped call: the iterations the run has (known before they start when its items are). */
  readonly iterations?: number;
}

export interface DagModel {
  /** Parents before their children, as React Flow draws them. */
  readonly nodes: ReadonlyArray<DagNode>;
  /** Between siblings only: into and out of a call, open or closed, they attach to the call. */
  readonly edges: ReadonlyArray<{ readonly source: string; readonly target: string }>;
}

/**
 * The boxes and edges the run page draws: the workflow's steps, each call of a sub-workflow one
 * node that opens (when its id is in `open`) into the iterations the run's `tree` lists, each
 * holding the definition's steps and edges, nested calls alike (`treeNodes`: the tree by id, `indexTree`). A workflow without calls gives
 * its steps and edges as the IR's graph has them.
 */
export function dagModel(workflow: Workflow, treeNodes: ReadonlyMap<string, RunStepTreeNode>, open: ReadonlySet<string>): DagModel {
  const nodes: DagNode[] = [];
  const edges: Array<{ source: string; target: string }> = [];

  const addScope = (graph: WorkflowGraph, prefix: string, parent: string | undefined) => {
    graph.forEachNode((_key, { step }) => addStep(step, prefix, parent));
    graph.forEachEdge((_edge, _attributes, _source, _target, source, target) => {
      edges.push({ source: `${prefix}${source.step.name}`, target: `${prefix}${target.step.name}` });
    });
  };
  const addStep = (step: Step, prefix: string, parent: string | undefined) => {
    const id = `${prefix}${step.name}`;
    const at = parent === undefined ? {} : { parent };
    if (step.kind !== 'subWorkflow') {
      nodes.push({ id, ...at, kind: 'step', name: step.name, open: false });
      return;
    }
    const iterations = (treeNodes.get(id)?.children ?? []).filter((child) => child.kind === 'iteration');
    const isOpen = open.has(id);
    nodes.push({ id, ...at, kind: 'call', name: step.name, open: isOpen, ...(step.map !== undefined && { iterations: iterations.length }) });
    const body = isOpen ? buildSubWorkflowGraph(workflow, step.subWorkflow.name) : undefined;
    if (!body) return;
    if (step.map === undefined) {
      addScope(body, `${id}.`, id);
      return;
    }
    for (const iteration of iterations) {
      nodes.push({ id: iteration.id, parent: id, kind: 'iteration', name: iteration.id.slice(prefix.length), open: true });
      addScope(body, `${iteration.id}.`, iteration.id);
    }
  };
  addScope(buildWorkflowGraph(workflow), '', undefined);
  return { nodes, edges };
}

/** Every node of the run's tree (`GET /runs/:id`'s `tree`) by its id. */
export function indexTree(tree: ReadonlyArray<RunStepTreeNode> | undefined): Map<string, RunStepTreeNode> {
  const byId = new Map<string, RunStepTreeNode>();
  const add = (nodes: ReadonlyArray<RunStepTreeNode>) => {
    for (const node of nodes) {
      byId.set(node.id, node);
      add(node.children);
    }
  };
  add(tree ?? []);
  return byId;
}
