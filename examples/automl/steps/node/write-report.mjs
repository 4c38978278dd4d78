// Step write-report: the markdown report, as an artifact and in the report directory.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { checkMetricsList, rankCandidates } from './lib/leaderboard.mjs';
import { reportMarkdown } from './lib/report-markdown.mjs';
import { fail, parseJsonArgument, reportDirArgument, stepArguments, writeText } from './lib/step-io.mjs';

const args = stepArguments('write-report.mjs', ['summary', 'metrics', 'min-accuracy', 'final', 'report-dir', 'output']);
const reportDir = reportDirArgument(args['report-dir']);
const summary = parseJsonArgument(args.summary, 'the split summary');
let ranked;
try {
  ranked = rankCandidates(checkMetricsList(parseJsonArgument(args.metrics, 'the cross-validation metrics')));
} catch (error) {
  fail(error.message);
}
// train-final is mapped over the candidates and runs for the winner only: a list of 0 or 1.
const finals = parseJsonArgument(args.final, 'the final test metrics');
if (!Array.isArray(finals) || finals.length > 1) fail(`expected a list of at most one final model's test metrics; got ${args.final.slice(0, 120)}`);
const [final] = finals;
const modelPath = join(reportDir, 'model.json');
// No model this run: a model.json left by an earlier run would be mistaken for this run's.
if (!final) rmSync(modelPath, { force: true });

const markdown = reportMarkdown({ summary, ranked, threshold: args['min-accuracy'], final, modelPath, runtime: `Node.js ${process.version}` });
const reportPath = join(reportDir, 'report.md');
writeText(args.output, markdown);
writeText(reportPath, markdown);
console.log(`Report: ${reportPath}`);
