/** What a test reads back from report.md: the tables and the decision, as a user sees them. */
export interface ParsedReport {
  readonly rows: ReadonlyArray<{ rank: number; model: string; algorithm: string; cvAccuracy: number; std: number; macroF1: number }>;
  /** The bold name in the Decision section. */
  readonly chosen: string;
  readonly trained: boolean;
  readonly test?: { model: string; accuracy: number; macroF1: number; rows: number };
  readonly modelPath?: string;
}

function section(markdown: string, title: string): string {
  const start = markdown.indexOf(`## ${title}\n`);
  if (start === -1) return '';
  const rest = markdown.slice(start + title.length + 4);
  const end = rest.indexOf('\n## ');
  return end === -1 ? rest : rest.slice(0, end);
}

/** Body rows of the first markdown table in `text`, as cells. */
function tableRows(text: string): string[][] {
  const lines = text.split('\n').filter((line) => line.startsWith('|'));
  return lines.slice(2).map((line) => line.slice(1, -1).split('|').map((cell) => cell.trim()));
}

export function parseReport(markdown: string): ParsedReport {
  const rows = tableRows(section(markdown, 'Cross-validation')).map(([rank, model, algorithm, , cvAccuracy, std, macroF1]) => ({
    rank: Number(rank),
    model: model!,
    algorithm: algorithm!,
    cvAccuracy: Number(cvAccuracy),
    std: Number(std),
    macroF1: Number(macroF1),
  }));
  const decision = section(markdown, 'Decision');
  const chosen = /Best: \*\*([^*]+)\*\*/.exec(decision)?.[1] ?? '';
  const trained = decision.includes('trained on the whole training split');
  const testRow = tableRows(section(markdown, 'Held-out test'))[0];
  const modelPath = /^Model: `([^`]+)`$/m.exec(markdown)?.[1];
  return {
    rows,
    chosen,
    trained,
    ...(testRow && { test: { model: testRow[0]!, accuracy: Number(testRow[1]), macroF1: Number(testRow[2]), rows: Number(testRow[3]) } }),
    ...(modelPath !== undefined && { modelPath }),
  };
}
