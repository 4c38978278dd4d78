import { buildWorkflowGraph, type Workflow } from '@couler/ir';
import { Background, Controls, type Edge, type Node, Position, ReactFlow } from '@xyflow/react';
import { useEffect, useMemo, useState } from 'react';
import { layoutDag, NODE_HEIGHT, NODE_WIDTH } from './layout-dag';

/** A run's DAG laid out by elkjs, each step coloured and labelled with its live phase. */
export function WorkflowDag({ workflow, phases, selected, onSelect }: { workflow: Workflow; phases: ReadonlyMap<string, string>; selected?: string; onSelect: (step: string) => void }) {
  const [positions, setPositions] = useState<Map<string, { x: number; y: number }> | null>(null);
  const graph = buildWorkflowGraph(workflow);
  const names = graph.nodes();
  const edges = graph.edges().map((edge) => ({ source: graph.source(edge), target: graph.target(edge) }));
  const shape = JSON.stringify([names, edges]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the layout depends on the graph's shape only, which `shape` spells out.
  useEffect(() => {
    let current = true;
    void layoutDag(names, edges).then((laid) => current && setPositions(laid));
    return () => {
      current = false;
    };
  }, [shape]);
  // New node objects only when something shown changed: React Flow measures a node when it first sees it,
  // and a run page re-rendering every few hundred milliseconds must not keep it from doing so.
  const phaseKey = names.map((name) => phases.get(name) ?? 'Pending').join('|');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `shape` and `phaseKey` spell out names, edges and phases.
  const nodes: Node[] = useMemo(() => names.map((name) => {
    const phase = phases.get(name) ?? 'Pending';
    return {
      id: name,
      position: positions?.get(name) ?? { x: 0, y: 0 },
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
      data: { label: `${name} · ${phase}` },
      className: `dag-node phase-${phase.toLowerCase()}${selected === name ? ' selected' : ''}`,
      ariaLabel: `Step ${name}: ${phase}`,
      connectable: false,
      draggable: false,
      sourcePosition: Position.Right,
      targetPosition: Position.Left,
    };
  }), [positions, shape, phaseKey, selected]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `shape` spells out the edges.
  const flowEdges: Edge[] = useMemo(() => edges.map((edge) => ({ id: `${edge.source}->${edge.target}`, source: edge.source, target: edge.target })), [shape]);
  if (!positions) return <p>Laying out the graph…</p>;
  return (
    <div className="dag" data-testid="run-dag">
      <ReactFlow nodes={nodes} edges={flowEdges} fitView fitViewOptions={{ maxZoom: 1, padding: 0.1 }} onNodeClick={(_event, node) => onSelect(node.id)} nodesConnectable={false} proOptions={{ hideAttribution: true }}>
        <Background />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
