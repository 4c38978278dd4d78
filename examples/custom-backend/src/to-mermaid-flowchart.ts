import { buildWorkflowGraph, canonicalizeWorkflow, stepNodeKey, type BackendV1Warning, type Group, type Step, type Workflow } from '@couler/ir';
import { describeCondition } from './describe-condition';
import { describeStep } from './describe-step';
import { escapeMermaidLabel } from './escape-mermaid-label';
import { layoutGroups, type GroupBox } from './layout-groups';

export type MermaidDirection = 'TD' | 'LR';

export interface MermaidFlowchart {
  /** The `.mmd` text: `flowchart TD`, then nodes, subgraphs and edges, one statement a line. */
  readonly contents: string;
  readonly warnings: ReadonlyArray<BackendV1Warning>;
}

function label(lines: ReadonlyArray<string>): string {
  return `"${lines.map(escapeMermaidLabel).join('<br/>')}"`;
}

function groupTitle(group: Group): string {
  if (group.kind === 'while') {
    return `execWhile ${group.name} · again while ${describeCondition(group.condition)} · at most ${group.maxIterations} iterations`;
  }
  const branches = `${group.branches.length} ${group.branches.length === 1 ? 'branch' : 'branches'}`;
  return group.parallelism === undefined ? `concurrent ${group.name} · ${branches}` : `concurrent ${group.name} · ${branches}, ${group.parallelism} at a time`;
}

/**
 * Draws a workflow as a Mermaid flowchart. Steps are numbered `s0, s1, …` in canonical order
 * (topological, ties by name), so ids never carry user text and the output does not depend on
 * the order steps were written in. Every user string goes through `escapeMermaidLabel`.
 */
export function toMermaidFlowchart(workflow: Workflow, options: { readonly direction: MermaidDirection }): MermaidFlowchart {
  const { spec } = canonicalizeWorkflow(workflow);
  const mainSteps = spec.steps;
  const exitSteps = spec.onExit ?? [];
  const graph = buildWorkflowGraph({ ...workflow, spec });

  // The graph knows a step by name; with duplicate names (an invalid workflow) the first wins.
  const idOf = new Map<string, string>();
  const rankOf = new Map<string, number>();
  [...mainSteps, ...exitSteps].forEach((step, index) => {
    if (idOf.has(step.name)) return;
    idOf.set(step.name, `s${index}`);
    rankOf.set(step.name, index);
  });

  const out = [`flowchart ${options.direction}`];
  const node = (step: Step, id: string, depth: number) => {
    const lines = describeStep(step);
    // A condition is drawn on the incoming edges; a conditional step with none keeps it in its box.
    if (step.when && (!graph.hasNode(stepNodeKey(step.name)) || graph.inDegree(stepNodeKey(step.name)) === 0)) lines.push(`if ${describeCondition(step.when)}`);
    out.push(`${'  '.repeat(depth)}${id}[${label(lines)}]`);
  };

  const layout = layoutGroups(spec.groups ?? [], mainSteps.map((step) => step.name));
  const drawBox = (box: GroupBox, depth: number) => {
    out.push(`${'  '.repeat(depth)}subgraph g${box.index}[${label([groupTitle(box.group)])}]`);
    for (const position of box.steps) node(mainSteps[position]!, `s${position}`, depth + 1);
    for (const child of box.children) drawBox(child, depth + 1);
    out.push(`${'  '.repeat(depth)}end`);
  };
  for (const position of layout.ungrouped) node(mainSteps[position]!, `s${position}`, 1);
  for (const box of layout.roots) drawBox(box, 1);
  if (exitSteps.length > 0) {
    out.push(`  subgraph onexit[${label(['on exit'])}]`);
    for (const [index, step] of exitSteps.entries()) node(step, `s${mainSteps.length + index}`, 2);
    out.push('  end');
  }

  const edges: Array<{ source: string; target: string; when: Step['when']; rank: [number, number] }> = [];
  graph.forEachEdge((_edge, _attributes, _sourceKey, _targetKey, sourceNode, targetNode) => {
    const source = sourceNode.step.name;
    const target = targetNode.step.name;
    edges.push({ source, target, when: targetNode.step.when, rank: [rankOf.get(target)!, rankOf.get(source)!] });
  });
  edges.sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1]);
  for (const { source, target, when } of edges) {
    out.push(
      when
        ? `  ${idOf.get(source)} -.->|${label([`if ${describeCondition(when)}`])}| ${idOf.get(target)}`
        : `  ${idOf.get(source)} --> ${idOf.get(target)}`,
    );
  }
  return { contents: `${out.join('\n')}\n`, warnings: layout.warnings };
}
