// The NL running example (tech report, Appendix C): "select the optimal image classification
// model among ResNet, ViT and DenseNet". The code its four generated modules add up to:
// data loading → one training per model (same train/validation data) → validation →
// comparison → selection of the best model.
import { createLocalArtifact, createParameterArtifact, concurrent, runContainer, workflow, type StepHandle } from '@couler/dsl';

const MODELS = ['ResNet', 'ViT', 'DenseNet'] as const;

function loadData(): StepHandle {
  return runContainer({
    image: 'data-loader-image',
    command: ['python', 'load_data.py', '--out', '/data'],
    output: createLocalArtifact('/data', { name: 'dataset' }),
    stepName: 'load-data',
  });
}

function trainModel(modelName: string, data: StepHandle): StepHandle {
  const command = `python train.py --model ${modelName} --train_data /data/train --validation_data /data/validation`;
  return runContainer({
    image: 'training-image',
    command: command.split(' '),
    input: data,
    output: createParameterArtifact('/metrics/accuracy.txt', { name: 'accuracy' }),
    stepName: `train-${modelName}`,
  });
}

export default workflow('nl-image-classification', () => {
  const data = loadData();
  const trained = concurrent(MODELS.map((model) => () => trainModel(model, data)));
  const comparison = runContainer({
    image: 'model-comparison-image',
    command: ['python', 'compare.py'],
    args: trained.flatMap((step, index) => [`--${MODELS[index]}`, step.output('accuracy')]),
    output: createParameterArtifact('/out/best_model.txt', { name: 'best-model' }),
    stepName: 'compare-models',
  });
  runContainer({
    image: 'model-selection-image',
    command: ['python', 'select.py', '--model'],
    args: [comparison],
    stepName: 'select-model',
  });
});
