import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runWorkflow, secretVariable, type RunSummary } from '@couler/backend-local';
import { CoulerError, serializeWorkflow } from '@couler/ir';
import { compileSql, DATABASE_SECRET_NAME, DATABASE_URL_VARIABLE, formatQualifiedName, INLINE_SQL, parseDatabaseUrl, redactDatabaseUrl, type SqlStatement } from '@couler/sql';
import type { CliContext } from '../cli-context';
import type { CliCommand } from './cli-command';
import { addHomeOption } from './local/local-options';
import { reportRun } from './local/report-run';

interface SqlOptions {
  db?: string;
  file?: string;
  home?: string;
  printIr?: boolean;
  json?: boolean;
  plain?: boolean;
}

/**
 * `couler sql "…"` / `couler sql -f file.sql`: SQLFlow statements (`SELECT … TO TRAIN / TO
 * PREDICT / TO EVALUATE / TO EXPLAIN`, or plain SQL) as workflows on the local engine, one per
 * statement in order, against SQLite (default), PostgreSQL or MySQL/MariaDB; then the training
 * metrics and the rows written.
 */
export const sqlCommand: CliCommand = {
  name: 'sql',
  register(program, context) {
    const command = program
      .command('sql')
      .description('run SQLFlow statements (SELECT … TO TRAIN / TO PREDICT / TO EVALUATE / TO EXPLAIN, or plain SQL) as workflows against a database')
      .argument('[statements]', 'the SQL, statements separated by ";"')
      .option('--db <url>', 'postgres://…, mysql://… or mariadb://…, or a SQLite file (default: $COULER_SQL_DB, else couler.db here)')
      .option('-f, --file <file>', 'read the statements from this file')
      .option('--print-ir', 'print each statement\'s workflow IR (YAML) instead of running it')
      .option('--json', 'print engine events as JSON lines instead of the progress view')
      .option('--plain', 'print one line per event even on a terminal');
    return addHomeOption(command).action(async (inline: string | undefined, options: SqlOptions) => {
      const { text, file } = readStatements(context, inline, options);
      const target = parseDatabaseUrl(options.db ?? process.env.COULER_SQL_DB ?? 'couler.db', context.cwd);
      const compiled = compileSql(text, { dialect: target.dialect, file });
      if (options.printIr) {
        context.stdout.write(compiled.map(({ workflow }) => serializeWorkflow(workflow, { format: 'yaml' })).join('---\n'));
        return;
      }
      const env = { ...process.env, [secretVariable('secret', DATABASE_SECRET_NAME, DATABASE_URL_VARIABLE)]: target.url };
      for (const [index, { statement, workflow }] of compiled.entries()) {
        context.stderr.write(`… [${index + 1}/${compiled.length}] ${describeStatement(statement)} on ${redactDatabaseUrl(target.url)}\n`);
        const summary = await reportRun(context, options, ({ signal, onEvent }) =>
          runWorkflow(workflow, { ...(options.home !== undefined && { home: options.home }), env, cache: false, signal, onEvent }),
        );
        if (summary.phase !== 'Succeeded') return;
        if (!options.json) context.stdout.write(describeResult(statement, summary));
      }
    });
  },
};

function readStatements(context: CliContext, inline: string | undefined, options: SqlOptions): { text: string; file: string } {
  if ((inline === undefined) === (options.file === undefined)) {
    throw new CoulerError('INVALID_FIELD', inline === undefined ? 'couler sql needs the statements: as an argument, or in a file with -f.' : 'couler sql takes the statements as an argument or with -f, not both.', {
      hint: 'couler sql "SELECT * FROM iris.train TO TRAIN DNNClassifier LABEL class INTO models.dnn" --db postgres://…',
    });
  }
  if (inline !== undefined) return { text: inline, file: INLINE_SQL };
  const path = resolve(context.cwd, options.file!);
  try {
    return { text: readFileSync(path, 'utf8'), file: options.file! };
  } catch (error) {
    throw new CoulerError('LOAD_FAILED', `Cannot read ${options.file}: ${(error as Error).message}.`);
  }
}

function describeStatement(statement: SqlStatement): string {
  switch (statement.kind) {
    case 'plain':
      return statement.text.length > 60 ? `${statement.text.slice(0, 57).replace(/\s+/g, ' ')}…` : statement.text.replace(/\s+/g, ' ');
    case 'train':
      return `TO TRAIN ${statement.estimator} INTO ${formatQualifiedName(statement.into)}`;
    case 'predict':
      return `TO PREDICT ${formatQualifiedName(statement.resultTable)}.${statement.resultColumn} USING ${formatQualifiedName(statement.model)}`;
    case 'evaluate':
      return `TO EVALUATE ${formatQualifiedName(statement.model)}`;
    case 'explain':
      return `TO EXPLAIN ${formatQualifiedName(statement.model)}`;
  }
}

/** A step's JSON output, or undefined when the step did not run (a write without INTO). */
function output(summary: RunSummary, stepName: string, name: string): Record<string, unknown> | undefined {
  const text = summary.steps.find((step) => step.stepName === stepName)?.outputs.parameters[name];
  return text === undefined ? undefined : (JSON.parse(text) as Record<string, unknown>);
}

/** What the user came for: the metrics, and what was written where. */
function describeResult(statement: SqlStatement, summary: RunSummary): string {
  const lines: string[] = [];
  const written = (step: string) => {
    const result = output(summary, step, 'written');
    if (result) lines.push(`  wrote ${result.rows} rows to ${result.table}`);
  };
  const pairs = (values: Record<string, unknown> | undefined, skip: string[] = []) =>
    Object.entries(values ?? {})
      .filter(([key]) => !skip.includes(key))
      .map(([key, value]) => `${key} ${typeof value === 'object' ? JSON.stringify(value) : value}`)
      .join(', ');
  switch (statement.kind) {
    case 'plain': {
      const result = output(summary, 'run-statement', 'outcome') as { columns: string[]; rows: unknown[][]; rowCount: number; changes?: number } | undefined;
      if (result && result.columns.length > 0) {
        lines.push(`  ${result.columns.join(' | ')}`, ...result.rows.map((row) => `  ${row.map((value) => (value === null ? 'NULL' : String(value))).join(' | ')}`));
        if (result.rowCount > result.rows.length) lines.push(`  … ${result.rowCount - result.rows.length} more rows`);
      } else if (result) lines.push(`  ${result.changes ?? 0} rows changed`);
      break;
    }
    case 'train':
      lines.push(`  metrics: ${pairs(output(summary, 'train', 'metrics'))}`);
      {
        const result = output(summary, 'write-model', 'written');
        if (result) lines.push(`  wrote the model to ${result.table} (${result.rows} rows) and its metadata to ${result.metadataTable}`);
      }
      break;
    case 'predict':
      lines.push(`  predicted: ${pairs(output(summary, 'predict', 'summary')?.counts as Record<string, unknown>)}`);
      written('write-predictions');
      break;
    case 'evaluate':
      lines.push(`  metrics: ${pairs(output(summary, 'evaluate', 'metrics'))}`);
      written('write-evaluation');
      break;
    case 'explain': {
      const result = output(summary, 'explain', 'summary') as { baselineAccuracy: number; importance: Array<{ feature: string; importance: number }> } | undefined;
      if (result) lines.push(`  accuracy ${result.baselineAccuracy}; importance: ${result.importance.map((entry) => `${entry.feature} ${entry.importance}`).join(', ')}`);
      written('write-explanation');
      break;
    }
  }
  return `${lines.join('\n')}\n`;
}
