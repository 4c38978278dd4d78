import { formatUsage } from '@couler/llm';
import { formatCandidate, formatNumber } from './space/candidate';
import type { StepTuneReport, TuneReport } from './tune-report';

const TUNER_LABELS = { llm: 'LLM (Algorithm 4: predicted training logs)', 'random-search': 'no LLM: seeded random search, trained for real', 'successive-halving': 'no LLM: successive halving, trained for real' } as const;

/** The report as text: per step a table of every candidate (predicted, measured), the choice and why. */
export function formatTuneReport(report: TuneReport): string {
  const blocks = [...report.notes.map((note) => `note: ${note}`), ...report.steps.map(formatStep)];
  if (report.usage) blocks.push(`LLM usage: ${formatUsage(report.usage)}`);
  return blocks.join('\n\n');
}

function formatStep(step: StepTuneReport): string {
  const llm = step.tuner === 'llm';
  const header = ['', '#', 'candidate', ...(llm ? [`predicted ${step.metric}`, 'rank', 'time s'] : []), ...(step.trainings > 0 ? [`measured ${step.metric}`] : []), ...(step.tuner === 'successive-halving' ? ['fidelity', 'trainings'] : [])];
  const chosen = formatCandidate(step.chosen);
  const rows = step.candidates.map((row, index) => [
    formatCandidate(row.candidate) === chosen ? '*' : '',
    String(index + 1),
    formatCandidate(row.candidate),
    ...(llm ? [row.predicted ? formatNumber(row.predicted.finalMetric) : `— ${shorten(row.predictionError ?? '')}`, row.predictedRank === undefined ? '' : String(row.predictedRank), row.predicted ? formatNumber(row.predicted.trainingSeconds) : ''] : []),
    ...(step.trainings > 0 ? [row.measured !== undefined ? formatNumber(row.measured) : row.measuredError ? `failed: ${shorten(row.measuredError)}` : ''] : []),
    ...(step.tuner === 'successive-halving' ? [row.fidelity === undefined ? '' : formatNumber(row.fidelity), String(row.trainings)] : []),
  ]);
  const lines = [
    `step ${step.step}: ${step.goal} ${step.metric} — ${TUNER_LABELS[step.tuner]}${step.promptTemplate ? `, prompt ${step.promptTemplate}` : ''}, seed ${step.seed}`,
    ...table([header, ...rows]),
    `chosen: ${chosen}`,
    `why: ${step.reason}`,
  ];
  if (step.trainings > 0) lines.push(`real trainings: ${step.trainings} (local runs: ${step.runIds.join(', ')})`);
  return lines.join('\n');
}

function table(rows: ReadonlyArray<ReadonlyArray<string>>): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd());
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
