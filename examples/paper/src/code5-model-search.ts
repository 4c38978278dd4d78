// Code 5 of the Couler tech report: train one TensorFlow job per batch size, evaluate each model.
import { map, runContainer, steps, workflow, type ItemHandle, type StepHandle } from '@couler/dsl';

function trainTensorflow(batchSize: ItemHandle): StepHandle {
  return steps.tensorflow.train({
    numPs: 1,
    numWorkers: 1,
    command: 'python /train_model.py',
    args: ['--batch_size', batchSize],
    image: 'wide-deep-model:v1.0',
  });
}

function runMultipleJobs(numJobs: number): StepHandle {
  const batchSizes: number[] = [];
  for (let i = 1; i <= numJobs; i += 1) batchSizes.push(i * 100);
  return map((x) => trainTensorflow(x), batchSizes);
}

function evaluation(modelPath: ItemHandle): StepHandle {
  return runContainer({
    image: 'model_evaluation:v1',
    command: ['python', 'model_eval.py'],
    args: [modelPath],
    stepName: 'eval',
  });
}

export default workflow('code5-model-search', () => {
  // The training jobs' names, one per batch size: each job saves its model under its name.
  const modelPath = runMultipleJobs(5).output('job-name');
  map((x) => evaluation(x), modelPath);
});
