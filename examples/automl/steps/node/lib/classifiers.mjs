// The candidate algorithms, from the mljs libraries, behind one interface:
// `train(rows, labels)`, `predict(rows)`, `toJSON()`. A candidate is a map item of the
// workflow: `{ name, algorithm, ...settings }`.
import { createRequire } from 'node:module';

// The mljs packages are CommonJS; `require` resolves them from examples/automl/node_modules.
const require = createRequire(import.meta.url);
const { DecisionTreeClassifier } = require('ml-cart');
const { RandomForestClassifier } = require('ml-random-forest');
const LogisticRegression = require('ml-logistic-regression');
const KNN = require('ml-knn');
const { GaussianNB } = require('ml-naivebayes');
const { Matrix } = require('ml-matrix');

/** Scales each feature to mean 0 and deviation 1, learnt on the training rows only (no leakage). */
export class Standardizer {
  constructor(means = [], deviations = []) {
    this.means = means;
    this.deviations = deviations;
  }

  fit(rows) {
    const columns = rows[0].length;
    this.means = Array.from({ length: columns }, (_, j) => rows.reduce((sum, row) => sum + row[j], 0) / rows.length);
    this.deviations = Array.from({ length: columns }, (_, j) => {
      const variance = rows.reduce((sum, row) => sum + (row[j] - this.means[j]) ** 2, 0) / rows.length;
      return Math.sqrt(variance) || 1;
    });
    return this;
  }

  transform(rows) {
    return rows.map((row) => row.map((value, j) => (value - this.means[j]) / this.deviations[j]));
  }
}

const ALGORITHMS = {
  'decision-tree': (settings) => {
    let model;
    return {
      train: (rows, labels) => {
        model = new DecisionTreeClassifier({ gainFunction: 'gini', maxDepth: settings.maxDepth ?? 4, minNumSamples: settings.minNumSamples ?? 3 });
        model.train(rows, labels);
      },
      predict: (rows) => model.predict(rows),
      toJSON: () => model.toJSON(),
    };
  },
  'random-forest': (settings, seed) => {
    let model;
    return {
      train: (rows, labels) => {
        model = new RandomForestClassifier({
          nEstimators: settings.trees ?? 25,
          maxFeatures: settings.maxFeatures ?? 0.75,
          replacement: true,
          useSampleBagging: true,
          noOOB: true,
          seed,
          treeOptions: { maxDepth: settings.maxDepth ?? 6 },
        });
        model.train(rows, labels);
      },
      predict: (rows) => model.predict(rows),
      toJSON: () => model.toJSON(),
    };
  },
  'logistic-regression': (settings) => {
    let model;
    return {
      train: (rows, labels) => {
        model = new LogisticRegression({ numSteps: settings.steps ?? 500, learningRate: settings.learningRate ?? 0.01 });
        model.train(new Matrix(rows), Matrix.columnVector(labels));
      },
      predict: (rows) => model.predict(new Matrix(rows)),
      toJSON: () => model.toJSON(),
    };
  },
  'k-nearest-neighbours': (settings) => {
    let model;
    return {
      train: (rows, labels) => {
        model = new KNN(rows, labels, { k: settings.k ?? 5 });
      },
      predict: (rows) => model.predict(rows),
      toJSON: () => model.toJSON(),
    };
  },
  'gaussian-naive-bayes': () => {
    let model;
    return {
      train: (rows, labels) => {
        model = new GaussianNB();
        model.train(rows, labels);
      },
      predict: (rows) => model.predict(rows),
      toJSON: () => model.toJSON(),
    };
  },
};

export const ALGORITHM_NAMES = Object.keys(ALGORITHMS);

/** The settings of a candidate: everything but its name and algorithm. */
export function settingsOf(candidate) {
  const { name: _name, algorithm: _algorithm, ...settings } = candidate;
  return settings;
}

/**
 * A fresh, untrained classifier for `candidate`; `standardize: true` scales the features first.
 * Throws for an unknown algorithm, naming the known ones.
 */
export function createClassifier(candidate, seed) {
  const make = ALGORITHMS[candidate.algorithm];
  if (!make) throw new Error(`unknown algorithm "${candidate.algorithm}" in candidate "${candidate.name}"; known: ${ALGORITHM_NAMES.join(', ')}`);
  const settings = settingsOf(candidate);
  const inner = make(settings, seed);
  const scaler = settings.standardize ? new Standardizer() : undefined;
  return {
    train(rows, labels) {
      inner.train(scaler ? scaler.fit(rows).transform(rows) : rows, labels);
    },
    predict(rows) {
      return inner.predict(scaler ? scaler.transform(rows) : rows).map((label) => Number(label));
    },
    toJSON() {
      return { candidate, ...(scaler && { standardizer: { means: scaler.means, deviations: scaler.deviations } }), model: inner.toJSON() };
    },
  };
}
