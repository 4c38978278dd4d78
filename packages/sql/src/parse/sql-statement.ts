/** A place in the SQL text: 1-based line and column, 0-based offset. */
export interface SqlPosition {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
}

/** `schema.table` or `table`, as written (quoted names keep their case and characters). */
export interface QualifiedName {
  readonly schema?: string;
  readonly name: string;
}

/** One `key = value` of a `WITH` clause. Values are data: they are bound, never spliced into SQL. */
export interface SqlAttribute {
  readonly key: string;
  readonly value: SqlAttributeValue;
  readonly position: SqlPosition;
}

export type SqlAttributeValue = number | string | boolean | ReadonlyArray<SqlAttributeValue>;

interface StatementBase {
  /** The statement as written, without the `;` that ends it. */
  readonly text: string;
  readonly position: SqlPosition;
}

/** A statement with no `TO …` clause: it goes to the database unchanged. */
export interface PlainStatement extends StatementBase {
  readonly kind: 'plain';
  /** Tables it names, when node-sql-parser reads it (SQLite attaches their schemas); else empty. */
  readonly tables: ReadonlyArray<QualifiedName>;
}

interface ExtendedStatementBase extends StatementBase {
  /** The standard `SELECT …` before the `TO` clause, checked by a SQL parser, run as written. */
  readonly select: string;
  readonly selectPosition: SqlPosition;
  /** Tables the SELECT reads, from the SQL parser (`schema.table`). */
  readonly tables: ReadonlyArray<QualifiedName>;
  readonly attributes: ReadonlyArray<SqlAttribute>;
}

/** `TO TRAIN <model> [WITH …] [COLUMN …] [LABEL …] INTO <model table>`. */
export interface TrainStatement extends ExtendedStatementBase {
  readonly kind: 'train';
  readonly estimator: string;
  readonly estimatorPosition: SqlPosition;
  /** The feature columns; empty: every column of the SELECT but the label. */
  readonly columns: ReadonlyArray<string>;
  readonly label?: string;
  readonly into: QualifiedName;
}

/** `TO PREDICT <table>.<column> [WITH …] USING <model table>`. */
export interface PredictStatement extends ExtendedStatementBase {
  readonly kind: 'predict';
  readonly resultTable: QualifiedName;
  readonly resultColumn: string;
  readonly model: QualifiedName;
}

/** `TO EVALUATE <model table> [WITH validation.metrics = "…"] [LABEL …] [INTO …]`. */
export interface EvaluateStatement extends ExtendedStatementBase {
  readonly kind: 'evaluate';
  readonly model: QualifiedName;
  readonly label?: string;
  readonly into?: QualifiedName;
}

/** `TO EXPLAIN <model table> [WITH …] [USING <explainer>] [INTO …]`. */
export interface ExplainStatement extends ExtendedStatementBase {
  readonly kind: 'explain';
  readonly model: QualifiedName;
  readonly explainer?: string;
  readonly into?: QualifiedName;
}

export type ExtendedStatement = TrainStatement | PredictStatement | EvaluateStatement | ExplainStatement;
export type SqlStatement = PlainStatement | ExtendedStatement;

/** `schema.table`, or `table`: for messages. */
export function formatQualifiedName(name: QualifiedName): string {
  return name.schema === undefined ? name.name : `${name.schema}.${name.name}`;
}
