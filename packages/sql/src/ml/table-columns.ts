import { didYouMean } from '@couler/ir';
import type { TableData } from '../steps/step-io';

/** The index of `column` in `table`; throws naming the columns there are. */
export function columnIndex(table: TableData, column: string, role: string): number {
  const index = table.columns.indexOf(column);
  if (index === -1) {
    throw new Error(`the ${role} column "${column}" is not among the SELECT's columns (${table.columns.join(', ')}).${didYouMean(column, table.columns)}`);
  }
  return index;
}

/** The feature columns as numbers, row by row; throws at the first value that is not one. */
export function featureRows(table: TableData, features: ReadonlyArray<string>): number[][] {
  const indexes = features.map((feature) => columnIndex(table, feature, 'feature'));
  return table.rows.map((row, rowIndex) =>
    indexes.map((index, position) => {
      const value = row[index];
      const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
      if (!Number.isFinite(number)) {
        throw new Error(`row ${rowIndex + 1} has ${JSON.stringify(value)} in the feature column "${features[position]}": features must be numbers (leave the column out with COLUMN, or convert it in the SELECT)`);
      }
      return number;
    }),
  );
}

/** Label values, sorted (numbers by value, text by code point), so class indexes are stable. */
export function distinctClasses(values: ReadonlyArray<unknown>): Array<string | number> {
  const classes = [...new Set(values as Array<string | number>)];
  return classes.every((value) => typeof value === 'number') ? classes.sort((a, b) => (a as number) - (b as number)) : classes.sort((a, b) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));
}
