import { DatasetCache, type DatasetCacheEntry, resolveCoulerHome } from '@couler/backend-local';
import { CoulerError } from '@couler/ir';
import type { Command } from 'commander';
import type { CliContext } from '../../cli-context';
import { addHomeOption } from '../local/local-options';

function describeBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

function datasetCacheOf(home: string | undefined): DatasetCache {
  return new DatasetCache({ root: resolveCoulerHome(home).datasets });
}

function table(entries: ReadonlyArray<DatasetCacheEntry>): string {
  const rows = [['DATASET', 'SIZE', 'LAST USED', 'SYNCED', 'SOURCE'], ...entries.map((entry) => [entry.name, describeBytes(entry.bytes), entry.lastUsedAt, entry.syncedAt, entry.source])];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ')).join('\n');
}

/** `couler cache datasets` (also plain `couler cache`) and `couler cache clear [NAME]`: the local engine's dataset cache. */
export function addDatasetCommands(cache: Command, context: CliContext): void {
  const list = async (options: { home?: string; json?: boolean }) => {
    const entries = await datasetCacheOf(options.home).list();
    if (options.json) {
      context.stdout.write(`${JSON.stringify(entries.map(({ directory: _directory, ...entry }) => entry), null, 2)}\n`);
      return;
    }
    if (entries.length === 0) {
      context.stdout.write('The dataset cache is empty: no run has read a dataset yet.\n');
      return;
    }
    const total = entries.reduce((sum, entry) => sum + entry.bytes, 0);
    context.stdout.write(`${table(entries)}\n${entries.length} ${entries.length === 1 ? 'dataset' : 'datasets'}, ${describeBytes(total)}.\n`);
  };
  // Plain `couler cache` takes no options: commander would give an option of the parent written
  // after a subcommand (`couler cache why --home …`) to the parent, not to the subcommand.
  cache.action(() => list({}));
  addHomeOption(cache.command('datasets').description('list the datasets the local engine keeps, with their size and last use (as plain `couler cache`)').option('--json', 'print JSON')).action(list);
  addHomeOption(cache.command('clear').description('remove a dataset (every one without NAME) from the local dataset cache').argument('[name]', 'the dataset to remove'))
    .action(async (name: string | undefined, options: { home?: string }) => {
      const { removed, busy } = await datasetCacheOf(options.home).clear(name);
      if (name !== undefined && removed.length === 0 && busy.length === 0) {
        const known = (await datasetCacheOf(options.home).list()).map((entry) => entry.name);
        throw new CoulerError('INVALID_FIELD', `The dataset cache holds no dataset named "${name}".`, { hint: known.length > 0 ? `It holds: ${known.join(', ')}.` : 'It is empty.' });
      }
      const freed = removed.reduce((sum, entry) => sum + entry.bytes, 0);
      context.stdout.write(`Removed ${removed.length} ${removed.length === 1 ? 'dataset' : 'datasets'} (${describeBytes(freed)}).\n`);
      if (busy.length > 0) context.stdout.write(`Kept ${busy.map((entry) => `"${entry.name}"`).join(', ')}: a run is reading ${busy.length === 1 ? 'it' : 'them'} now; clear again once it is done.\n`);
    });
}
