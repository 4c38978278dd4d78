import type { SplitReport } from './split-report';

const limit = (value: number) => (Number.isFinite(value) ? String(value) : 'no limit');
const percent = (value: number, of: number) => (Number.isFinite(of) ? ` (${Math.round((100 * value) / of)}%)` : '');

/** The report as text for a terminal: the budget, the summary, then one line per part. */
export function formatSplitReport(report: SplitReport): string {
  const { budget, totals, criticalPath } = report;
  const lines = [
    `Budget: ${limit(budget.bytes)} bytes, ${limit(budget.steps)} steps, ${limit(budget.pods)} pods per sub-workflow (algorithm ${report.algorithm}).`,
    `Workflow: ${totals.steps} steps, ${totals.pods} pods, about ${totals.bytes} bytes as one document.`,
    `Parts: ${report.parts.length} (lower bound ${report.lowerBound}); ${report.crossings} outputs cross parts; ${report.boundGroups} groups of steps kept together.`,
    `Critical path: ${criticalPath.before} steps before, ${criticalPath.after} after (${criticalPath.after === criticalPath.before ? 'unchanged' : `+${criticalPath.after - criticalPath.before}`}).`,
    '',
    'part  name                                     steps          bytes (est.)       pods  parallelism  depends on',
  ];
  report.parts.forEach((part, index) => {
    lines.push(
      [
        String(index + 1).padEnd(5),
        part.name.padEnd(40),
        `${part.steps}${percent(part.steps, budget.steps)}`.padEnd(14),
        `${part.bytes}${percent(part.bytes, budget.bytes)}`.padEnd(18),
        `${part.pods}`.padEnd(5),
        String(part.parallelism).padEnd(12),
        part.dependsOn.length > 0 ? part.dependsOn.map((other) => other + 1).join(', ') : '-',
      ].join(' '),
    );
  });
  return `${lines.join('\n')}\n`;
}
