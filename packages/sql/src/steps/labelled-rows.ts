import { columnIndex, featureRows } from '../ml/table-columns';
import type { TableData } from './step-io';
import type { StoredModel } from './stored-model';

/**
 * The features and true class indexes of rows that carry the label column: what evaluate and
 * explain score a model on. A label value the model never saw is class -1, always wrong.
 */
export function labelledRows(table: TableData, model: StoredModel, label: string = model.label): { rows: number[][]; truth: number[] } {
  const index = columnIndex(table, label, 'label');
  return { rows: featureRows(table, model.features), truth: table.rows.map((row) => model.classes.indexOf(row[index] as string | number)) };
}
