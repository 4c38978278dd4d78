import { createLocalArtifact, createParameterArtifact, obtainSecret, runContainer, workflow, type OutputHandle, type SecretHandle, type StepHandle } from '@couler/dsl';
import type { Workflow } from '@couler/ir';
import { join } from 'node:path';
import type { SqlDialect } from '../database/sql-dialect';
import type { ModelAttribute } from '../models/model-zoo';
import { readAttributes, resolveModel } from '../models/resolve-model';
import { sqlError, type SqlSource } from '../parse/sql-syntax-error';
import {
  formatQualifiedName,
  type EvaluateStatement,
  type ExplainStatement,
  type ExtendedStatement,
  type PredictStatement,
  type QualifiedName,
  type SqlStatement,
  type TrainStatement,
} from '../parse/sql-statement';
import { DATABASE_SECRET_NAME, DATABASE_URL_VARIABLE } from './database-secret';
import { EVALUATION_METRICS, type ExtractSpec, type LoadModelSpec, type RunStatementSpec, type TrainSpec, type WriteModelSpec, type WriteTableSpec } from './step-specs';
import { defaultStepsDirectory } from './steps-directory';

export interface CompileStatementOptions {
  /** The database the workflow reads and writes. */
  readonly dialect: SqlDialect;
  /** The statement's text and file, for errors at a line and column. */
  readonly source: SqlSource;
  /**
   * Where the step scripts are when the steps run: default this package's `dist/steps` on this
   * machine (the local engine). For Argo, Airflow or Tekton, the directory inside `image`.
   */
  readonly stepsDirectory?: string;
  /** The image of every step on container engines (default `node:20-slim`); the local engine runs processes. */
  readonly image?: string;
}

/** Where steps hand files to each other; an unusual root, since the local engine rewrites it in arguments. */
const FILES = '/couler-sql';
const STEP_TIMEOUT = '30m';

const EVALUATE_ATTRIBUTES: ReadonlyArray<ModelAttribute> = [{ key: 'validation.metrics', setting: 'metrics', type: 'text' }];
const EXPLAIN_ATTRIBUTES: ReadonlyArray<ModelAttribute> = [
  { key: 'explain.repeats', setting: 'repeats', type: 'integer', min: 1, max: 100 },
  { key: 'explain.seed', setting: 'seed', type: 'integer', min: 0, max: 2 ** 32 - 1 },
];

/**
 * One statement as a workflow: `extract` (the SELECT) → `train` → `write-model`;
 * `extract` + `load-model` → `predict` / `evaluate` / `explain` → `write-table`; a statement
 * without `TO` is one `run-statement` step. Steps are node processes of this package's
 * scripts, reading the database URL from the `couler-sql-database` Secret.
 *
 * @throws CoulerError `UNKNOWN_MODEL` or `INVALID_FIELD` at the statement's line and column.
 */
export function compileStatement(statement: SqlStatement, options: CompileStatementOptions): Workflow {
  const steps = new StepFactory(options);
  switch (statement.kind) {
    case 'plain':
      return workflow('sql-statement', () => {
        const spec: RunStatementSpec = { sql: statement.text, schemas: schemasOf(options.dialect, statement.tables) };
        steps.run('run-statement', 'run-statement', [spec, `${FILES}/outcome.json`], { parameters: ['outcome'] });
      });
    case 'train':
      return compileTrain(statement, options, steps);
    case 'predict':
      return compilePredict(statement, options, steps);
    case 'evaluate':
      return compileEvaluate(statement, options, steps);
    case 'explain':
      return compileExplain(statement, options, steps);
  }
}

