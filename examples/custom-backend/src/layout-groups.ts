import type { BackendV1Warning, Group } from '@couler/ir';

/** A group drawn as a Mermaid subgraph: the steps drawn directly inside it, then nested groups. */
export interface GroupBox {
  readonly group: Group;
  /** Position of the group in the list given. */
  readonly index: number;
  /** Positions (in the step list given) of the steps drawn directly inside. */
  readonly steps: number[];
  readonly children: GroupBox[];
}

export interface GroupLayout {
  /** Outermost groups, in the order given. */
  readonly roots: ReadonlyArray<GroupBox>;
  /** Positions of the steps in no group, in order. */
  readonly ungrouped: ReadonlyArray<number>;
  /** Steps that belong to groups which overlap without nesting (drawn in one of them only). */
  readonly warnings: ReadonlyArray<BackendV1Warning>;
}

function membersOf(group: Group): Set<string> {
  return new Set(group.kind === 'while' ? group.steps : group.branches.flat());
}

function isSubset(small: ReadonlySet<string>, large: ReadonlySet<string>): boolean {
  for (const name of small) if (!large.has(name)) return false;
  return true;
}

/**
 * Nests groups into a tree, since a Mermaid node sits in one subgraph only: a group goes inside
 * the smallest group that holds all of its steps (of equal groups, the later inside the
 * earlier), and each step inside the innermost group that holds it. A step whose groups overlap
 * without one containing the other cannot be drawn faithfully; it gets a warning, not silence.
 */
export function layoutGroups(groups: ReadonlyArray<Group>, stepNames: ReadonlyArray<string>): GroupLayout {
  const members = groups.map(membersOf);
  // Strict total order "drawn inside": fewer steps, or as many and listed later.
  const inside = (a: number, b: number) => members[a]!.size < members[b]!.size || (members[a]!.size === members[b]!.size && a > b);
  const innermost = (candidates: number[]) => candidates.reduce((best, next) => (inside(next, best) ? next : best));

  const boxes: GroupBox[] = groups.map((group, index) => ({ group, index, steps: [], children: [] }));
  const parentOf = groups.map((_, index) => {
    const holders = groups
      .map((__, other) => other)
      .filter((other) => other !== index && inside(index, other) && isSubset(members[index]!, members[other]!));
    return holders.length === 0 ? undefined : innermost(holders);
  });
  const roots: GroupBox[] = [];
  for (const [index, parent] of parentOf.entries()) (parent === undefined ? roots : boxes[parent]!.children).push(boxes[index]!);

  const ungrouped: number[] = [];
  const warnings: BackendV1Warning[] = [];
  stepNames.forEach((name, position) => {
    const holders = members.flatMap((set, index) => (set.has(name) ? [index] : []));
    if (holders.length === 0) {
      ungrouped.push(position);
      return;
    }
    const home = innermost(holders);
    boxes[home]!.steps.push(position);
    const enclosing = new Set<number>();
    for (let at: number | undefined = home; at !== undefined; at = parentOf[at]) enclosing.add(at);
    for (const holder of holders) {
      if (enclosing.has(holder)) continue;
      warnings.push({
        message: `Step "${name}" belongs to groups "${groups[home]!.name}" and "${groups[holder]!.name}", which overlap without one containing the other; the diagram draws it inside "${groups[home]!.name}" only.`,
        path: ['groups', groups[holder]!.name],
        stepName: name,
      });
    }
  });
  return { roots, ungrouped, warnings };
}
