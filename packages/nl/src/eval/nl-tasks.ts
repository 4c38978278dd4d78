import type { WorkflowProperties } from './workflow-properties';

/** One description of the pass@k task set and what a correct workflow for it has. */
export interface NlTask {
  readonly id: string;
  readonly description: string;
  readonly properties: WorkflowProperties;
}

const LOAD = { id: 'loading', anyOf: ['load', 'download', 'fetch', 'ingest', 'read'] };
const TRAIN = { id: 'training', anyOf: ['train', 'fit'] };
const EVALUATE = { id: 'evaluation', anyOf: ['eval', 'validat', 'test', 'score', 'metric'] };
const SELECT = { id: 'selection', anyOf: ['select', 'best', 'compare', 'choose', 'pick'] };
const PREPROCESS = { id: 'preprocessing', anyOf: ['preprocess', 'clean', 'transform', 'feature', 'prepare'] };
const DEPLOY = { id: 'deployment', anyOf: ['deploy', 'serve', 'publish', 'push', 'release'] };
const NOTIFY = { id: 'notification', anyOf: ['notify', 'alert', 'slack', 'mail', 'message'] };

/**
 * The descriptions the pass@k harness asks for, after the kinds of workflows the Couler paper
 * evaluates (§V.D): model selection, training at scale, data pipelines, AutoML. Each names the
 * constructs of Tables I and II a correct answer must use; together they cover all of them.
 */
