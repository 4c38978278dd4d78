// Step write-table: replaces a table with the rows an earlier step produced (predictions,
// evaluation metrics, feature importance). Column types follow the values.
import type { WriteTableSpec } from '../compile/step-specs';
import { columnKindOf, replaceTable } from '../database/write-table';
import { formatQualifiedName } from '../parse/sql-statement';
import { parseJsonArgument, readJson, stepArguments, withDatabase, writeJson, type TableData } from './step-io';

const args = stepArguments('write-table.js', ['spec', 'table', 'written']);
const spec = parseJsonArgument<WriteTableSpec>(args.spec, 'the write-table spec');
const data = readJson<TableData>(args.table, 'the rows to write');
const name = formatQualifiedName(spec.table);
const columns = data.columns.map((column, index) => ({ name: column, kind: columnKindOf(data.rows.map((row) => row[index])) }));
await withDatabase({ schemas: spec.schemas }, `cannot write ${name}`, (connection) => replaceTable(connection, spec.table, columns, data.rows));
writeJson(args.written, { table: name, rows: data.rows.length, columns: data.columns });
console.log(`Wrote ${data.rows.length} rows to ${name} (${data.columns.join(', ')}).`);
