/**
 * Reads back the `.mmd` text this backend writes, line by line, for tests. Every line must be
 * one of the statements the backend emits — a node, an edge, a subgraph opening or `end` — so a
 * label that breaks out of its quotes makes this throw instead of passing unnoticed.
 */
export interface FlowchartNode {
  readonly id: string;
  /** Label lines, decoded (entity codes turned back into characters). */
  readonly lines: string[];
  /** The innermost subgraph id the node is declared in. */
  readonly subgraph?: string;
}
export interface FlowchartEdge {
  readonly from: string;
  readonly to: string;
  readonly dotted: boolean;
  readonly label?: string;
}
export interface FlowchartSubgraph {
  readonly id: string;
  readonly title: string;
  readonly parent?: string;
}
export interface Flowchart {
  readonly direction: string;
  readonly nodes: FlowchartNode[];
  readonly edges: FlowchartEdge[];
  readonly subgraphs: FlowchartSubgraph[];
  /** Node id of a step name (first label line). */
  idOf(name: string): string;
  /** Edges as `from -> to` by step name, in file order. */
  edgeNames(): string[];
}

const LABEL = '"([^"]*)"';
const NODE = new RegExp(`^ +(s\\d+)\\[${LABEL}\\]$`);
const EDGE = new RegExp(`^ +(s\\d+) (?:-->|-\\.->\\|${LABEL}\\|) (s\\d+)$`);
const SUBGRAPH = new RegExp(`^ +subgraph (g\\d+|onexit)\\[${LABEL}\\]$`);
const END = /^ +end$/;
const NAMED = { quot: '"', amp: '&', lt: '<', gt: '>' } as const;

export function decodeLabel(text: string): string {
  return text.replace(/#(\w+);/g, (whole, code: string) => {
    if (/^\d+$/.test(code)) return String.fromCodePoint(Number(code));
    return NAMED[code as keyof typeof NAMED] ?? whole;
  });
}

export function readFlowchart(contents: string): Flowchart {
  if (!contents.endsWith('\n')) throw new Error('The flowchart does not end with a newline.');
  const [header, ...body] = contents.slice(0, -1).split('\n');
  const direction = /^flowchart (TD|LR)$/.exec(header ?? '')?.[1];
  if (direction === undefined) throw new Error(`Unexpected first line: ${JSON.stringify(header)}`);
  const nodes: FlowchartNode[] = [];
  const edges: FlowchartEdge[] = [];
  const subgraphs: FlowchartSubgraph[] = [];
  const open: string[] = [];
  for (const line of body) {
    const node = NODE.exec(line);
    if (node) {
      const subgraph = open.at(-1);
      nodes.push({ id: node[1]!, lines: node[2]!.split('<br/>').map(decodeLabel), ...(subgraph && { subgraph }) });
      continue;
    }
    const edge = EDGE.exec(line);
    if (edge) {
      edges.push({ from: edge[1]!, to: edge[3]!, dotted: edge[2] !== undefined, ...(edge[2] !== undefined && { label: decodeLabel(edge[2]) }) });
      continue;
    }
    const subgraph = SUBGRAPH.exec(line);
    if (subgraph) {
      const parent = open.at(-1);
      subgraphs.push({ id: subgraph[1]!, title: decodeLabel(subgraph[2]!), ...(parent && { parent }) });
      open.push(subgraph[1]!);
      continue;
    }
    if (!END.test(line)) throw new Error(`Not a node, edge or subgraph line: ${JSON.stringify(line)}`);
    if (open.pop() === undefined) throw new Error('"end" without a subgraph.');
  }
  if (open.length > 0) throw new Error(`Unclosed subgraph ${open.join(', ')}.`);
  const nameOf = (id: string) => nodes.find((node) => node.id === id)?.lines[0] ?? `?${id}`;
  return {
    direction,
    nodes,
    edges,
    subgraphs,
    idOf(name) {
      const node = nodes.find((candidate) => candidate.lines[0] === name);
      if (!node) throw new Error(`No node for step ${JSON.stringify(name)}.`);
      return node.id;
    },
    edgeNames: () => edges.map((edge) => `${nameOf(edge.from)} -> ${nameOf(edge.to)}`),
  };
}
