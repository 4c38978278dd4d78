// @vitest-environment jsdom
import type { Workflow } from '@couler/ir';
import { conformanceWorkflows } from '@couler/ir/test';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeLabel, readFlowchart } from './__fixtures__/read-flowchart';
import { HOSTILE_NAMES, hostileWorkflow, showcaseWorkflow } from './__fixtures__/workflows';
import { mermaid } from './mermaid-backend';

/**
 * The real Mermaid parser (the library that renders `.mmd` files) reads what we write. It needs
 * a DOM for its sanitizer, hence jsdom. Its database keeps entity codes as placeholders until
 * rendering (`ﬂ°quot¶ß`, `ﬂ°°35¶ß`); `fromMermaid` turns them back as the renderer would.
 */
type MermaidApi = typeof import('mermaid').default;
let mermaidJs: MermaidApi;
beforeAll(async () => {
  mermaidJs = (await import('mermaid')).default;
  mermaidJs.initialize({ startOnLoad: false, securityLevel: 'strict' });
});

function fromMermaid(text: string): string {
  // Real line breaks first: a `<br>` typed by the user arrives as entity codes and must stay text.
  return text
    .split(/<br\s*\/?>/)
    .map((line) => decodeLabel(line.replace(/ﬂ°°(\d+)¶ß/g, '#$1;').replace(/ﬂ°(\w+)¶ß/g, '#$1;')))
    .join('\n');
}

interface ParsedFlowchart {
  vertices: Map<string, { id: string; text?: string }>;
  edges: Array<{ start: string; end: string; text: string; stroke: string }>;
  subgraphs: Array<{ id: string; title: string; nodes: string[] }>;
}

async function parseWithMermaid(contents: string): Promise<ParsedFlowchart> {
  await mermaidJs.parse(contents);
  const diagram = await mermaidJs.mermaidAPI.getDiagramFromText(contents);
  const db = diagram.db as unknown as { getVertices(): ParsedFlowchart['vertices']; getEdges(): ParsedFlowchart['edges']; getSubGraphs(): ParsedFlowchart['subgraphs'] };
  return { vertices: db.getVertices(), edges: db.getEdges(), subgraphs: db.getSubGraphs() };
}

async function mmd(target: Workflow): Promise<string> {
  return (await mermaid.doCompile(target, {})).files[0]!.contents;
}

describe('Mermaid syntax', () => {
  const examples: Record<string, Workflow> = { ...conformanceWorkflows, showcase: showcaseWorkflow };
  it.each(Object.keys(examples))('the %s workflow parses with Mermaid, with one vertex per step', async (name) => {
    const target = examples[name]!;
    const parsed = await parseWithMermaid(await mmd(target));
    expect(parsed.vertices.size).toBe(target.spec.steps.length + (target.spec.onExit?.length ?? 0));
  });

  it('hostile names, images and condition strings stay inside their labels: every line is a node, edge or subgraph', async () => {
    const contents = await mmd(hostileWorkflow);
    const chart = readFlowchart(contents); // throws on any other line
    for (const line of contents.split('\n').slice(1, -1)) {
      // A labelled statement holds exactly its label's two quotes, never a raw one inside.
      const labelled = /\["|\|"/.test(line);
      expect(line.split('"').length - 1, line).toBe(labelled ? 2 : 0);
    }
    const steps = [...hostileWorkflow.spec.steps, ...(hostileWorkflow.spec.onExit ?? [])];
    expect(chart.nodes).toHaveLength(steps.length);
    expect(chart.nodes.map((node) => node.lines[0]).sort()).toEqual(steps.map((step) => step.name.replace(/[\r\n\u2028]+/g, ' ')).sort());
    expect(chart.edges).toHaveLength(HOSTILE_NAMES.length - 1);
  });

  it('Mermaid reads the hostile workflow back as the same steps, edges and groups, with the text intact', async () => {
    const contents = await mmd(hostileWorkflow);
    const parsed = await parseWithMermaid(contents);
    const chart = readFlowchart(contents);
    const steps = [...hostileWorkflow.spec.steps, ...(hostileWorkflow.spec.onExit ?? [])];
    expect([...parsed.vertices.keys()].sort()).toEqual(chart.nodes.map((node) => node.id).sort());
    // Each label renders as the step's name and image (line breaks shown as spaces).
    const labels = [...parsed.vertices.values()].map((vertex) => fromMermaid(vertex.text ?? '').split('\n').slice(0, 2).join(' / ')).sort();
    const expected = steps.map((step) => `${step.name} / container · ${step.kind === 'container' ? step.container.image : ''}`.replace(/[\r\n\u2028]+/g, ' ')).sort();
    expect(labels).toEqual(expected);
    expect(parsed.edges.map((edge) => `${edge.start}->${edge.end}`)).toEqual(chart.edges.map((edge) => `${edge.from}->${edge.to}`));
    const dotted = parsed.edges.filter((edge) => edge.stroke === 'dotted');
    expect(dotted.map((edge) => fromMermaid(edge.text))).toEqual([`if ${HOSTILE_NAMES[2]}.result == "x\\"]|\\n end"`]);
    expect(parsed.subgraphs.map((subgraph) => [subgraph.id, fromMermaid(subgraph.title), subgraph.nodes.length]).sort()).toEqual([
      ['g0', 'concurrent g"] end · 1 branch, 2 at a time', 2],
      ['onexit', 'on exit', 1],
    ]);
  });
});
