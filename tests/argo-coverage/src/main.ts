// `pnpm coverage:argo`: measures, prints the figures and writes docs/argo-coverage.md. Exits 1
// when a probe that claims coverage does not cover (the table then says "missing").
import { writeFileSync } from 'node:fs';
import { COVERAGE_DOCUMENT, formatCoverageDocument, formatSummary } from './format-coverage';
import { measureCoverage } from './measure-coverage';

const measurement = await measureCoverage();
process.stdout.write(formatSummary(measurement));
writeFileSync(COVERAGE_DOCUMENT, formatCoverageDocument(measurement));
process.stdout.write(`wrote docs/argo-coverage.md\n`);
if (measurement.fields.some((field) => field.status === 'failing')) process.exitCode = 1;
