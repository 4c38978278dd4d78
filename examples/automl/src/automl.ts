// The AutoML example on Node.js: penguins from vega-datasets, five mljs models cross-validated
// in parallel, the best trained and tested if it clears `min-accuracy`, a markdown report.
//
//   node apps/cli/dist/bin.js run examples/automl/src/automl.ts
import { automlWorkflow } from './automl-workflow';
import { NODE_CANDIDATES } from './candidates';
import { defaultReportDir, penguinsJsonPath } from './example-paths';

export default automlWorkflow({
  name: 'automl-penguins',
  runtime: 'node',
  candidates: NODE_CANDIDATES,
  dataset: penguinsJsonPath(),
  reportDir: defaultReportDir('node'),
});
