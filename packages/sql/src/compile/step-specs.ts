import type { Algorithm } from '../models/model-zoo';
import type { QualifiedName } from '../parse/sql-statement';

// What the compiler hands each step script, as one JSON argument. Names are data here: the
// steps quote them as identifiers; values never enter SQL text.

/** `extract`: runs the SELECT, read-only. */
export interface ExtractSpec {
  readonly select: string;
  /** SQLite: schemas to attach. */
  readonly schemas: ReadonlyArray<string>;
}

/** `train`: fits the model on the extracted rows. */
export interface TrainSpec {
  readonly estimator: string;
  readonly algorithm: Algorithm;
  readonly settings: Readonly<Record<string, unknown>>;
  /** Empty: every column but the label. */
  readonly columns: ReadonlyArray<string>;
  readonly label: string;
}

/** `write-model`: the model table and a row in the schema's `couler_models` metadata table. */
export interface WriteModelSpec {
  readonly into: QualifiedName;
  readonly select: string;
  readonly schemas: ReadonlyArray<string>;
}

/** `load-model`: reads a model table back. */
export interface LoadModelSpec {
  readonly model: QualifiedName;
  readonly schemas: ReadonlyArray<string>;
}

/** `predict`: the rows with one more column, the predicted class. */
export interface PredictSpec {
  readonly resultColumn: string;
}

/** `evaluate`: metrics of the model on the rows, against their label column. */
export interface EvaluateSpec {
  readonly label?: string;
  readonly metrics: ReadonlyArray<string>;
}

/** `explain`: permutation importance of each feature. */
export interface ExplainSpec {
  readonly label?: string;
  readonly repeats: number;
  readonly seed: number;
}

/** `write-*`: replaces a table with the rows a step produced. */
export interface WriteTableSpec {
  readonly table: QualifiedName;
  readonly schemas: ReadonlyArray<string>;
}

/** `run-statement`: a statement without an extension, sent unchanged. */
export interface RunStatementSpec {
  readonly sql: string;
  readonly schemas: ReadonlyArray<string>;
}

/** The metrics `TO EVALUATE … WITH validation.metrics = "…"` can ask for. */
export const EVALUATION_METRICS = ['Accuracy', 'F1', 'Precision', 'Recall'] as const;

/** The model as `write-model` stores it and `load-model` reads it. */
export const MODEL_FORMAT = 'couler-sql-model/1';
/** The metadata table beside every model table. */
export const MODEL_METADATA_TABLE = 'couler_models';
