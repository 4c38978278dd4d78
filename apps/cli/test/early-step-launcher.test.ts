import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coulerHome, runCouler, scratchWith } from './run-couler';

// Every process `couler` starts inherits this: the launchers of these tests, and no others, have it.
const MARK = `COULER_TEST_LAUNCHER=${process.pid}-${Date.now()}`;
process.env.COULER_TEST_LAUNCHER = MARK.slice(MARK.indexOf('=') + 1);

/**
 * The step launcher processes alive now that carry this file's mark, by /proc. A step process a
 * launcher has forked and not yet exec'd shows the launcher's command line and environment too:
 * a process whose parent is one of them is such a child, not a launcher.
 */
function markedLaunchers(): number[] {
  const marked = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (!readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('serveLaunchRequests')) continue;
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const [state, parent] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (state === 'Z') continue;
      if (readFileSync(`/proc/${entry}/environ`, 'latin1').split('\0').includes(MARK)) marked.set(Number(entry), Number(parent));
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
  return [...marked].filter(([, parent]) => !marked.has(parent)).map(([pid]) => pid);
}

const workflow = (steps: unknown[]) => JSON.stringify({ apiVersion: 'couler.dev/v1alpha1', kind: 'Workflow', metadata: { name: 'launch' }, spec: { steps } });

describe.runIf(process.platform === 'linux')('couler run starts its first step launcher while it loads', () => {
  it('runs the steps from that one launcher (one step at a time needs no second), and leaves none behind', async () => {
    const directory = scratchWith();
    writeFileSync(join(directory, 'wf.json'), workflow([
      { name: 'first', kind: 'container', container: { image: 'alpine', command: ['sh', '-c', 'echo $PPID; sleep 0.5'] } },
      { name: 'second', kind: 'container', container: { image: 'alpine', command: ['sh', '-c', 'echo $PPID'] }, dependencies: ['first'] },
    ]));
    const seen = new Set<number>();
    const poll = setInterval(() => {
      for (const pid of markedLaunchers()) seen.add(pid);
    }, 25);
    const home = coulerHome();
    const run = await runCouler(['run', 'wf.json', '--parallelism', '1', '--plain', '--home', home], directory);
    clearInterval(poll);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect([...seen]).toHaveLength(1);
    const runId = /as run (\S+)/.exec(run.stdout)?.[1] ?? '';
    for (const step of ['first', 'second']) {
      const log = await runCouler(['logs', runId, step, '--home', home], directory);
      expect(Number(log.stdout.trim())).toBe([...seen][0]);
    }
    await expect.poll(markedLaunchers, { timeout: 5000 }).toEqual([]);
  });

  it('leaves none behind when the run is refused before any step', async () => {
    const directory = scratchWith();
    writeFileSync(join(directory, 'cycle.json'), workflow([
      { name: 'a', kind: 'container', container: { image: 'alpine', command: ['true'] }, dependencies: ['b'] },
      { name: 'b', kind: 'container', container: { image: 'alpine', command: ['true'] }, dependencies: ['a'] },
    ]));
    const run = await runCouler(['run', 'cycle.json', '--home', coulerHome()], directory);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('cycle');
    await expect.poll(markedLaunchers, { timeout: 5000 }).toEqual([]);
  });
});
