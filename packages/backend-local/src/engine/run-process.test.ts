import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { runProcess } from './run-process';

describe.runIf(process.platform === 'linux')('runProcess', () => {
  it('says in words why a process with an argument over 128 KiB could not start, where spawn says E2BIG', async () => {
    const outcome = await runProcess({ argv: ['true', 'x'.repeat(200 * 1024)], cwd: tmpdir(), env: {}, signal: new AbortController().signal });
    expect(outcome.spawnError).toBe('true: its arguments and environment are larger than the system lets one process receive (E2BIG, "Argument list too long")');
    expect(outcome.logTail).toContain(outcome.spawnError);
  });

  it('resolves, never rejects, when spawn refuses an argument at once (a NUL character)', async () => {
    const outcome = await runProcess({ argv: ['echo', 'a\0b'], cwd: tmpdir(), env: {}, signal: new AbortController().signal });
    expect(outcome.spawnError).toMatch(/null bytes/);
    expect(outcome.exitCode).toBeUndefined();
  });
});
