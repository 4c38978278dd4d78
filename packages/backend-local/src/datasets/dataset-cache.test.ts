import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dataset } from '@couler/ir';
import { afterAll, describe, expect, it } from 'vitest';
import { DatasetCache } from './dataset-cache';

const root = mkdtempSync(join(tmpdir(), 'couler-datasets-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const rows: Dataset = { name: 'rows', owner: 'alice', source: { type: 's3', bucket: 'data', key: 'rows.csv', accessKey: { name: 'creds', key: 'accessKey' } } };

/** A source whose version the test sets, counting downloads; each download takes a while. */
function fakeSource(content: { version: string; text: string }) {
  const counts = { downloads: 0 };
  return {
    counts,
    source: {
      version: async () => content.version,
      download: async (into: string) => {
        counts.downloads += 1;
        await new Promise((resolve) => setTimeout(resolve, 30));
        await writeFile(into, content.text);
      },
    },
  };
}

describe('DatasetCache', () => {
  it('downloads once for readers at once and later, again when the version changes, and copies never share the cache', async () => {
    const cache = new DatasetCache({ root: join(root, 'a') });
    const content = { version: '"etag-1"', text: 'a,1\n' };
    const { counts, source } = fakeSource(content);
    const targets = [1, 2, 3, 4, 5].map((index) => join(root, 'a-steps', String(index), 'rows.csv'));
    const reads = await Promise.all(targets.map((target) => cache.read(rows, target, source)));
    expect(counts.downloads).toBe(1);
    expect(reads.filter((read) => read.downloaded)).toHaveLength(1);
    expect(targets.map((target) => readFileSync(target, 'utf8'))).toEqual(Array(5).fill('a,1\n'));
    // A step that changes its copy leaves the cache as it was.
    writeFileSync(targets[0]!, 'changed');
    await cache.read(rows, join(root, 'a-later', 'rows.csv'), source);
    expect(readFileSync(join(root, 'a-later', 'rows.csv'), 'utf8')).toBe('a,1\n');
    expect(counts.downloads).toBe(1);

    content.version = '"etag-2"';
    content.text = 'a,2\n';
    await Promise.all(targets.map((target) => cache.read(rows, target, source)));
    expect(counts.downloads).toBe(2);
    expect(readFileSync(targets[4]!, 'utf8')).toBe('a,2\n');
    const [entry] = await cache.list();
    expect(entry).toMatchObject({ name: 'rows', owner: 'alice', source: 's3://data/rows.csv', version: '"etag-2"', bytes: 4 });
    // Credentials name no part of the entry.
    expect(JSON.stringify(entry)).not.toContain('creds');
  });

  it('takes over a lock left by a process that died', async () => {
    const cache = new DatasetCache({ root: join(root, 'b') });
    await mkdir(join(root, 'b'), { recursive: true });
    // pid 2^22 + 1 is above Linux's pid_max: no process has it.
    writeFileSync(`${cache.directoryOf(rows)}.lock`, `${2 ** 22 + 1}\n${(await import('node:os')).hostname()}\n`);
    const { counts, source } = fakeSource({ version: 'v1', text: 'x' });
    await cache.read(rows, join(root, 'b-step', 'rows.csv'), source);
    expect(counts.downloads).toBe(1);
  });

  it('evicts the least recently used datasets past its limit, and clear removes by name', async () => {
    const cache = new DatasetCache({ root: join(root, 'c'), maxBytes: 10 });
    let clock = 0;
    const timed = new DatasetCache({ root: join(root, 'c'), maxBytes: 10, now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, clock++)) });
    const named = (name: string): Dataset => ({ name, source: { type: 'http', url: `http://example.com/${name}` } });
    for (const name of ['old', 'mid', 'new']) await timed.read(named(name), join(root, 'c-step', name), fakeSource({ version: 'v', text: '123456' }).source);
    // Each is 6 bytes; a limit of 10 keeps only the newest.
    expect((await cache.list()).map((entry) => entry.name)).toEqual(['new']);
    await timed.read(named('other'), join(root, 'c-step', 'other'), fakeSource({ version: 'v', text: '1' }).source);
    expect((await cache.list()).map((entry) => entry.name)).toEqual(['other', 'new']);
    const { removed } = await cache.clear('new');
    expect(removed.map((entry) => entry.name)).toEqual(['new']);
    expect((await cache.list()).map((entry) => entry.name)).toEqual(['other']);
  });
});
