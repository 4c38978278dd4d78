import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatasetCache } from '@couler/backend-local';
import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runCoulerInProcess } from '../../../test/run-couler-in-process';
import { scratchWith } from '../../../test/run-couler';

describe('couler cache (datasets)', () => {
  it('lists cached datasets with size and last use, and clear removes one by name', async () => {
    const home = mkdtempSync(join(tmpdir(), 'couler-cache-cli-'));
    const cache = new DatasetCache({ root: join(home, 'datasets'), now: () => new Date('2026-12-06T10:00:00.000Z') });
    const source = (text: string) => ({ version: async () => 'v1', download: (into: string) => writeFile(into, text) });
    await cache.read({ name: 'rows', owner: 'alice', source: { type: 's3', bucket: 'data', key: 'rows.csv' } }, join(home, 'step', 'a'), source('x'.repeat(2048)));
    await cache.read({ name: 'images', source: { type: 'http', url: 'https://example.com/i.tar' } }, join(home, 'step', 'b'), source('y'));
    const cwd = scratchWith();

    const listed = await runCoulerInProcess(['cache', 'datasets', '--home', home], { cwd });
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toContain('DATASET  SIZE     LAST USED');
    expect(listed.stdout).toMatch(/rows\s+2\.0 KiB\s+2026-12-06T10:00:00\.000Z\s+2026-12-06T10:00:00\.000Z\s+s3:\/\/data\/rows\.csv/);
    expect(listed.stdout).toContain('2 datasets, 2.0 KiB.');

    const cleared = await runCoulerInProcess(['cache', 'clear', 'rows', '--home', home], { cwd });
    expect(cleared.stdout).toBe('Removed 1 dataset (2.0 KiB).\n');
    const json = await runCoulerInProcess(['cache', 'datasets', '--json', '--home', home], { cwd });
    expect(JSON.parse(json.stdout).map((entry: { name: string }) => entry.name)).toEqual(['images']);

    const unknown = await runCoulerInProcess(['cache', 'clear', 'rowz', '--home', home], { cwd });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('The dataset cache holds no dataset named "rowz".');
  });
});
