import type { SourceLocation } from '@couler/ir';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** Top-level fields of the IR document; every other path starts inside `spec`. */
const ROOT_FIELDS = new Set(['apiVersion', 'kind', 'metadata', 'spec']);

interface Found {
  /** How many path segments were found. */
  depth: number;
  /** Offset of the deepest one in the text. */
  offset: number | undefined;
}

/** The children of `node` a path segment may mean, with the offset to report for each. */
function children(node: Node, segment: string | number): Array<{ node: Node | undefined; offset: number | undefined }> {
  if (isMap(node)) {
    const pair = node.items.find((item) => isScalar(item.key) && item.key.value === segment);
    return pair && isScalar(pair.key) ? [{ node: (pair.value ?? undefined) as Node | undefined, offset: pair.key.range?.[0] }] : [];
  }
  if (!isSeq(node)) return [];
  const items = node.items as Node[];
  if (typeof segment === 'number') {
    const item = items[segment];
    return item ? [{ node: item, offset: item.range?.[0] }] : [];
  }
  // Elements are named by their `name` (steps, parameters, env …) or are the name (dependencies).
  return items
    .filter((item) => (isMap(item) && item.get('name') === segment) || (isScalar(item) && item.value === segment))
    .map((item) => ({ node: item, offset: item.range?.[0] }));
}

function follow(node: Node | undefined, segments: ReadonlyArray<string | number>, found: Found): Found {
  const [segment, ...rest] = segments;
  if (node === undefined || segment === undefined) return found;
  let best = found;
  for (const child of children(node, segment)) {
    const result = follow(child.node, rest, { depth: found.depth + 1, offset: child.offset });
    // On a tie (two steps of one name) the later element wins: it is the duplicate.
    if (result.depth >= best.depth) best = result;
  }
  return best;
}

/** Finds IR paths in one document's text; see `createDocumentLocator`. */
export type DocumentLocator = (path: ReadonlyArray<string | number>) => SourceLocation | undefined;

/**
 * Parses a JSON or YAML workflow document once and returns a function that finds where an IR
 * path (`['steps', 'train', 'env', 'LR']`, elements by name, `spec` implied) is written in it.
 * The location is that of the deepest element of the path that exists, so a missing field
 * points at its parent. Finds nothing when the text does not parse.
 */
export function createDocumentLocator(text: string, file: string): DocumentLocator {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: false });
  const root = document.contents;
  if (document.errors.length > 0 || !isMap(root)) return () => undefined;
  return (path) => {
    const segments = path.length > 0 && !ROOT_FIELDS.has(String(path[0])) ? ['spec', ...path] : path;
    const { offset } = follow(root, segments, { depth: 0, offset: root.range?.[0] });
    if (offset === undefined) return undefined;
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
}
