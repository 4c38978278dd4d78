import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { MAX_LINE_CHARS } from './output-lines';
import { RESULT_LIMIT, runProcess } from './run-process';

describe.runIf(process.platform === 'linux')('runProcess', () => {
  it('says in words why a process with an argument over 128 KiB could not start, where spawn says E2BIG', async () => {
    const outcome = await runProcess({ argv: ['true', 'x'.repeat(200 * 1024)], cwd: tmpdir(), env: {}, signal: new AbortController().signal });
    expect(outcome.spawnError).toBe('true: its arguments and environment are larger than the system lets one process receive (E2BIG, "Argument list too long")');
    expect(outcome.logTail).toContain(outcome.spawnError);
  });

  it('hands on output printed without newlines as pieces of one line, and keeps the first MiB as the result', async () => {
    const lines: Array<[string, number]> = [];
    const bytes = 3 * MAX_LINE_CHARS + 10;
    const outcome = await runProcess({
      argv: ['sh', '-c', `head -c ${bytes} /dev/zero | tr '\\0' x; printf '\\ndone\\n'; printf 'no newline' >&2`],
      cwd: tmpdir(),
      env: { PATH: process.env.PATH },
      signal: new AbortController().signal,
      onLine: (stream, line) => lines.push([stream, line.length]),
    });
    expect(outcome.exitCode).toBe(0);
    expect(lines).toEqual([
      ['stdout', MAX_LINE_CHARS],
      ['stdout', MAX_LINE_CHARS],
      ['stdout', MAX_LINE_CHARS],
      ['stdout', 10],
      ['stdout', 4],
      ['stderr', 10],
    ]);
    expect(outcome.stdout).toBe('x'.repeat(RESULT_LIMIT));
  });

  it('resolves, never rejects, when spawn refuses an argument at once (a NUL character)', async () => {
    const outcome = await runProcess({ argv: ['echo', 'a\0b'], cwd: tmpdir(), env: {}, signal: new AbortController().signal });
    expect(outcome.spawnError).toMatch(/null bytes/);
    expect(outcome.exitCode).toBeUndefined();
  });
});
