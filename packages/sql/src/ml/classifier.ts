// The algorithms behind the model zoo, from the mljs libraries, behind one interface. Class
// labels are indexes (0 … classes-1) here; the steps map them to the label column's values.
import { createRequire } from 'node:module';
import type { Algorithm } from '../models/model-zoo';
import { seededRandom } from './seeded-random';
import { Standardizer } from './standardizer';

// The mljs packages are CommonJS.
const require = createRequire(import.meta.url);
const { DecisionTreeClassifier } = require('ml-cart');
const { RandomForestClassifier } = require('ml-random-forest');
const LogisticRegression = require('ml-logistic-regression');
const KNN = require('ml-knn');
const { GaussianNB } = require('ml-naivebayes');
const FeedForwardNeuralNetwork = require('ml-fnn');
const { Matrix } = require('ml-matrix');

type Rows = ReadonlyArray<ReadonlyArray<number>>;
type Settings = Readonly<Record<string, unknown>>;

interface Learner {
  train(rows: number[][], labels: number[]): void;
  predict(rows: number[][]): number[];
  toJSON(): unknown;
}

interface AlgorithmEntry {
  /** Scale features first: distance- and gradient-based learners need it, trees do not. */
  readonly standardize: boolean;
  create(settings: Settings): Learner;
  load(model: unknown): Learner;
}

const wrap = (model: { predict(rows: unknown): unknown; toJSON(): unknown }, toInput: (rows: number[][]) => unknown = (rows) => rows) => ({
  predict: (rows: number[][]) => Array.from(model.predict(toInput(rows)) as ArrayLike<number>, Number),
  toJSON: () => model.toJSON(),
});

const ALGORITHMS: Record<Algorithm, AlgorithmEntry> = {
  mlp: {
    standardize: true,
    create(settings) {
      const network = new FeedForwardNeuralNetwork({
        hiddenLayers: settings.hiddenLayers,
        iterations: settings.iterations,
        learningRate: settings.learningRate,
        regularization: settings.regularization,
        activation: settings.activation,
      });
      return {
        // ml-fnn draws its first weights from Math.random: seed it for the training only.
        train: (rows, labels) => withRandom(seededRandom(Number(settings.seed)), () => network.train(rows, labels)),
        ...wrap(network),
      };
    },
    load: (model) => ({ train: unsupported, ...wrap(FeedForwardNeuralNetwork.load(model)) }),
  },
  'random-forest': {
    standardize: false,
    create(settings) {
      let model: ReturnType<typeof wrap> | undefined;
      return {
        train(rows, labels) {
          const forest = new RandomForestClassifier({
            nEstimators: settings.trees,
            maxFeatures: settings.maxFeatures ?? 0.75,
            replacement: true,
            useSampleBagging: true,
            noOOB: true,
            seed: settings.seed,
            treeOptions: { maxDepth: settings.maxDepth },
          });
          forest.train(rows, labels);
          model = wrap(forest);
        },
        predict: (rows) => model!.predict(rows),
        toJSON: () => model!.toJSON(),
      };
    },
    load: (model) => ({ train: unsupported, ...wrap(RandomForestClassifier.load(model)) }),
  },
  'decision-tree': {
    standardize: false,
    create(settings) {
      const tree = new DecisionTreeClassifier({ gainFunction: 'gini', maxDepth: settings.maxDepth, minNumSamples: settings.minNumSamples });
      return { train: (rows, labels) => tree.train(rows, labels), ...wrap(tree) };
    },
    load: (model) => ({ train: unsupported, ...wrap(DecisionTreeClassifier.load(model)) }),
  },
  'logistic-regression': {
    standardize: true,
    create(settings) {
      const model = new LogisticRegression({ numSteps: settings.steps, learningRate: settings.learningRate });
      return { train: (rows, labels) => model.train(new Matrix(rows), Matrix.columnVector(labels)), ...wrap(model, (rows) => new Matrix(rows)) };
    },
    load: (model) => ({ train: unsupported, ...wrap(LogisticRegression.load(model), (rows) => new Matrix(rows)) }),
  },
  'k-nearest-neighbours': {
    standardize: true,
    create(settings) {
      let model: ReturnType<typeof wrap> | undefined;
      return {
        train(rows, labels) {
          model = wrap(new KNN(rows, labels, { k: Math.min(Number(settings.k), rows.length) }));
        },
        predict: (rows) => model!.predict(rows),
        toJSON: () => model!.toJSON(),
      };
    },
    load: (model) => ({ train: unsupported, ...wrap(KNN.load(model)) }),
  },
  'gaussian-naive-bayes': {
    standardize: false,
    create() {
      const model = new GaussianNB();
      return { train: (rows, labels) => model.train(rows, labels), ...wrap(model) };
    },
    load: (model) => ({ train: unsupported, ...wrap(GaussianNB.load(model)) }),
  },
};

function unsupported(): never {
  throw new Error('a loaded model predicts; it is not trained again');
}

function withRandom<T>(random: () => number, run: () => T): T {
  const original = Math.random;
  Math.random = random;
  try {
    return run();
  } finally {
    Math.random = original;
  }
}

/** A model as stored in the model table: what `load` needs to predict again. */
export interface SavedClassifier {
  readonly algorithm: Algorithm;
  readonly standardizer?: { readonly means: number[]; readonly deviations: number[] };
  readonly model: unknown;
}

export interface Classifier {
  train(rows: Rows, labels: ReadonlyArray<number>): void;
  predict(rows: Rows): number[];
  save(): SavedClassifier;
}

/** A fresh classifier of `algorithm` with `settings` (the zoo's defaults merged with `WITH`). */
export function createClassifier(algorithm: Algorithm, settings: Settings): Classifier {
  const entry = ALGORITHMS[algorithm];
  return classifierOf(algorithm, entry.create(settings), entry.standardize ? new Standardizer() : undefined, true);
}

/** A classifier saved by `save()`, ready to predict. */
export function loadClassifier(saved: SavedClassifier): Classifier {
  const entry = ALGORITHMS[saved.algorithm];
  if (!entry) throw new Error(`the model table holds an algorithm this version does not know: ${JSON.stringify(saved.algorithm)}`);
  const scaler = saved.standardizer ? new Standardizer(saved.standardizer.means, saved.standardizer.deviations) : undefined;
  return classifierOf(saved.algorithm, entry.load(saved.model), scaler, false);
}

function classifierOf(algorithm: Algorithm, learner: Learner, scaler: Standardizer | undefined, fit: boolean): Classifier {
  const scaled = (rows: Rows) => (scaler ? scaler.transform(rows) : rows.map((row) => [...row]));
  return {
    train(rows, labels) {
      if (fit) scaler?.fit(rows);
      learner.train(scaled(rows), [...labels]);
    },
    predict: (rows) => learner.predict(scaled(rows)),
    save: () => ({ algorithm, ...(scaler && { standardizer: { means: scaler.means, deviations: scaler.deviations } }), model: learner.toJSON() }),
  };
}
