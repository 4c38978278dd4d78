// Step run-statement: a statement without a TO clause, sent to the database as written.
import type { RunStatementSpec } from '../compile/step-specs';
import { parseJsonArgument, plainValue, stepArguments, withDatabase, writeJson } from './step-io';

/** Rows kept in the result for the user to read; the statement itself returns them all. */
const SHOWN_ROWS = 100;

const args = stepArguments('run-statement.js', ['spec', 'outcome']);
const spec = parseJsonArgument<RunStatementSpec>(args.spec, 'the statement spec');
const result = await withDatabase({ schemas: spec.schemas }, 'the statement failed', (connection) => connection.query(spec.sql));
const shown = result.rows.slice(0, SHOWN_ROWS).map((row) => row.map(plainValue));
writeJson(args.outcome, { columns: result.columns, rows: shown, rowCount: result.rows.length, ...(result.columns.length === 0 && { changes: result.changes ?? 0 }) });
console.log(result.columns.length > 0 ? `${result.rows.length} rows.` : `Done: ${result.changes ?? 0} rows changed.`);
