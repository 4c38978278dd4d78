// The same AutoML workflow with every step in python3, standard library only: the models are
// written in plain Python (steps/python/classifiers.py) and read the same penguins table.
//
//   node apps/cli/dist/bin.js run examples/automl/src/automl-python.ts
import { automlWorkflow } from './automl-workflow';
import { PYTHON_CANDIDATES } from './candidates';
import { defaultReportDir, penguinsJsonPath } from './example-paths';

export default automlWorkflow({
  name: 'automl-penguins-python',
  runtime: 'python',
  candidates: PYTHON_CANDIDATES,
  dataset: penguinsJsonPath(),
  reportDir: defaultReportDir('python'),
});
