import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SecretBox } from './secret-box';
import { resolveServerKey } from './server-key';

const homes: string[] = [];
const newHome = () => {
  const home = mkdtempSync(join(tmpdir(), 'couler-key-'));
  homes.push(home);
  return home;
};
afterEach(() => {
  for (const home of homes.splice(0)) rmSync(home, { recursive: true, force: true });
});

describe('resolveServerKey', () => {
  it('generates <home>/server.key readable by its owner only on the first start, and reads it after', () => {
    const home = newHome();
    const first = resolveServerKey({ home, env: {} });
    const file = join(home, 'server.key');
    expect(first.source).toBe(file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim()).toBe(first.secret);
    expect(resolveServerKey({ home, env: {} }).secret).toBe(first.secret);
  });

  it('takes --secret-file before COULER_SERVER_SECRET, and refuses a short secret', () => {
    const home = newHome();
    const file = join(home, 'secret');
    writeFileSync(file, 'from-the-file-0123456789\n');
    expect(resolveServerKey({ home, secretFile: file, env: { COULER_SERVER_SECRET: 'from-the-environment-0123' } }).secret).toBe('from-the-file-0123456789');
    expect(resolveServerKey({ home, env: { COULER_SERVER_SECRET: 'from-the-environment-0123' } })).toEqual({ secret: 'from-the-environment-0123', source: 'COULER_SERVER_SECRET' });
    expect(() => resolveServerKey({ home, env: { COULER_SERVER_SECRET: 'short' } })).toThrow(/at least 16/);
    expect(() => resolveServerKey({ home, secretFile: join(home, 'missing'), env: {} })).toThrow(/Cannot read the server secret file/);
  });
});

describe('SecretBox', () => {
  it('opens what it sealed, and nothing sealed under another key or for another row', () => {
    const box = new SecretBox('a-server-secret-0123456789');
    const sealed = box.seal('{"token":"t0ken"}', 'cluster cls_1');
    expect(sealed).not.toContain('t0ken');
    expect(box.seal('{"token":"t0ken"}', 'cluster cls_1')).not.toBe(sealed);
    expect(box.open(sealed, 'cluster cls_1')).toBe('{"token":"t0ken"}');
    expect(() => box.open(sealed, 'cluster cls_2')).toThrow(/does not open/);
    expect(() => new SecretBox('another-secret-0123456789').open(sealed, 'cluster cls_1')).toThrow(/does not open/);
    expect(() => box.open('not sealed', 'cluster cls_1')).toThrow(/does not open/);
  });
});
