/** A step instance, a sub-workflow call or one iteration of a call, and what runs inside it. */
export interface StepTreeNode {
  readonly id: string;
  /** `iteration` is a group with no row of its own (`models[2]`); the others are recorded steps. */
  readonly kind: 'step' | 'iteration';
  readonly children: StepTreeNode[];
}

/**
 * Nests step ids the way sub-workflow calls expand (`models` → `models[2]` → `models[2].train`),
 * for views that open a call into its iterations and steps: `couler status`, the GUI. Top-level
 * ids keep their order; so do the children of each node, except a call's iterations: those are in
 * item order (`models[2]` before `models[10]`) whichever started first.
 */
export function stepTree(ids: ReadonlyArray<string>): StepTreeNode[] {
  const nodes = new Map<string, StepTreeNode>();
  const roots: StepTreeNode[] = [];
  const nodeOf = (id: string, kind: StepTreeNode['kind']): StepTreeNode => {
    const existing = nodes.get(id);
    if (existing) {
      if (kind === 'step') (existing as { kind: StepTreeNode['kind'] }).kind = 'step';
      return existing;
    }
    const node: StepTreeNode = { id, kind, children: [] };
    nodes.set(id, node);
    const parent = parentOf(id, kind);
    if (parent === undefined) roots.push(node);
    else nodeOf(parent.id, parent.kind).children.push(node);
    return node;
  };
  for (const id of ids) nodeOf(id, 'step');
  for (const node of nodes.values()) {
    if (node.children[0]?.kind === 'iteration') node.children.sort((one, other) => iterationIndex(one.id) - iterationIndex(other.id));
  }
  return roots;
}

/** `models[2]` → 2. */
function iterationIndex(id: string): number {
  return Number(id.slice(id.lastIndexOf('[') + 1, -1));
}

/** `a[0].b` → the iteration `a[0]`; the iteration `a[0]` → the call `a`; `a` and `train[2]` (a mapped step) → none. */
function parentOf(id: string, kind: StepTreeNode['kind']): { id: string; kind: StepTreeNode['kind'] } | undefined {
  if (kind === 'iteration') return { id: id.slice(0, id.lastIndexOf('[')), kind: 'step' };
  const dot = id.lastIndexOf('.');
  if (dot !== -1) {
    const owner = id.slice(0, dot);
    return owner.endsWith(']') ? { id: owner, kind: 'iteration' } : { id: owner, kind: 'step' };
  }
  return undefined;
}
