import { fileURLToPath } from 'node:url';
import type { CoverageMeasurement, FieldCoverage } from './measure-coverage';

/** Where the table is written: the repository's docs folder. */
export const COVERAGE_DOCUMENT = fileURLToPath(new URL('../../../docs/argo-coverage.md', import.meta.url));

const percent = (part: number, whole: number): string => `${whole === 0 ? '0.0' : ((100 * part) / whole).toFixed(1)} %`;

/** `covered / total (x %)`, one line per definition, then each failing probe. */
export function formatSummary(measurement: CoverageMeasurement): string {
  const lines = [`Argo API coverage: ${measurement.covered} / ${measurement.total} (${percent(measurement.covered, measurement.total)})`];
  for (const row of measurement.byDefinition) {
    lines.push(`  ${row.definition.padEnd(13)} ${String(row.covered).padStart(3)} / ${String(row.total).padEnd(3)} (${percent(row.covered, row.total)}), ${row.outOfScope} out of scope`);
  }
  for (const field of measurement.fields.filter((each) => each.status === 'failing')) lines.push(`✗ ${field.field} (src/probes/${field.file}): ${field.note}`);
  return `${lines.join('\n')}\n`;
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function statusCell(field: FieldCoverage): string {
  if (field.status === 'out of scope') return `out of scope: ${cell(field.note ?? '')}`;
  // A failing probe is not coverage: the table says missing, the run says why.
  return field.status === 'failing' ? 'missing' : field.status;
}

/** docs/argo-coverage.md: the figures and one row per field. */
export function formatCoverageDocument(measurement: CoverageMeasurement): string {
  const lines = [
    '# Argo API coverage',
    '',
    '<!-- Written by `pnpm coverage:argo` (tests/argo-coverage); do not edit by hand. -->',
    '',
    "Every field of Argo's `WorkflowSpec`, `Template`, `DAGTask`, `WorkflowStep`, `Artifact` and `Container`, from the Argo JSON Schema " +
      '`@couler/backend-argo` validates against. A field is **covered** when a small `@couler/dsl` workflow that sets it, compiled with ' +
      '`couler compile --backend argo --validate`, has it in the Argo document. Out-of-scope fields count as not covered.',
    '',
    `**Covered: ${measurement.covered} / ${measurement.total} (${percent(measurement.covered, measurement.total)}).**`,
    '',
    '| definition | covered | out of scope | fields |',
    '| --- | --- | --- | --- |',
    ...measurement.byDefinition.map((row) => `| \`${row.definition}\` | ${row.covered} (${percent(row.covered, row.total)}) | ${row.outOfScope} | ${row.total} |`),
    '',
    '| field | status |',
    '| --- | --- |',
    ...measurement.fields.map((field) => `| \`${field.field}\` | ${statusCell(field)} |`),
    '',
  ];
  return lines.join('\n');
}
