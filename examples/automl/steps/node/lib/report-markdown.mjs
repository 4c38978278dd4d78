// The report the user reads at the end: a markdown metrics table and what was decided.
import { settingsOf } from './classifiers.mjs';

const fixed = (value) => value.toFixed(4);

function table(header, alignments, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(alignments.map((align) => (align === 'right' ? '---:' : '---'))), ...rows.map(line)].join('\n');
}

function describeSettings(metrics) {
  const settings = metrics.settings ?? settingsOf(metrics);
  const entries = Object.entries(settings);
  return entries.length === 0 ? 'defaults' : entries.map(([key, value]) => `${key}=${value}`).join(', ');
}

/**
 * @param input.summary what split-data wrote (rows, train, test, folds, seed, classes, features)
 * @param input.ranked cross-validation metrics, best first
 * @param input.threshold the min-accuracy parameter
 * @param input.final the held-out test metrics of the trained winner, or undefined when none was trained
 * @param input.modelPath where the model was copied, when one was trained
 */
export function reportMarkdown({ summary, ranked, threshold, final, modelPath, runtime }) {
  const best = ranked[0];
  const lines = [
    `# AutoML report: ${summary.dataset}`,
    '',
    `${summary.rows} ${summary.dataset} from \`${summary.source}\` (${summary.classes.length} classes: ${summary.classes.join(', ')}; features: ${summary.features.join(', ')}), seed ${summary.seed}, ${runtime}.`,
    `Stratified split: ${summary.train} rows to train, scored by ${summary.folds}-fold cross-validation; ${summary.test} held out for the final test.`,
    '',
    '## Cross-validation',
    '',
    table(
      ['rank', 'model', 'algorithm', 'settings', 'CV accuracy', '± std', 'macro F1'],
      ['right', 'left', 'left', 'left', 'right', 'right', 'right'],
      ranked.map((entry, index) => [String(index + 1), entry.name, entry.algorithm, describeSettings(entry), fixed(entry.accuracy), fixed(entry.accuracyStd), fixed(entry.macroF1)]),
    ),
    '',
    '## Decision',
    '',
  ];
  if (!final) {
    lines.push(
      `Best: **${best.name}**, cross-validated accuracy ${fixed(best.accuracy)} < the threshold ${threshold}: no model was trained.`,
      'Lower the threshold (`--param min-accuracy=…`) or add better candidates.',
      '',
    );
    return `${lines.join('\n')}`;
  }
  lines.push(
    `Best: **${best.name}**, cross-validated accuracy ${fixed(best.accuracy)} ≥ the threshold ${threshold}: trained on the whole training split and tested once on the held-out rows.`,
    '',
    '## Held-out test',
    '',
    table(['model', 'test accuracy', 'macro F1', 'test rows'], ['left', 'right', 'right', 'right'], [[final.name, fixed(final.testAccuracy), fixed(final.macroF1), String(final.testRows)]]),
    '',
    'Confusion matrix (rows: true class, columns: predicted):',
    '',
    table(['', ...final.classes], ['left', ...final.classes.map(() => 'right')], final.classes.map((name, index) => [name, ...final.confusion[index].map(String)])),
    '',
    `Model: \`${modelPath}\``,
    '',
  );
  return lines.join('\n');
}
