/** The mljs algorithms a `TO TRAIN` statement can run. */
export type Algorithm = 'mlp' | 'random-forest' | 'decision-tree' | 'logistic-regression' | 'k-nearest-neighbours' | 'gaussian-naive-bayes';

/** One `WITH` key a model reads, and the setting of the algorithm it becomes. */
export interface ModelAttribute {
  readonly key: string;
  readonly setting: string;
  readonly type: 'integer' | 'number' | 'integer-list' | 'choice' | 'text';
  readonly min?: number;
  readonly max?: number;
  readonly choices?: ReadonlyArray<string>;
}

/** A model name `TO TRAIN` accepts, what actually runs for it, and the `WITH` keys it reads. */
export interface ModelSpec {
  readonly estimator: string;
  readonly algorithm: Algorithm;
  /** Honest, for the README and `--help`: the library and how it differs from SQLFlow's model. */
  readonly runs: string;
  readonly attributes: ReadonlyArray<ModelAttribute>;
}

const integer = (key: string, setting: string, min: number, max: number): ModelAttribute => ({ key, setting, type: 'integer', min, max });
const number = (key: string, setting: string, min: number, max: number): ModelAttribute => ({ key, setting, type: 'number', min, max });
const layers = (key: string): ModelAttribute => ({ key, setting: 'hiddenLayers', type: 'integer-list', min: 1, max: 1024 });
const activation = (key: string): ModelAttribute => ({ key, setting: 'activation', type: 'choice', choices: ['tanh', 'relu', 'logistic', 'identity'] });

/** Every trained model reads these: the class count to check, the seed, the held-out share. */
export const COMMON_ATTRIBUTES: ReadonlyArray<ModelAttribute> = [
  integer('model.n_classes', 'expectedClasses', 2, 10_000),
  integer('train.seed', 'seed', 0, 2 ** 32 - 1),
  number('validation.fraction', 'validationFraction', 0, 0.5),
];

const MLP = [layers('model.hidden_units'), number('model.learning_rate', 'learningRate', 1e-6, 10), activation('model.activation'), integer('train.epoch', 'iterations', 1, 100_000), number('model.regularization', 'regularization', 0, 10)];
const FOREST = [integer('model.n_trees', 'trees', 1, 1000), integer('model.max_depth', 'maxDepth', 1, 64)];

export const MODEL_ZOO: ReadonlyArray<ModelSpec> = [
  { estimator: 'DNNClassifier', algorithm: 'mlp', runs: 'a feed-forward network (ml-fnn), features standardized, trained by backpropagation', attributes: MLP },
  { estimator: 'sqlflow_models.DNNClassifier', algorithm: 'mlp', runs: 'the same feed-forward network as DNNClassifier (ml-fnn)', attributes: MLP },
  {
    estimator: 'LinearClassifier',
    algorithm: 'logistic-regression',
    runs: 'one-vs-rest logistic regression (ml-logistic-regression), features standardized',
    attributes: [number('model.learning_rate', 'learningRate', 1e-6, 10), integer('train.epoch', 'steps', 1, 100_000)],
  },
  { estimator: 'BoostedTreesClassifier', algorithm: 'random-forest', runs: 'a random forest (ml-random-forest): bagged trees, not boosted ones', attributes: FOREST },
  {
    estimator: 'xgboost.gbtree',
    algorithm: 'random-forest',
    runs: 'a random forest (ml-random-forest): bagged trees, not gradient-boosted ones; XGBoost does not run in Node',
    attributes: [
      { key: 'objective', setting: 'objective', type: 'choice', choices: ['multi:softmax', 'multi:softprob', 'binary:logistic'] },
      integer('num_class', 'expectedClasses', 2, 10_000),
      integer('max_depth', 'maxDepth', 1, 64),
      integer('train.num_boost_round', 'trees', 1, 1000),
    ],
  },
  {
    estimator: 'RandomForestClassifier',
    algorithm: 'random-forest',
    runs: 'a random forest (ml-random-forest)',
    attributes: [integer('model.n_estimators', 'trees', 1, 1000), integer('model.max_depth', 'maxDepth', 1, 64), number('model.max_features', 'maxFeatures', 0.01, 1)],
  },
  {
    estimator: 'DecisionTreeClassifier',
    algorithm: 'decision-tree',
    runs: 'a CART decision tree, Gini impurity (ml-cart)',
    attributes: [integer('model.max_depth', 'maxDepth', 1, 64), integer('model.min_samples_split', 'minNumSamples', 2, 100_000)],
  },
  { estimator: 'KNeighborsClassifier', algorithm: 'k-nearest-neighbours', runs: 'k-nearest neighbours, Euclidean, features standardized (ml-knn)', attributes: [integer('model.n_neighbors', 'k', 1, 1000)] },
  { estimator: 'GaussianNB', algorithm: 'gaussian-naive-bayes', runs: 'Gaussian naive Bayes (ml-naivebayes)', attributes: [] },
  {
    estimator: 'LogisticRegression',
    algorithm: 'logistic-regression',
    runs: 'one-vs-rest logistic regression (ml-logistic-regression), features standardized',
    attributes: [number('model.learning_rate', 'learningRate', 1e-6, 10), integer('model.max_iter', 'steps', 1, 100_000)],
  },
  {
    estimator: 'MLPClassifier',
    algorithm: 'mlp',
    runs: 'a feed-forward network (ml-fnn), features standardized',
    attributes: [layers('model.hidden_layer_sizes'), number('model.learning_rate_init', 'learningRate', 1e-6, 10), activation('model.activation'), integer('model.max_iter', 'iterations', 1, 100_000)],
  },
];

/** SQLFlow models that do not run here, and why: named in the error rather than "unknown". */
export const MODELS_NOT_RUN: Readonly<Record<string, string>> = {
  DNNRegressor: 'regression models do not run here yet; only classifiers do',
  LinearRegressor: 'regression models do not run here yet; only classifiers do',
  BoostedTreesRegressor: 'regression models do not run here yet; only classifiers do',
  DNNLinearCombinedClassifier: 'wide-and-deep models need TensorFlow feature columns, which do not run here',
  DNNLinearCombinedRegressor: 'wide-and-deep models need TensorFlow feature columns, which do not run here',
  'xgboost.gblinear': 'the linear booster does not run here; LinearClassifier trains a logistic regression',
  'xgboost.dart': 'the DART booster does not run here; xgboost.gbtree trains a random forest',
  'sqlflow_models.ARIMAWithSTLDecomposition': 'time-series models do not run here',
  'sqlflow_models.DeepEmbeddingClusterModel': 'clustering models do not run here',
};

/** The defaults each algorithm trains with, where `WITH` does not say otherwise. */
export const ALGORITHM_DEFAULTS: Readonly<Record<Algorithm, Readonly<Record<string, unknown>>>> = {
  mlp: { hiddenLayers: [10], learningRate: 0.01, activation: 'tanh', iterations: 500, regularization: 0.0001 },
  'random-forest': { trees: 25, maxDepth: 6, maxFeatures: 0.75 },
  'decision-tree': { maxDepth: 6, minNumSamples: 3 },
  'logistic-regression': { learningRate: 0.05, steps: 1000 },
  'k-nearest-neighbours': { k: 5 },
  'gaussian-naive-bayes': {},
};
