import type { Step } from '@couler/ir';
import type { ModelCard } from './model-card';

/**
 * Default Model Cards for the step zoo's training jobs (`steps.tensorflow.train` …), used when
 * a tunable zoo step comes without a card of its own.
 */
export const ZOO_MODEL_CARDS: Readonly<Record<'tensorflow' | 'pytorch' | 'mpi' | 'xgboost' | 'lightgbm', ModelCard>> = {
  tensorflow: { name: 'TensorFlow model', structure: 'a neural network trained with TensorFlow (TFJob: parameter servers and workers)', description: 'Trained by gradient descent over epochs, data-parallel across workers.', architecture: { framework: 'tensorflow' } },
  pytorch: { name: 'PyTorch model', structure: 'a neural network trained with PyTorch DistributedDataParallel (PyTorchJob: master and workers)', description: 'Trained by gradient descent over epochs, data-parallel across workers.', architecture: { framework: 'pytorch' } },
  mpi: { name: 'MPI (Horovod) model', structure: 'a neural network trained with ring all-reduce over MPI (MPIJob)', description: 'Trained by synchronous data-parallel gradient descent; the effective batch size is the per-worker batch times the workers.', architecture: { framework: 'horovod' } },
  xgboost: { name: 'XGBoost', structure: 'gradient-boosted decision trees (XGBoostJob)', description: 'Adds one tree per boosting round, each fitting the gradient of the loss; depth, learning rate and rounds trade bias against overfitting.', architecture: { booster: 'gbtree' } },
  lightgbm: { name: 'LightGBM', structure: 'gradient-boosted decision trees grown leaf-wise (on the XGBoost operator)', description: 'Adds one leaf-wise tree per boosting round; num_leaves, learning rate and rounds trade bias against overfitting.', architecture: { booster: 'gbdt' } },
};

/** The zoo's card for a job step, by framework (LightGBM by its image); undefined for other steps. */
export function zooModelCardOf(step: Step): ModelCard | undefined {
  if (step.kind !== 'job') return undefined;
  if (step.job.framework === 'xgboost' && /lightgbm/i.test(step.job.image)) return ZOO_MODEL_CARDS.lightgbm;
  return ZOO_MODEL_CARDS[step.job.framework];
}
