import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Step } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { resolveCoulerHome } from '../src/state/couler-home';
import { LockTable } from '../src/state/lock-table';
import { runWorkflow } from '../src/run-workflow';
import { eventLog, sh, useTempDirs, workflowOf } from './helpers/workflows';

const dirs = useTempDirs();

/**
 * A step that writes when it starts and ends (ns), as `start <tag> <ns>` and `end <tag> <ns>`
 * lines. With `meet`, it waits (at most 10 s) until that many steps have started before it ends,
 * so that steps free to run together surely overlap however loaded the machine is.
 */
const timed = (name: string, tag: string, extra: Record<string, unknown> = {}, meet = 0) => {
  const file = `"${join(dirs.scratch(), 'times')}"`;
  const wait = meet > 0 ? `for i in $(seq 100); do [ "$(grep -c ^start ${file})" -ge ${meet} ] && break; sleep 0.1; done; ` : 'sleep 0.4; ';
  return sh(name, `echo "start ${tag}$0 $(date +%s%N)" >> ${file}; ${wait}echo "end ${tag}$0 $(date +%s%N)" >> ${file}`, extra);
};

/** The most steps that were running at the same moment, from the lines `timed` steps wrote. */
function mostAtOnce(): number {
  const events = readFileSync(join(dirs.scratch(), 'times'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split(' '))
    .map(([kind, , at]) => ({ delta: kind === 'start' ? 1 : -1, at: BigInt(at!) }))
    // At the same nanosecond an end comes first: touching is not overlapping.
    .sort((a, b) => (a.at === b.at ? a.delta - b.delta : a.at < b.at ? -1 : 1));
  let running = 0;
  let most = 0;
  for (const event of events) {
    running += event.delta;
    most = Math.max(most, running);
  }
  return most;
}

const mutex = (name: string) => ({ mutexes: [{ name }] });

describe('synchronization on the local engine (a lock table per Couler home)', () => {
  it('runs two runs with the same workflow-wide mutex one after the other, the waiting one saying which run it waits for', async () => {
    const home = dirs.home();
    const first = eventLog();
    const second = eventLog();
    const [a, b] = await Promise.all([
      runWorkflow(workflowOf('nightly', [timed('load', 'a')], { synchronization: mutex('nightly') }), { home, runId: 'run-a', onEvent: first.onEvent }),
      runWorkflow(workflowOf('nightly', [timed('load', 'b')], { synchronization: mutex('nightly') }), { home, runId: 'run-b', onEvent: second.onEvent }),
    ]);
    expect([a.phase, b.phase]).toEqual(['Succeeded', 'Succeeded']);
    expect(mostAtOnce()).toBe(1);
    // Whichever run took the mutex first, the other said it waited for it.
    const notices = (log: ReturnType<typeof eventLog>) => log.events.flatMap((event) => (event.type === 'notice' ? [event.message] : []));
    const waited = [...notices(first), ...notices(second)].filter((message) => message.startsWith('The run waits for mutex "nightly"'));
    // (None when one run ended before the other began, as a loaded machine may make it.)
    expect(waited.length).toBeLessThanOrEqual(1);
    for (const message of waited) expect(['The run waits for mutex "nightly", held by run run-a.', 'The run waits for mutex "nightly", held by run run-b.']).toContain(message);
  });

  it('without the mutex the same two runs overlap (what the test above would see if the lock did nothing)', async () => {
    const home = dirs.home();
    await Promise.all([runWorkflow(workflowOf('nightly', [timed('load', 'a', {}, 2)]), { home }), runWorkflow(workflowOf('nightly', [timed('load', 'b', {}, 2)]), { home })]);
    expect(mostAtOnce()).toBe(2);
  });

  it('lets at most `limit` step instances hold a semaphore, across map items and across runs', async () => {
    const home = dirs.home();
    const semaphore = { semaphores: [{ name: 'gpus', limit: 2 }] };
    const mapped = (tag: string) => {
      const step = timed('train', tag, { synchronization: semaphore, map: { items: [1, 2, 3] } }) as Step & { kind: 'container' };
      return { ...step, container: { ...step.container, args: [{ ref: 'item' }] } };
    };
    const [a, b] = await Promise.all([
      runWorkflow(workflowOf('gpu', [mapped('a')]), { home, parallelism: 4 }),
      runWorkflow(workflowOf('gpu', [mapped('b')]), { home, parallelism: 4 }),
    ]);
    expect([a.phase, b.phase]).toEqual(['Succeeded', 'Succeeded']);
    expect(readFileSync(join(dirs.scratch(), 'times'), 'utf8').match(/^start /gm)).toHaveLength(6);
    // Without the semaphore up to six run at once (two runs of parallelism 4).
    expect(mostAtOnce()).toBeLessThanOrEqual(2);
  });

  it('a mutex and a semaphore of the same name are different locks, as in Argo', async () => {
    const home = dirs.home();
    await Promise.all([
      runWorkflow(workflowOf('one', [timed('a', 'a', { synchronization: mutex('shared') }, 2)]), { home }),
      runWorkflow(workflowOf('two', [timed('b', 'b', { synchronization: { semaphores: [{ name: 'shared', limit: 1 }] } }, 2)]), { home }),
    ]);
    expect(mostAtOnce()).toBe(2);
  });

  it('takes no notice of a lock held by an engine that died (a kill -9), and releases every lock when the run ends', async () => {
    const home = dirs.home();
    const database = resolveCoulerHome(home).database;
    // An engine process that held the mutex and is gone now.
    const gone = spawnSync('sh', ['-c', 'echo $$']).stdout.toString().trim();
    const dead = new LockTable(database, Number(gone));
    expect(dead.tryAcquire([{ kind: 'mutex', name: 'deploy', limit: 1 }], 'crashed-run', 'crashed-run')).toEqual({ acquired: true });
    dead.close();
    const summary = await runWorkflow(workflowOf('deploy', [sh('ship', 'true', { synchronization: mutex('deploy') })]), { home, runId: 'after-crash' });
    expect(summary.phase).toBe('Succeeded');
    const table = new LockTable(database);
    expect(table.holders({ kind: 'mutex', name: 'deploy', limit: 1 })).toEqual([]);
    table.close();
  });

  it('a run cancelled while it waits for a lock ends Cancelled, having run nothing and holding nothing', async () => {
    const home = dirs.home();
    const database = resolveCoulerHome(home).database;
    const holder = new LockTable(database);
    holder.tryAcquire([{ kind: 'mutex', name: 'nightly', limit: 1 }], 'other-run', 'other-run');
    const abort = new AbortController();
    setTimeout(() => abort.abort(), 300);
    const summary = await runWorkflow(workflowOf('nightly', [timed('load', 'a')], { synchronization: mutex('nightly') }), { home, runId: 'waiting', signal: abort.signal });
    expect(summary.phase).toBe('Cancelled');
    expect(summary.steps.filter((step) => step.phase === 'Succeeded')).toEqual([]);
    expect(holder.holders({ kind: 'mutex', name: 'nightly', limit: 1 }).map((held) => held.holder)).toEqual(['other-run']);
    holder.close();
  });
});
