import type { SavedClassifier } from '../ml/classifier';

/** A trained model as the train step writes it and the model table holds it (JSON). */
export interface StoredModel {
  readonly format: string;
  readonly estimator: string;
  readonly settings: Readonly<Record<string, unknown>>;
  readonly features: ReadonlyArray<string>;
  readonly label: string;
  /** The label's values; the classifier predicts their indexes. */
  readonly classes: ReadonlyArray<string | number>;
  readonly metrics: Readonly<Record<string, unknown>>;
  readonly classifier: SavedClassifier;
}
