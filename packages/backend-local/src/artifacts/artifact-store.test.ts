import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArtifactStore } from './artifact-store';

describe('ArtifactStore.put with an output path that is a symbolic link', () => {
  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'couler-store-'));
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('stores the file the link points to, and leaves that file as it was (no read-only mode reaching it)', async () => {
    const outside = join(directory, 'someone else', 'data.txt');
    mkdirSync(join(directory, 'someone else'));
    writeFileSync(outside, 'the bytes\n');
    chmodSync(outside, 0o640);
    const link = join(directory, 'step', 'out.txt');
    mkdirSync(join(directory, 'step'));
    symlinkSync('../someone else/data.txt', link);
    const store = new ArtifactStore(join(directory, 'store'));
    const artifact = await store.put(link);
    expect(statSync(outside).mode & 0o777).toBe(0o640);
    const stored = store.pathOf(artifact.hash);
    expect(lstatSync(stored).isSymbolicLink()).toBe(false);
    expect(readFileSync(stored, 'utf8')).toBe('the bytes\n');
    const copy = join(directory, 'reader', 'in.txt');
    await store.materialize(artifact, copy);
    expect(readFileSync(copy, 'utf8')).toBe('the bytes\n');
  });

  it('stores the directory a link points to as a directory, keeping the links inside it as links', async () => {
    const real = join(directory, 'real');
    mkdirSync(real);
    writeFileSync(join(real, 'a.txt'), 'A');
    symlinkSync('a.txt', join(real, 'alias'));
    symlinkSync(real, join(directory, 'dir-link'));
    const store = new ArtifactStore(join(directory, 'store'));
    const artifact = await store.put(join(directory, 'dir-link'));
    expect(artifact.kind).toBe('dir');
    const stored = store.pathOf(artifact.hash);
    expect(lstatSync(stored).isDirectory()).toBe(true);
    expect(readFileSync(join(stored, 'a.txt'), 'utf8')).toBe('A');
    expect(lstatSync(join(stored, 'alias')).isSymbolicLink()).toBe(true);
  });
});
