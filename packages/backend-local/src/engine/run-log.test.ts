import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRunLog, RunLog } from './run-log';

describe('RunLog', () => {
  it('says it is behind while megabytes wait for the disk, and when it has caught up', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'couler-run-log-')), 'steps.log');
    const log = new RunLog(path);
    log.write('small', 1, 'stdout', 'hello');
    expect(log.backlog()).toBeUndefined();
    const line = 'x'.repeat(1024 * 1024);
    for (let index = 0; index < 12; index++) log.write('big', 1, 'stdout', line);
    const backlog = log.backlog();
    expect(backlog).toBeInstanceOf(Promise);
    // Asked again meanwhile: the same wait, not a second set of listeners.
    expect(log.backlog()).toBe(backlog);
    await backlog;
    expect(log.backlog()).toBeUndefined();
    await log.close();
    const lines = parseRunLog(readFileSync(path, 'utf8'));
    expect(lines).toHaveLength(13);
    expect(lines[12]).toMatchObject({ stepId: 'big', attempt: 1, stream: 'stdout', text: line });
  });

  it('ends the wait when the log cannot be written: a run never waits on a broken disk', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'couler-run-log-')), 'steps.log');
    const log = new RunLog(path);
    for (let index = 0; index < 12; index++) log.write('big', 1, 'stdout', 'x'.repeat(1024 * 1024));
    const backlog = log.backlog();
    expect(backlog).toBeInstanceOf(Promise);
    (log as unknown as { stream: NodeJS.WritableStream & { destroy(error: Error): void } }).stream.destroy(new Error('disk gone'));
    await expect(backlog).resolves.toBeUndefined();
  });

  it('tells once when the disk refuses a write, drops the lines after it, and closes without throwing', async () => {
    const failures: string[] = [];
    // /dev/full answers every write with ENOSPC, as a full disk does.
    const log = new RunLog('/dev/full', (message) => failures.push(message));
    log.write('a', 1, 'stdout', 'one');
    log.write('a', 1, 'stderr', 'two');
    await log.close();
    log.write('a', 1, 'stdout', 'after close');
    expect(failures).toHaveLength(1);
    expect(failures[0]).toContain('The run log /dev/full could not be written (ENOSPC');
    expect(log.backlog()).toBeUndefined();
  });

  it('ends a line cut off before when a resumed run appends, so no new line is joined to it', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'couler-run-log-')), 'steps.log');
    // The first run's last write stopped mid-line: the disk filled, or the engine was killed.
    writeFileSync(path, 'a 1 o whole\nb 1 o cut off mid-');
    const log = new RunLog(path);
    log.write('c', 1, 'stdout', 'after resume');
    await log.close();
    expect(parseRunLog(readFileSync(path, 'utf8')).map((line) => [line.stepId, line.text])).toEqual([
      ['a', 'whole'],
      ['b', 'cut off mid-'],
      ['c', 'after resume'],
    ]);
    // A log that ends whole gets nothing added.
    const again = new RunLog(path);
    again.write('d', 1, 'stdout', 'next');
    await again.close();
    expect(readFileSync(path, 'utf8')).toBe('a 1 o whole\nb 1 o cut off mid-\nc 1 o after resume\nd 1 o next\n');
  });
});
