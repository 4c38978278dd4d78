/**
 * @couler/sql — SQLFlow-style SQL for Couler. A `SELECT … TO TRAIN / TO PREDICT / TO EVALUATE /
 * TO EXPLAIN` statement becomes a workflow IR (extract → train/predict/evaluate/explain → write
 * back) that runs on the local engine against SQLite, PostgreSQL or MySQL/MariaDB, or compiles
 * to Argo, Airflow and Tekton like any other workflow. A statement without `TO` goes to the
 * database unchanged.
 *
 * Start with `compileSql(text, { dialect })`, after `parseDatabaseUrl(url)` for the dialect.
 */
export { compileSql, type CompiledStatement, type CompileSqlOptions } from './compile/compile-sql';
export { compileStatement, type CompileStatementOptions } from './compile/compile-statement';
export { DATABASE_SECRET_NAME, DATABASE_URL_VARIABLE } from './compile/database-secret';
export { EVALUATION_METRICS, MODEL_METADATA_TABLE } from './compile/step-specs';
export { defaultStepsDirectory } from './compile/steps-directory';
export { parseDatabaseUrl, redactDatabaseUrl, type DatabaseTarget } from './database/database-url';
export { quoteIdentifier, quoteQualifiedName } from './database/quote-identifier';
export { SQL_DIALECTS, type SqlDialect } from './database/sql-dialect';
export { MODEL_ZOO, MODELS_NOT_RUN, type Algorithm, type ModelAttribute, type ModelSpec } from './models/model-zoo';
export { resolveModel, type ResolvedModel } from './models/resolve-model';
export { parseSql, type ParseSqlOptions } from './parse/parse-sql';
export { INLINE_SQL, type SqlSource } from './parse/sql-syntax-error';
export {
  formatQualifiedName,
  type EvaluateStatement,
  type ExplainStatement,
  type ExtendedStatement,
  type PlainStatement,
  type PredictStatement,
  type QualifiedName,
  type SqlAttribute,
  type SqlAttributeValue,
  type SqlPosition,
  type SqlStatement,
  type TrainStatement,
} from './parse/sql-statement';
