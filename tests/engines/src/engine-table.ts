/**
 * Reads the construct × engine table of docs/engines.md. A row is
 *
 *   | `id` | construct | Argo cell | Airflow cell | Tekton cell |
 *
 * and a cell starts with ✓ (it compiles, and each `code span` in it is quoted from the emitted
 * file; "with `artifactStore`" in an Airflow or Tekton cell means with that setting) or with ✗ and the error code in backticks (`✗ UNSUPPORTED_BY_BACKEND: why`).
 */
export interface EngineCell {
  readonly id: string;
  readonly engine: 'Argo' | 'Airflow' | 'Tekton';
  readonly text: string;
  readonly compiles: boolean;
  /** For a refused construct: the CoulerError code the compiler must give. */
  readonly errorCode?: string;
  readonly needsArtifactStore: boolean;
  /** For a construct that compiles: the code spans of the cell, each a piece of the emitted file. */
  readonly emitted: ReadonlyArray<string>;
}

export interface EngineRow {
  readonly id: string;
  readonly cells: ReadonlyArray<EngineCell>;
}

const ENGINE_COLUMNS = ['Argo', 'Airflow', 'Tekton'] as const;

export function readEngineTable(markdown: string): { rows: EngineRow[] } {
  const lines = markdown.split('\n');
  const header = lines.findIndex((line) => /^\|\s*id\s*\|/.test(line));
  if (header < 0) throw new Error('docs/engines.md has no table whose first column is "id".');
  const columns = splitRow(lines[header]!);
  const engineIndex = ENGINE_COLUMNS.map((engine) => {
    const index = columns.indexOf(engine);
    if (index < 0) throw new Error(`docs/engines.md: the table has no "${engine}" column.`);
    return index;
  });
  const rows: EngineRow[] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    const cells = splitRow(line);
    const id = /^`([^`]+)`$/.exec(cells[0] ?? '')?.[1];
    if (!id) throw new Error(`docs/engines.md: a row's first cell must be an id in backticks: ${line}`);
    rows.push({ id, cells: ENGINE_COLUMNS.map((engine, n) => readCell(id, engine, cells[engineIndex[n]!] ?? '')) });
  }
  return { rows };
}

function readCell(id: string, engine: EngineCell['engine'], text: string): EngineCell {
  const needsArtifactStore = text.includes('with `artifactStore`');
  if (text.startsWith('✓')) {
    const emitted = [...text.replace('with `artifactStore`', '').matchAll(/`([^`]+)`/g)].map((match) => match[1]!);
    return { id, engine, text, compiles: true, needsArtifactStore, emitted };
  }
  const refused = /^✗ `([A-Z_]+)`/.exec(text);
  if (!refused) throw new Error(`docs/engines.md: the ${engine} cell of ${id} must start with ✓ or with ✗ and an error code in backticks; got: ${text}`);
  return { id, engine, text, compiles: false, errorCode: refused[1]!, needsArtifactStore, emitted: [] };
}

/** The cells of a Markdown table row; `\|` inside a cell is a literal bar. */
function splitRow(line: string): string[] {
  return line
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replace(/\\\|/g, '|'));
}