function compileTrain(statement: TrainStatement, options: CompileStatementOptions, steps: StepFactory): Workflow {
  const { spec: model, settings } = resolveModel(statement, options.source);
  if (statement.label === undefined) {
    throw sqlError('INVALID_FIELD', options.source, statement.estimatorPosition, `${model.estimator} is a classifier: say which column it learns to predict with LABEL <column>.`);
  }
  const train: TrainSpec = { estimator: model.estimator, algorithm: model.algorithm, settings, columns: statement.columns, label: statement.label };
  const write: WriteModelSpec = { into: statement.into, select: statement.select, schemas: schemasOf(options.dialect, [statement.into]) };
  return workflow(`sql-train-${formatQualifiedName(statement.into)}`, () => {
    const extract = steps.extract(statement);
    const trained = steps.run('train', 'train', [train, `${FILES}/rows.json`, `${FILES}/model.json`, `${FILES}/metrics.json`], { input: [extract.output('rows')], artifacts: ['model.json'], parameters: ['metrics'], database: false });
    steps.run('write-model', 'write-model', [write, `${FILES}/model.json`, `${FILES}/written.json`], { input: [trained.output('model')], parameters: ['written'] });
  });
}

function compilePredict(statement: PredictStatement, options: CompileStatementOptions, steps: StepFactory): Workflow {
  readAttributes(statement.attributes, [], 'TO PREDICT', options.source);
  return workflow(`sql-predict-${formatQualifiedName(statement.resultTable)}`, () => {
    const { extract, model } = steps.extractAndLoad(statement);
    const predicted = steps.run('predict', 'predict', [{ resultColumn: statement.resultColumn }, `${FILES}/rows.json`, `${FILES}/model.json`, `${FILES}/table.json`, `${FILES}/summary.json`], {
      input: [extract.output('rows'), model.output('model')],
      artifacts: ['table.json'],
      parameters: ['summary'],
      database: false,
    });
    steps.writeTable('write-predictions', statement.resultTable, predicted);
  });
}

function compileEvaluate(statement: EvaluateStatement, options: CompileStatementOptions, steps: StepFactory): Workflow {
  const attributes = readAttributes(statement.attributes, EVALUATE_ATTRIBUTES, 'TO EVALUATE', options.source);
  const metrics = evaluationMetrics(statement, attributes.metrics, options.source);
  return workflow(`sql-evaluate-${formatQualifiedName(statement.model)}`, () => {
    const { extract, model } = steps.extractAndLoad(statement);
    const evaluated = steps.run('evaluate', 'evaluate', [{ ...(statement.label !== undefined && { label: statement.label }), metrics }, `${FILES}/rows.json`, `${FILES}/model.json`, `${FILES}/table.json`, `${FILES}/metrics.json`], {
      input: [extract.output('rows'), model.output('model')],
      artifacts: ['table.json'],
      parameters: ['metrics'],
      database: false,
    });
    if (statement.into) steps.writeTable('write-evaluation', statement.into, evaluated);
  });
}

function compileExplain(statement: ExplainStatement, options: CompileStatementOptions, steps: StepFactory): Workflow {
  if (statement.explainer !== undefined && statement.explainer !== 'PermutationImportance') {
    throw sqlError('INVALID_FIELD', options.source, statement.position, `TO EXPLAIN … USING ${statement.explainer}: Couler explains with permutation importance, not SHAP explainers.`, 'Leave USING out, or write USING PermutationImportance.');
  }
  const settings = { repeats: 5, seed: 42, ...readAttributes(statement.attributes, EXPLAIN_ATTRIBUTES, 'TO EXPLAIN', options.source) };
  return workflow(`sql-explain-${formatQualifiedName(statement.model)}`, () => {
    const { extract, model } = steps.extractAndLoad(statement);
    const explained = steps.run('explain', 'explain', [settings, `${FILES}/rows.json`, `${FILES}/model.json`, `${FILES}/table.json`, `${FILES}/summary.json`], {
      input: [extract.output('rows'), model.output('model')],
      artifacts: ['table.json'],
      parameters: ['summary'],
      database: false,
    });
    if (statement.into) steps.writeTable('write-explanation', statement.into, explained);
  });
}

