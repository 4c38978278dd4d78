import type { ELK, ElkNode } from 'elkjs/lib/elk-api';

// elkjs is most of the GUI's weight: it is loaded the first time a graph is laid out, not with the page.
let elk: Promise<ELK> | undefined;
const loadElk = () => (elk ??= import('elkjs/lib/elk.bundled.js').then(({ default: Elk }) => new Elk()));
export const NODE_WIDTH = 190;
export const NODE_HEIGHT = 56;
/** A closed call says more than a step (its iterations, then its phase): room for a long name and that. */
export const CALL_NODE_HEIGHT = 96;
/** Room at the top of a group for its label (the call or iteration it is). */
export const GROUP_LABEL_HEIGHT = 44;

const LAYERED = { 'elk.algorithm': 'layered', 'elk.direction': 'RIGHT', 'elk.spacing.nodeNode': '30', 'elk.layered.spacing.nodeNodeBetweenLayers': '60' };
const GROUP = { ...LAYERED, 'elk.padding': `[top=${GROUP_LABEL_HEIGHT},left=12,bottom=12,right=12]`, 'elk.nodeSize.constraints': 'MINIMUM_SIZE', 'elk.nodeSize.minimum': `(${NODE_WIDTH},${NODE_HEIGHT + GROUP_LABEL_HEIGHT})` };

/** A node to lay out; a node that others name as `parent` is a group, sized to hold them. */
export interface LayoutNode {
  readonly id: string;
  readonly parent?: string;
  /** A box taller than a step's (NODE_HEIGHT); a group's height is what it holds. */
  readonly height?: number;
}

export interface Box {
  /** Relative to the parent's top left corner, as React Flow places a child. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Left-to-right layered positions (elkjs) for nodes and edges; unknown edge ends are dropped. */
export async function layoutDag(nodeIds: ReadonlyArray<string>, edges: ReadonlyArray<{ source: string; target: string }>): Promise<Map<string, { x: number; y: number }>> {
  return layoutGroupedDag(nodeIds.map((id) => ({ id })), edges);
}

/**
 * As `layoutDag`, with groups laid out inside their parents (each group's own edges inside it)
 * and each group as large as what it holds; edges join nodes of the same parent.
 */
export async function layoutGroupedDag(nodes: ReadonlyArray<LayoutNode>, edges: ReadonlyArray<{ source: string; target: string }>): Promise<Map<string, Box>> {
  const parents = new Set(nodes.flatMap((node) => (node.parent === undefined ? [] : [node.parent])));
  const elkNodes = new Map<string, ElkNode>(nodes.map((node) => [node.id, parents.has(node.id) ? { id: node.id, layoutOptions: GROUP, children: [], edges: [] } : { id: node.id, width: NODE_WIDTH, height: node.height ?? NODE_HEIGHT }]));
  const root: ElkNode = { id: 'root', layoutOptions: LAYERED, children: [], edges: [] };
  for (const node of nodes) (elkNodes.get(node.parent ?? '')?.children ?? root.children!).push(elkNodes.get(node.id)!);
  const parentOf = new Map(nodes.map((node) => [node.id, node.parent]));
  edges.forEach((edge, index) => {
    if (!parentOf.has(edge.source) || !parentOf.has(edge.target)) return;
    const container = elkNodes.get(parentOf.get(edge.source) ?? '') ?? root;
    container.edges!.push({ id: `e${index}`, sources: [edge.source], targets: [edge.target] });
  });
  const laid = await (await loadElk()).layout(root);
  const boxes = new Map<string, Box>();
  const collect = (children: ReadonlyArray<ElkNode>) => {
    for (const child of children) {
      boxes.set(child.id, { x: child.x ?? 0, y: child.y ?? 0, width: child.width ?? NODE_WIDTH, height: child.height ?? NODE_HEIGHT });
      collect(child.children ?? []);
    }
  };
  collect(laid.children ?? []);
  return boxes;
}
