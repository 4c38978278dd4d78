// Step write-model: stores the model in its table (JSON in numbered parts, as SQLFlow keeps a
// model in a table) and records it in the schema's couler_models metadata table.
import { readFileSync } from 'node:fs';
import { MODEL_METADATA_TABLE, type WriteModelSpec } from '../compile/step-specs';
import { quoteQualifiedName, placeholder } from '../database/quote-identifier';
import { createTableIfMissing, insertRows, replaceTable } from '../database/write-table';
import { formatQualifiedName } from '../parse/sql-statement';
import { parseJsonArgument, stepArguments, withDatabase, writeJson } from './step-io';
import type { StoredModel } from './stored-model';

/** Characters per row: well under MySQL's default max_allowed_packet (16 MiB on MariaDB, 64 MiB on MySQL 8). */
const PART_LENGTH = 1 << 20;

const args = stepArguments('write-model.js', ['spec', 'model', 'written']);
const spec = parseJsonArgument<WriteModelSpec>(args.spec, 'the write-model spec');
const text = readFileSync(args.model, 'utf8');
const model = JSON.parse(text) as StoredModel;
const parts: unknown[][] = [];
for (let start = 0, part = 0; start < text.length; start += PART_LENGTH, part += 1) parts.push([part, text.slice(start, start + PART_LENGTH)]);
const metadata = { schema: spec.into.schema, name: MODEL_METADATA_TABLE } as const;
const modelTable = formatQualifiedName(spec.into);

await withDatabase({ schemas: spec.schemas }, `cannot write the model to ${modelTable}`, async (connection) => {
  await replaceTable(connection, spec.into, [{ name: 'part', kind: 'integer' }, { name: 'body', kind: 'text' }], parts);
  await createTableIfMissing(connection, metadata, [
    { name: 'model_table', kind: 'text' },
    { name: 'estimator', kind: 'text' },
    { name: 'algorithm', kind: 'text' },
    { name: 'features', kind: 'text' },
    { name: 'label', kind: 'text' },
    { name: 'classes', kind: 'text' },
    { name: 'settings', kind: 'text' },
    { name: 'metrics', kind: 'text' },
    { name: 'select_statement', kind: 'text' },
    { name: 'trained_at', kind: 'text' },
  ]);
  const { dialect } = connection;
  await connection.query(`DELETE FROM ${quoteQualifiedName(dialect, metadata)} WHERE model_table = ${placeholder(dialect, 0)}`, [modelTable]);
  await insertRows(
    connection,
    metadata,
    ['model_table', 'estimator', 'algorithm', 'features', 'label', 'classes', 'settings', 'metrics', 'select_statement', 'trained_at'],
    [[modelTable, model.estimator, model.classifier.algorithm, JSON.stringify(model.features), model.label, JSON.stringify(model.classes), JSON.stringify(model.settings), JSON.stringify(model.metrics), spec.select, new Date().toISOString()]],
  );
});
writeJson(args.written, { table: modelTable, rows: parts.length, metadataTable: formatQualifiedName(metadata) });
console.log(`Wrote the model to ${modelTable} (${text.length} characters in ${parts.length} part${parts.length === 1 ? '' : 's'}) and its metadata to ${formatQualifiedName(metadata)}.`);
