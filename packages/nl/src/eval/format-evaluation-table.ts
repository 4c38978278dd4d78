import type { EvaluationReport } from './run-evaluation';

/** Table II and III of the Couler paper (GPT-4), the figures to compare with. */
export const PAPER_TABLE_II = [
  { label: 'paper: GPT-4 alone', passAtK: { 1: 45.81, 3: 48.11, 5: 50.23 }, tokensPerWorkflow: undefined },
  { label: 'paper: GPT-4 + Couler', passAtK: { 1: 73.12, 3: 75.61, 5: 77.38 }, tokensPerWorkflow: 3813.7 },
] as const;

const METHOD_LABELS = { plain: 'alone (one prompt)', couler: '+ Couler pipeline' } as const;

/**
 * The report in the form of Table II (pass@k in %, the temperature that gave it) with Table III's
 * tokens per workflow, the paper's GPT-4 rows underneath.
 */
export function formatEvaluationTable(report: EvaluationReport): string {
  const ks = report.rows[0]?.passAtK.map((entry) => entry.k) ?? [];
  const header = ['model', ...ks.map((k) => `pass@${k} [%]`), 'tokens/workflow'];
  const rows = report.rows.map((row) => [
    `${report.model} ${METHOD_LABELS[row.method]}`,
    ...row.passAtK.map((entry) => `${(entry.value * 100).toFixed(2)} (t=${entry.temperature})`),
    row.tokensPerWorkflow.toFixed(1),
  ]);
  const paper = PAPER_TABLE_II.map((row) => [row.label, ...ks.map((k) => (k in row.passAtK ? row.passAtK[k as 1 | 3 | 5].toFixed(2) : '')), row.tokensPerWorkflow?.toFixed(1) ?? '—']);
  const all = [header, ...rows, ...paper];
  const widths = header.map((_, column) => Math.max(...all.map((row) => (row[column] ?? '').length)));
  const line = (row: ReadonlyArray<string>) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [
    `pass@k over ${report.tasks} tasks, n=${report.samples} samples per task and temperature (${report.temperatures.join(', ')}), best temperature per k`,
    line(header),
    ...rows.map(line),
    ...paper.map(line),
  ].join('\n');
}
