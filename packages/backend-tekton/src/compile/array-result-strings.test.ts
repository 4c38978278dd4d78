import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ARRAY_STRINGS_FUNCTION } from './array-result-strings';

const directory = mkdtempSync(join(tmpdir(), 'couler-strings-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const AWKS = ['/usr/bin/mawk', '/usr/bin/gawk', '/bin/busybox', '/usr/bin/busybox'].filter(existsSync);

/** Runs couler_strings on `text` with `awk` being `program` (BusyBox through an `awk` link to it). */
function strings(text: string, program: string): string {
  const bin = join(directory, `bin-${AWKS.indexOf(program)}`);
  if (!existsSync(bin)) {
    mkdirSync(bin);
    symlinkSync(program, join(bin, 'awk'));
  }
  const file = join(directory, 'value');
  writeFileSync(file, text);
  const run = spawnSync('/bin/sh', ['-c', `${ARRAY_STRINGS_FUNCTION}\ncouler_strings "$1"`, 'sh', file], { env: { PATH: `${bin}:/usr/bin:/bin` }, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return run.stdout;
}

describe('couler_strings: a JSON list as Tekton array result (strings only)', () => {
  it('has an awk to run under', () => expect(AWKS.length).toBeGreaterThan(0));

  it.each(AWKS)('makes each element that is not a string the string of its JSON text, under %s', (program) => {
    const list = [{ name: 'knn', tags: ['a', 'b"c'], note: 'x\\y\n' }, 1, 2.5e-3, true, null, 'already "text" ü', [1, [2]], { nested: { deep: '{,]' } }];
    const printed = `  ${JSON.stringify(list, null, 1)}\n`;
    const parsed = JSON.parse(strings(printed, program)) as string[];
    expect(parsed.every((element) => typeof element === 'string')).toBe(true);
    // Each element means what it meant: a string stays itself; anything else parses back to itself.
    expect(parsed.map((element, index) => (typeof list[index] === 'string' ? element : JSON.parse(element)))).toEqual(list);
  });

  it.each(AWKS)('keeps a list of strings, an empty list, and text that is not a JSON list as they are, under %s', (program) => {
    expect(JSON.parse(strings('["a", "b,c", "]"]', program))).toEqual(['a', 'b,c', ']']);
    expect(strings('[]\n', program)).toBe('[]');
    expect(strings('not a list', program)).toBe('not a list');
    expect(strings('[1, 2', program)).toBe('[1, 2');
  });
});
