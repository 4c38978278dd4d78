// Step pick-best: the candidate with the best cross-validated accuracy, as two output parameters
// the workflow's `when` conditions read.
import { checkMetricsList, rankCandidates } from './lib/leaderboard.mjs';
import { fail, parseJsonArgument, stepArguments, writeText } from './lib/step-io.mjs';

const args = stepArguments('pick-best.mjs', ['metrics', 'best-model', 'best-accuracy']);
let ranked;
try {
  ranked = rankCandidates(checkMetricsList(parseJsonArgument(args.metrics, 'the cross-validation metrics')));
} catch (error) {
  fail(error.message);
}
const [best] = ranked;
writeText(args['best-model'], best.name);
writeText(args['best-accuracy'], String(best.accuracy));
for (const [index, entry] of ranked.entries()) console.log(`${index + 1}. ${entry.name} ${entry.accuracy.toFixed(4)}`);
console.log(`Best: ${best.name} (cross-validated accuracy ${best.accuracy.toFixed(4)})`);
