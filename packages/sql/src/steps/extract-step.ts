// Step extract: runs the statement's SELECT on a read-only connection and writes the rows.
import type { ExtractSpec } from '../compile/step-specs';
import { parseJsonArgument, plainValue, stepArguments, withDatabase, writeJson } from './step-io';

const args = stepArguments('extract.js', ['spec', 'rows', 'summary']);
const spec = parseJsonArgument<ExtractSpec>(args.spec, 'the extract spec');
const result = await withDatabase({ readOnly: true, schemas: spec.schemas }, 'the SELECT failed', (connection) => connection.query(spec.select));
const rows = result.rows.map((row) => row.map(plainValue));
writeJson(args.rows, { columns: result.columns, rows });
writeJson(args.summary, { rows: rows.length, columns: result.columns });
console.log(`Read ${rows.length} rows of ${result.columns.length} columns (${result.columns.join(', ')}).`);
