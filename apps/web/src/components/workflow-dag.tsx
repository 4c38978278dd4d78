import type { Workflow } from '@couler/ir';
import { Background, Controls, type Edge, Handle, type Node, type NodeProps, Position, ReactFlow } from '@xyflow/react';
import { useEffect, useMemo, useState } from 'react';
import { type DagModel, type DagNode, dagModel } from './dag-model';
import { type Box, CALL_NODE_HEIGHT, layoutGroupedDag } from './layout-dag';
import { nodePhase, type RunPhases } from './node-phase';

type GroupData = { label: string; detail: string };

/** An open call or one of its iterations: a labelled frame around its steps, with the call's edges on its sides. */
function GroupNode({ data }: NodeProps<Node<GroupData>>) {
  return (
    <>
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <div className="dag-group-label">
        <span className="dag-name">{data.label}</span> <span className="dag-detail">{data.detail}</span>
      </div>
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </>
  );
}
// An open call can hold many steps: zoom out further than React Flow's default to show it whole.
const FIT = { maxZoom: 1, minZoom: 0.2, padding: 0.1 };

// Stable across renders: React Flow warns about, and re-mounts for, a new object each time.
const NODE_TYPES = { group: GroupNode };

/** `3 iterations · Running`: what a call holds and how it goes. */
function callDetail(node: DagNode, phase: string): string {
  const held = node.iterations === undefined ? 'sub-workflow' : `${node.iterations} iteration${node.iterations === 1 ? '' : 's'}`;
  return `${held} · ${phase}`;
}

function flowNode(node: DagNode, box: Box, phase: string, selected: string | undefined): Node {
  const shared = {
    id: node.id,
    position: { x: box.x, y: box.y },
    width: box.width,
    height: box.height,
    ...(node.parent !== undefined && { parentId: node.parent }),
    connectable: false,
    draggable: false,
    sourcePosition: Position.Right,
    targetPosition: Position.Left,
  };
  const classes = `phase-${phase.toLowerCase()}${selected === node.id ? ' selected' : ''}`;
  if (node.kind === 'step') return { ...shared, data: { label: `${node.name} · ${phase}` }, className: `dag-node ${classes}`, ariaLabel: `Step ${node.id}: ${phase}` };
  const detail = node.kind === 'iteration' ? phase : callDetail(node, phase);
  if (node.kind === 'call' && !node.open) {
    return { ...shared, data: { label: `${node.name} · ${detail}` }, className: `dag-node dag-call ${classes}`, ariaLabel: `Sub-workflow call ${node.id}: ${detail}; click to open` };
  }
  const what = node.kind === 'call' ? `Sub-workflow call ${node.id}: ${detail}; click to close` : `Iteration ${node.id}: ${detail}`;
  return { ...shared, type: 'group', data: { label: node.name, detail }, className: `dag-group dag-${node.kind} ${classes}`, ariaLabel: what };
}

/**
 * A run's DAG laid out by elkjs, each step coloured and labelled with its live phase. A call of a
 * sub-workflow is one node with its iterations and overall phase; a click opens it into its
 * iterations and their steps, another closes it.
 */
export function WorkflowDag({ workflow, phases, open, selected, onSelect, onToggle }: { workflow: Workflow; phases: RunPhases; open: ReadonlySet<string>; selected?: string; onSelect: (step: string) => void; onToggle: (call: string) => void }) {
  const [laid, setLaid] = useState<{ model: DagModel; boxes: Map<string, Box>; generation: number } | null>(null);
  const treeShape = JSON.stringify([...phases.tree.values()].filter((node) => node.kind === 'iteration').map((node) => node.id));
  const openKey = [...open].sort().join('\u0000');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the model depends on the workflow, the iterations the tree lists and what is open, which the keys spell out.
  const model = useMemo(() => dagModel(workflow, phases.tree, open), [workflow, treeShape, openKey]);
  useEffect(() => {
    let current = true;
    // Until the new layout is there, the previous one stays on screen whole.
    const sized = model.nodes.map((node) => (node.kind === 'call' && !node.open ? { ...node, height: CALL_NODE_HEIGHT } : node));
    void layoutGroupedDag(sized, model.edges).then((laidOut) => current && setLaid((before) => ({ model, boxes: laidOut, generation: (before?.generation ?? 0) + 1 })));
    return () => {
      current = false;
    };
  }, [model]);
  const shown = laid?.model.nodes ?? [];
  const phaseOf = new Map(shown.map((node) => [node.id, nodePhase(node, phases)]));
  // New node objects only when something shown changed: React Flow measures a node when it first sees it,
  // and a run page re-rendering every few hundred milliseconds must not keep it from doing so.
  const phaseKey = shown.map((node) => phaseOf.get(node.id)).join('|');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `laid` and `phaseKey` spell out the nodes, their boxes and phases.
  const nodes: Node[] = useMemo(() => (laid ? laid.model.nodes.map((node) => flowNode(node, laid.boxes.get(node.id)!, phaseOf.get(node.id)!, selected)) : []), [laid, phaseKey, selected]);
  const edges: Edge[] = useMemo(() => (laid ? laid.model.edges.map((edge) => ({ id: `${edge.source}->${edge.target}`, source: edge.source, target: edge.target })) : []), [laid]);
  if (!laid) return <p>Laying out the graph…</p>;
  const kinds = new Map(laid.model.nodes.map((node) => [node.id, node.kind]));
  return (
    <div className="dag" data-testid="run-dag">
      {/* A new layout (a call opened or closed) is a new flow, fitted in view once React Flow has measured it. */}
      <ReactFlow
        key={laid.generation}
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        fitView
        fitViewOptions={FIT}
        minZoom={FIT.minZoom}
        onNodeClick={(_event, node) => {
          if (kinds.get(node.id) === 'call') onToggle(node.id);
          onSelect(node.id);
        }}
        nodesConnectable={false}
        proOptions={{ hideAttribution: true }}
      >
        <Background />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
