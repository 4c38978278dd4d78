import { openStateStore, type StateStore } from '@couler/backend-local';

/** Opens the local engine's state for one command and closes it after. */
export async function withState<T>(home: string | undefined, use: (store: StateStore) => T | Promise<T>): Promise<T> {
  const store = openStateStore(home);
  try {
    return await use(store);
  } finally {
    store.close();
  }
}

/** Left-aligned columns, two spaces apart. */
export function table(rows: ReadonlyArray<ReadonlyArray<string>>): string {
  const widths: number[] = [];
  for (const row of rows) for (const [index, cell] of row.entries()) widths[index] = Math.max(widths[index] ?? 0, cell.length);
  return rows.map((row) => row.map((cell, index) => (index === row.length - 1 ? cell : cell.padEnd(widths[index]!))).join('  ').trimEnd()).join('\n');
}
