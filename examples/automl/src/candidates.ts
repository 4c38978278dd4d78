/**
 * A model to try: one map item of the workflow. `name` labels it in the report, `algorithm`
 * picks the implementation in the step scripts, every other field is a setting of it.
 */
export type Candidate = Readonly<{ name: string; algorithm: string } & Record<string, string | number | boolean>>;

/** Trained with the mljs libraries (ml-cart, ml-random-forest, ml-logistic-regression, ml-knn, ml-naivebayes). */
export const NODE_CANDIDATES: ReadonlyArray<Candidate> = [
  { name: 'decision-tree', algorithm: 'decision-tree', maxDepth: 4 },
  { name: 'random-forest', algorithm: 'random-forest', trees: 25, maxFeatures: 0.75 },
  { name: 'logistic-regression', algorithm: 'logistic-regression', steps: 500, learningRate: 0.01, standardize: true },
  { name: 'k-nearest-neighbours', algorithm: 'k-nearest-neighbours', k: 5, standardize: true },
  { name: 'gaussian-naive-bayes', algorithm: 'gaussian-naive-bayes' },
];

/** Written in plain Python (standard library only) in steps/python/classifiers.py. */
export const PYTHON_CANDIDATES: ReadonlyArray<Candidate> = [
  { name: 'decision-tree', algorithm: 'decision-tree', maxDepth: 4 },
  { name: 'logistic-regression', algorithm: 'logistic-regression', steps: 200, learningRate: 0.5, standardize: true },
  { name: 'k-nearest-neighbours', algorithm: 'k-nearest-neighbours', k: 5, standardize: true },
  { name: 'gaussian-naive-bayes', algorithm: 'gaussian-naive-bayes' },
];
