// Step load-data: reads the penguins table vega-datasets ships and writes it as feature rows.
import { toDataset } from './lib/penguins.mjs';
import { fail, readJson, stepArguments, writeJson } from './lib/step-io.mjs';

const { source, output } = stepArguments('load-data.mjs', ['source', 'output']);

/** `…/node_modules/.pnpm/…/node_modules/vega-datasets/data/penguins.json` → `vega-datasets/data/penguins.json`. */
function shownSource(path) {
  return path.split(/[\\/]node_modules[\\/]/).pop();
}

let dataset;
try {
  dataset = toDataset(readJson(source, 'the penguins table'), shownSource(source));
} catch (error) {
  fail(error.message);
}
writeJson(output, dataset);
const counts = dataset.classes.map((name, index) => `${dataset.rows.filter((row) => row.y === index).length} ${name}`);
console.log(`Loaded ${dataset.rows.length} penguins (${counts.join(', ')}); left out ${dataset.dropped} with a missing measurement.`);
