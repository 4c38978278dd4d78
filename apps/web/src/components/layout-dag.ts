import type { ELK } from 'elkjs/lib/elk-api';

// elkjs is most of the GUI's weight: it is loaded the first time a graph is laid out, not with the page.
let elk: Promise<ELK> | undefined;
const loadElk = () => (elk ??= import('elkjs/lib/elk.bundled.js').then(({ default: Elk }) => new Elk()));
export const NODE_WIDTH = 190;
export const NODE_HEIGHT = 56;

/** Left-to-right layered positions (elkjs) for nodes and edges; unknown edge ends are dropped. */
export async function layoutDag(nodeIds: ReadonlyArray<string>, edges: ReadonlyArray<{ source: string; target: string }>): Promise<Map<string, { x: number; y: number }>> {
  const known = new Set(nodeIds);
  const graph = await (await loadElk()).layout({
    id: 'root',
    layoutOptions: { 'elk.algorithm': 'layered', 'elk.direction': 'RIGHT', 'elk.spacing.nodeNode': '30', 'elk.layered.spacing.nodeNodeBetweenLayers': '60' },
    children: nodeIds.map((id) => ({ id, width: NODE_WIDTH, height: NODE_HEIGHT })),
    edges: edges.filter((edge) => known.has(edge.source) && known.has(edge.target)).map((edge, index) => ({ id: `e${index}`, sources: [edge.source], targets: [edge.target] })),
  });
  return new Map((graph.children ?? []).map((child) => [child.id, { x: child.x ?? 0, y: child.y ?? 0 }]));
}