/** `"Accuracy,F1"` as metric names, each one the evaluate step computes. */
function evaluationMetrics(statement: EvaluateStatement, value: unknown, source: SqlSource): string[] {
  if (value === undefined) return ['Accuracy'];
  const attribute = statement.attributes.find((entry) => entry.key === 'validation.metrics')!;
  const names = typeof value === 'string' ? value.split(',').map((name) => name.trim()) : [];
  const known = EVALUATION_METRICS as ReadonlyArray<string>;
  const unknown = names.find((name) => !known.some((metric) => metric.toLowerCase() === name.toLowerCase()));
  if (names.length === 0 || unknown !== undefined) {
    throw sqlError('INVALID_FIELD', source, attribute.position, `validation.metrics takes a string of metric names separated by commas, from ${known.join(', ')}; got ${JSON.stringify(value)}.`);
  }
  return names.map((name) => known.find((metric) => metric.toLowerCase() === name.toLowerCase())!);
}

/** SQLite attaches the schemas a step reads or writes; other databases have them already. */
function schemasOf(dialect: SqlDialect, names: ReadonlyArray<QualifiedName>): string[] {
  if (dialect !== 'sqlite') return [];
  return [...new Set(names.flatMap((name) => (name.schema === undefined ? [] : [name.schema])))].sort();
}

interface RunOptions {
  readonly input?: ReadonlyArray<OutputHandle>;
  /** Files under FILES the step writes for later steps. */
  readonly artifacts?: ReadonlyArray<string>;
  /** Small JSON results under FILES (`<name>.json`), read by the CLI. */
  readonly parameters?: ReadonlyArray<string>;
  /** Whether the step connects to the database (gets the Secret). Default true. */
  readonly database?: boolean;
}

/** Makes the steps of one workflow: node running a script of this package, spec as JSON. */
class StepFactory {
  private secret: SecretHandle | undefined;

  constructor(private readonly options: CompileStatementOptions) {}

  run(stepName: string, script: string, args: ReadonlyArray<unknown>, run: RunOptions = {}): StepHandle {
    const directory = this.options.stepsDirectory ?? defaultStepsDirectory();
    const wantsDatabase = run.database !== false;
    if (wantsDatabase) this.secret ??= obtainSecret([DATABASE_URL_VARIABLE], { name: DATABASE_SECRET_NAME });
    return runContainer({
      stepName,
      image: this.options.image ?? 'node:20-slim',
      command: ['node', join(directory, `${script}.js`)],
      args: args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))),
      ...(run.input && { input: [...run.input] }),
      output: [...(run.artifacts ?? []).map((file) => createLocalArtifact(`${FILES}/${file}`)), ...(run.parameters ?? []).map((name) => createParameterArtifact(`${FILES}/${name}.json`))],
      ...(wantsDatabase && { secret: this.secret }),
      timeout: STEP_TIMEOUT,
    });
  }

  extract(statement: ExtendedStatement): StepHandle {
    const spec: ExtractSpec = { select: statement.select, schemas: schemasOf(this.options.dialect, statement.tables) };
    return this.run('extract', 'extract', [spec, `${FILES}/rows.json`, `${FILES}/extract.json`], { artifacts: ['rows.json'], parameters: ['extract'] });
  }

  /** The SELECT's rows and the stored model, read side by side. */
  extractAndLoad(statement: PredictStatement | EvaluateStatement | ExplainStatement): { extract: StepHandle; model: StepHandle } {
    const extract = this.extract(statement);
    const spec: LoadModelSpec = { model: statement.model, schemas: schemasOf(this.options.dialect, [statement.model]) };
    const model = this.run('load-model', 'load-model', [spec, `${FILES}/model.json`], { artifacts: ['model.json'] });
    return { extract, model };
  }

  writeTable(stepName: string, table: QualifiedName, from: StepHandle): StepHandle {
    const spec: WriteTableSpec = { table, schemas: schemasOf(this.options.dialect, [table]) };
    return this.run(stepName, 'write-table', [spec, `${FILES}/table.json`, `${FILES}/written.json`], { input: [from.output('table')], parameters: ['written'] });
  }
}