export const NL_TASKS: ReadonlyArray<NlTask> = [
  {
    id: 'penguins-three-models',
    description: 'Train three models (logistic regression, random forest, gradient boosting) on the penguins table in parallel, each writing its accuracy, and keep the best one.',
    properties: { minSteps: 4, steps: [{ ...TRAIN, atLeast: 3 }, SELECT], order: [['training', 'selection']], constructs: ['concurrent', 'fan-in', 'artifact-parameter'] },
  },
  {
    id: 'paper-image-classification',
    description: 'Select the optimal image classification model among ResNet, ViT and DenseNet: load the data once, train each model on the same train and validation data, compare their accuracies and select the best model.',
    properties: { minSteps: 5, steps: [LOAD, { ...TRAIN, atLeast: 3 }, SELECT], order: [['loading', 'training'], ['training', 'selection']], constructs: ['fan-in', 'artifact-parameter'] },
  },
  {
    id: 'coin-flip',
    description: 'Flip a coin with a Python script; if it comes up heads run a step that prints "heads", otherwise one that prints "tails".',
    properties: { minSteps: 3, steps: [{ id: 'flip', anyOf: ['flip', 'coin', 'random'] }], constructs: ['run-script', 'when'] },
  },
  {
    id: 'flip-until-heads',
    description: 'Keep flipping a coin with a Python script while it comes up tails, at most 20 times.',
    properties: { minSteps: 1, constructs: ['run-script', 'exec-while'] },
  },
  {
    id: 'diamond',
    description: 'A diamond workflow: step A, then B and C both after A, then D after both B and C; each step echoes its name.',
    properties: { minSteps: 4, constructs: ['run-container', 'concurrent', 'fan-in'] },
  },
  {
    id: 'learning-rate-sweep',
    description: 'Train the same model once for each learning rate in 0.1, 0.01 and 0.001, all in parallel, then pick the run with the lowest validation loss.',
    properties: { minSteps: 2, steps: [TRAIN, SELECT], order: [['training', 'selection']], constructs: ['map'] },
  },
  {
    id: 'tensorflow-distributed',
    description: 'Train a TensorFlow model on ImageNet with 4 workers and 2 parameter servers, then evaluate the trained model.',
    properties: { minSteps: 2, steps: [{ id: 'tensorflow', anyOf: ['tensorflow'] }, EVALUATE], order: [['tensorflow', 'evaluation']], constructs: ['training-job'] },
  },
  {
    id: 'pytorch-ddp',
    description: 'Fine-tune a BERT model with PyTorch distributed data parallel on 8 workers.',
    properties: { minSteps: 1, steps: [{ id: 'pytorch', anyOf: ['pytorch'] }], constructs: ['training-job'] },
  },
  {
    id: 'horovod-mpi',
    description: 'Run Horovod training as an MPI job with one launcher and 4 workers, then export the model.',
    properties: { minSteps: 2, steps: [{ id: 'mpi', anyOf: ['mpi'] }], constructs: ['training-job'] },
  },
  {
    id: 'xgboost-distributed',
    description: 'Train an XGBoost classifier on the credit-default dataset with 3 distributed workers, then compute its AUC.',
    properties: { minSteps: 2, steps: [{ id: 'xgboost', anyOf: ['xgboost'] }, EVALUATE], constructs: ['training-job'] },
  },
  {
    id: 'lightgbm-ranking',
    description: 'Train a LightGBM ranking model with 2 workers on the click logs and evaluate NDCG.',
    properties: { minSteps: 2, steps: [{ id: 'lightgbm', anyOf: ['lightgbm', 'xgboost'] }, EVALUATE], constructs: ['training-job'] },
  },
  {
    id: 'kubernetes-job-manifest',
    description: 'Create a Kubernetes batch Job from a manifest that runs a data export, wait until it succeeds (fail if it fails), then train on the export.',
    properties: { minSteps: 2, steps: [TRAIN], constructs: ['run-job'] },
  },
  {
    id: 's3-dataset',
    description: 'Preprocess the raw reviews and store the cleaned dataset in the S3 bucket "ml-data" under "reviews/clean"; then train a sentiment model reading that dataset.',
    properties: { minSteps: 2, steps: [PREPROCESS, TRAIN], order: [['preprocessing', 'training']], constructs: ['artifact-s3'] },
  },
  {
    id: 'oss-features',
    description: 'Compute user features and save them as an artifact in Alibaba OSS bucket "features"; a training step reads them.',
    properties: { minSteps: 2, steps: [TRAIN], constructs: ['artifact-oss'] },
  },
  {
    id: 'gcs-model',
    description: 'Train a model and upload the model files as an artifact to the Google Cloud Storage bucket "models" at "churn/v1".',
    properties: { minSteps: 1, steps: [TRAIN], constructs: ['artifact-gcs'] },
  },
  {
    id: 'hdfs-logs',
    description: 'Aggregate the click logs into an artifact on HDFS at /warehouse/clicks (namenode hdfs://namenode:8020), then train a CTR model on them.',
    properties: { minSteps: 2, steps: [TRAIN], constructs: ['artifact-hdfs'] },
  },
  {
    id: 'git-code',
    description: 'Check out the training code from the Git repository https://github.com/example/churn.git at tag v1.2 as an input, and run its train.py.',
    properties: { minSteps: 1, steps: [TRAIN], constructs: ['artifact-git'] },
  },
  {
    id: 'http-csv',
    description: 'Download the iris CSV from https://example.com/iris.csv as an input artifact, then train a decision tree on it.',
    properties: { minSteps: 1, steps: [TRAIN], constructs: ['artifact-http'] },
  },
  {
    id: 'notify-on-failure',
    description: 'Train a model and evaluate it; when the workflow ends, whatever its status, send a Slack message with the status.',
    properties: { minSteps: 3, steps: [TRAIN, NOTIFY], constructs: ['exit-handler'] },
  },
  {
    id: 'parameters-epochs-lr',
    description: 'Train a CNN on CIFAR-10 with the number of epochs (default 10) and the learning rate (default 0.001) as workflow parameters.',
    properties: { minSteps: 1, steps: [TRAIN], constructs: ['workflow-parameter'], parameters: ['epoch'] },
  },
  {
    id: 'retry-flaky-download',
    description: 'Download the dataset from a flaky mirror, retrying up to 3 times, then train a model on it.',
    properties: { minSteps: 2, steps: [LOAD, TRAIN], order: [['loading', 'training']], constructs: ['retry'] },
  },
  {
    id: 'cache-preprocessing',
    description: 'Preprocess the corpus (cache this step for one hour so reruns reuse it), then train a word2vec model.',
    properties: { minSteps: 2, steps: [PREPROCESS, TRAIN], constructs: ['cache'] },
  },
  {
    id: 'gpu-resources',
    description: 'Train a diffusion model with 1 GPU, 8 CPUs and 32Gi of memory.',
    properties: { minSteps: 1, steps: [TRAIN], constructs: ['resources'] },
  },
  {
    id: 'database-secret',
    description: 'Export the orders table from the database using the password stored in the Kubernetes secret "db-credentials" (key "password"), then train a demand forecast on it.',
    properties: { minSteps: 2, steps: [TRAIN], constructs: ['secret'] },
  },
  {
    id: 'map-over-shards',
    description: 'A step lists the data shards as a JSON list; process each shard in parallel; then merge the results.',
    properties: { minSteps: 3, steps: [{ id: 'merge', anyOf: ['merge', 'combine', 'aggregate', 'join'] }], constructs: ['map'] },
  },
  {
    id: 'deploy-if-accurate',
    description: 'Train a fraud model, evaluate it, and deploy it only if the accuracy is above 0.9.',
    properties: { minSteps: 3, steps: [TRAIN, EVALUATE, DEPLOY], order: [['training', 'evaluation'], ['evaluation', 'deployment']], constructs: ['when'] },
  },
  {
    id: 'automl-select-then-final',
    description: 'AutoML: train a random forest, an SVM and a k-nearest-neighbours model, each over the same split, select the best by accuracy, then train the selected model on all the data.',
    properties: { minSteps: 5, steps: [{ ...TRAIN, atLeast: 4 }, SELECT], order: [['selection', 'training']], constructs: ['fan-in'] },
  },
  {
    id: 'etl-sequence',
    description: 'Extract sales from the API, transform them into daily aggregates, and load them into the warehouse, one after another.',
    properties: { minSteps: 3, steps: [{ id: 'extract', anyOf: ['extract'] }, { id: 'transform', anyOf: ['transform', 'aggregat'] }, { id: 'load', anyOf: ['load', 'warehouse'] }], order: [['extract', 'transform'], ['transform', 'load']], constructs: ['run-container'] },
  },
  {
    id: 'validate-then-train',
    description: 'Check the schema of the incoming data with a Python script that prints "valid" or "invalid"; train only if it is valid, otherwise send an alert.',
    properties: { minSteps: 3, steps: [TRAIN, NOTIFY], constructs: ['run-script', 'when'] },
  },
  {
    id: 'ab-evaluation',
    description: 'Evaluate the current model and the candidate model side by side on the holdout set, then compare their scores.',
    properties: { minSteps: 3, steps: [{ ...EVALUATE, atLeast: 2 }, SELECT], constructs: ['fan-in'] },
  },
  {
    id: 'segmentation-pipeline',
    description: 'Resize and augment the medical images with a Python script, then train a U-Net with PyTorch on 4 workers.',
    properties: { minSteps: 2, steps: [{ id: 'pytorch', anyOf: ['pytorch'] }], constructs: ['run-script', 'training-job'] },
  },
  {
    id: 'llm-finetune',
    description: 'Download the base language model from https://example.com/base-model.tar.gz, fine-tune it with PyTorch on 2 workers, then evaluate perplexity.',
    properties: { minSteps: 2, steps: [EVALUATE], constructs: ['training-job', 'artifact-http'] },
  },
  {
    id: 'feature-engineering-local-artifacts',
    description: 'Build features from the raw events into a directory artifact, train a model from that artifact into a model artifact, and evaluate the model artifact.',
    properties: { minSteps: 3, steps: [TRAIN, EVALUATE], order: [['training', 'evaluation']], constructs: ['artifact-local'] },
  },
  {
    id: 'cross-validation',
    description: 'Run 5-fold cross-validation: train and score the model on each fold 0 to 4 in parallel, then average the scores.',
    properties: { minSteps: 2, steps: [{ id: 'average', anyOf: ['average', 'mean', 'aggregate'] }], constructs: ['map'] },
  },
  {
    id: 'grid-search',
    description: 'Grid search: train for every combination of learning rate (0.1, 0.01) and batch size (32, 64, 128), then select the best combination.',
    properties: { minSteps: 2, steps: [TRAIN, SELECT], constructs: ['map'] },
  },
  {
    id: 'train-until-converged',
    description: 'Train one epoch at a time, printing "continue" or "done", repeating while it prints "continue" (at most 50 epochs).',
    properties: { minSteps: 1, steps: [TRAIN], constructs: ['exec-while'] },
  },
  {
    id: 'nightly-retrain',
    description: 'Retrain the recommender for a given date (a workflow parameter, default "2024-01-01"), evaluate it and publish the metrics.',
    properties: { minSteps: 3, steps: [TRAIN, EVALUATE], constructs: ['workflow-parameter'], parameters: ['date'] },
  },
  {
    id: 'ensemble',
    description: 'Train a CNN, an LSTM and a transformer concurrently, each saving its model as an artifact, then build an ensemble from the three models.',
    properties: { minSteps: 4, steps: [{ ...TRAIN, atLeast: 3 }, { id: 'ensemble', anyOf: ['ensemble', 'combine'] }], order: [['training', 'ensemble']], constructs: ['concurrent', 'fan-in', 'artifact-local'] },
  },
  {
    id: 'batch-inference',
    description: 'Run batch prediction over the partitions 2024-01, 2024-02 and 2024-03 in parallel, then aggregate the predictions into one report.',
    properties: { minSteps: 2, steps: [{ id: 'predict', anyOf: ['predict', 'infer'] }, { id: 'aggregate', anyOf: ['aggregate', 'report', 'merge'] }], constructs: ['map'] },
  },
  {
    id: 'drift-retrain',
    description: 'Compute the data drift score of this week\'s data; if the score is above 0.3, retrain the model and deploy it.',
    properties: { minSteps: 3, steps: [{ id: 'drift', anyOf: ['drift'] }, TRAIN], order: [['drift', 'training']], constructs: ['when'] },
  },
  {
    id: 'tensorflow-embeddings-to-s3',
    description: 'Train item embeddings with a TensorFlow job on 2 workers, then export them to the S3 bucket "embeddings" under "items/latest".',
    properties: { minSteps: 2, steps: [{ id: 'tensorflow', anyOf: ['tensorflow'] }], constructs: ['training-job', 'artifact-s3'] },
  },
  {
    id: 'cleanup-exit-handler',
    description: 'Run a hyperparameter search job and, whatever happens, clean up the temporary volumes at the end.',
    properties: { minSteps: 2, steps: [{ id: 'cleanup', anyOf: ['clean', 'delete', 'remove'] }], constructs: ['exit-handler'] },
  },
  {
    id: 'git-test-then-train',
    description: 'Check out https://github.com/example/model.git, run its unit tests, and train only after the tests pass.',
    properties: { minSteps: 2, steps: [{ id: 'tests', anyOf: ['test', 'pytest'] }, TRAIN], order: [['tests', 'training']], constructs: ['artifact-git'] },
  },
  {
    id: 'gpu-retry-training',
    description: 'Train a speech model on 2 GPUs, retrying twice if the node is preempted, then evaluate the word error rate.',
    properties: { minSteps: 2, steps: [TRAIN, EVALUATE], constructs: ['resources', 'retry'] },
  },
];
