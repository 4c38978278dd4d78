import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { iterateScenario, lmFineTuningScenario, parseTrace, simulatePolicy } from '@couler/optimizer-caching';
import { describe, expect, it } from 'vitest';
import { formatDuration } from '../src/commands/local/format-duration';
import { runCoulerInProcess } from './run-couler-in-process';
import { coulerHome, scratchWith } from './run-couler';

/** Runs `couler` in-process (real engine, real step processes), collecting what it prints. */
const couler = (argv: string[], cwd: string) => runCoulerInProcess(argv, { cwd });

/** `prepare` and `train` are memoized; `train` also depends on the parameter `seed`. */
const PIPELINE = {
  apiVersion: 'couler.dev/v1alpha1',
  kind: 'Workflow',
  metadata: { name: 'tune' },
  spec: {
    parameters: [{ name: 'seed', default: '1' }],
    steps: [
      {
        name: 'prepare',
        kind: 'container',
        cache: {},
        container: { image: 'alpine:3.20', command: ['sh', '-c', "printf '%0200d' 7 > /out/data"] },
        outputs: { artifacts: [{ name: 'data', path: '/out/data' }] },
      },
      {
        name: 'train',
        kind: 'container',
        cache: {},
        container: { image: 'alpine:3.20', command: ['sh', '-c', 'cat /in/data > /out/model; printf "$SEED" >> /out/model'] },
        env: [{ name: 'SEED', value: { ref: 'parameter', name: 'seed' } }],
        inputs: { artifacts: [{ name: 'data', path: '/in/data', from: { ref: 'step', step: 'prepare', output: 'data' } }] },
        outputs: { artifacts: [{ name: 'model', path: '/out/model' }] },
      },
    ],
  },
};

function project(): string {
  const directory = scratchWith();
  writeFileSync(join(directory, 'tune.json'), JSON.stringify(PIPELINE));
  return directory;
}

describe('couler cache simulate', () => {
  it('prints one row per policy with the simulator\'s figures, and marks the shortest makespan', async () => {
    const directory = scratchWith();
    const result = await couler(['cache', 'simulate', '--scenario', 'lm-fine-tuning', '--capacity', '20GB', '--policy', 'couler', '--policy', 'lru'], directory);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const workload = iterateScenario(lmFineTuningScenario());
    const [couler20, lru20] = await Promise.all(['couler', 'lru'].map((policy) => simulatePolicy(workload, policy, { capacityBytes: 20e9 })));
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`lm-fine-tuning: 21 steps, 30 runs, cache 20.0GB (* shortest makespan within it)`);
    expect(lines[1]).toMatch(/^ {2}POLICY\s+HIT RATIO\s+BYTE HIT RATIO\s+HITS\s+MAKESPAN\s+SAVED\s+WRITTEN\s+EVICTIONS$/);
    const row = (policy: string) => lines.find((line) => line.slice(2).startsWith(`${policy} `))!.trim().split(/\s+/);
    const best = couler20!.makespanSeconds <= lru20!.makespanSeconds ? 'couler' : 'lru';
    for (const [policy, expected] of [['couler', couler20!], ['lru', lru20!]] as const) {
      const cells = row(policy).filter((cell) => cell !== '*');
      expect(cells.slice(0, 5)).toEqual([policy, expected.hitRatio.toFixed(3), expected.byteHitRatio.toFixed(3), `${expected.hits}/${expected.lookups}`, formatDuration(expected.makespanSeconds * 1000)]);
      expect(lines.find((line) => line.slice(2).startsWith(`${policy} `))!.startsWith('*')).toBe(policy === best);
    }
  });

  it('says what to fix: unknown scenario or policy, a size without a unit it knows, no capacity, both sources', async () => {
    const directory = scratchWith();
    const run = (...args: string[]) => couler(['cache', 'simulate', ...args], directory);
    const scenario = await run('--scenario', 'lm-fine-tunning', '--capacity', '1GB');
    expect(scenario.code).toBe(1);
    expect(scenario.stderr).toContain('There is no scenario "lm-fine-tunning". Did you mean "lm-fine-tuning"?');
    const policy = await run('--scenario', 'lm-fine-tuning', '--capacity', '1GB', '--policy', 'lur');
    expect(policy.stderr).toContain('There is no cache policy "lur". Did you mean "lru"?');
    const renamed = await run('--scenario', 'lm-fine-tuning', '--capacity', '1GB', '--policy', 'offline-optimal');
    expect(renamed.code).toBe(1);
    expect(renamed.stderr).toContain('Cache policy "offline-optimal" is now called "offline-recompute"');
    const size = await run('--scenario', 'lm-fine-tuning', '--capacity', '10 parsecs');
    expect(size.stderr).toContain('"10 parsecs" is not a size: write a number and a unit, like 10GB, 512MiB or 2e9.');
    const capacity = await run('--scenario', 'lm-fine-tuning');
    expect(capacity.stderr).toContain('needs --capacity');
    const both = await run('--scenario', 'lm-fine-tuning', '--trace', 'x.jsonl', '--capacity', '1GB');
    expect(both.stderr).toContain('needs one of --scenario or --trace');
    expect([scenario, policy, size, capacity, both].map((result) => [result.code, result.stdout])).toEqual(Array(5).fill([1, '']));
  });
});

describe('couler run --cache-policy, couler runs, couler cache export-trace', () => {
  it('runs with a policy, counts hits and misses per run, and exports a history the simulator replays', async () => {
    const directory = project();
    const home = coulerHome();
    const first = await couler(['run', 'tune.json', '--cache-policy', 'couler', '--cache-size', '10GB', '--home', home, '--plain'], directory);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const second = await couler(['run', 'tune.json', '--param', 'seed=2', '--cache-policy', 'couler', '--cache-size', '10GB', '--home', home, '--plain'], directory);
    expect(second.code).toBe(0);
    const [firstId, secondId] = [first, second].map((result) => /as run (\S+)/.exec(result.stdout)![1]!);

    const runs = await couler(['runs', '--home', home], directory);
    expect(runs.stdout.split('\n')[0]).toMatch(/\sSTEPS\s+CACHE$/);
    expect(runs.stdout).toMatch(new RegExp(`^${secondId}\\s.*\\s2/2\\s+1 hit, 1 miss$`, 'm'));
    expect(runs.stdout).toMatch(new RegExp(`^${firstId}\\s.*\\s2/2\\s+0 hit, 2 miss$`, 'm'));
    const json = JSON.parse((await couler(['runs', '--home', home, '--json'], directory)).stdout) as Array<{ id: string; cacheHits: number; cacheMisses: number }>;
    expect(json.map(({ id, cacheHits, cacheMisses }) => [id, cacheHits, cacheMisses])).toEqual([
      [secondId, 1, 1],
      [firstId, 0, 2],
    ]);

    const exported = await couler(['cache', 'export-trace', '--workflow', 'tune', '-o', 'history.jsonl', '--home', home], directory);
    expect(exported).toEqual({ code: 0, stdout: '', stderr: '' });
    const workload = parseTrace(readFileSync(join(directory, 'history.jsonl'), 'utf8'));
    expect(workload.runs.map((run) => run.executions.map((execution) => execution.step))).toEqual([
      ['prepare', 'train'],
      ['prepare', 'train'],
    ]);
    const simulated = await couler(['cache', 'simulate', '--trace', 'history.jsonl', '--capacity', '1MB', '--policy', 'all', '--policy', 'none', '--json'], directory);
    expect(simulated.code).toBe(0);
    const results = JSON.parse(simulated.stdout) as Array<{ policyId: string; hits: number; lookups: number }>;
    expect(results.map(({ policyId, hits, lookups }) => [policyId, hits, lookups])).toEqual([
      ['all', 1, 4],
      ['none', 0, 4],
    ]);
    const table = await couler(['cache', 'simulate', '--trace', 'history.jsonl', '--capacity', '1MB', '--policy', 'all'], directory);
    expect(table.stdout.split('\n')[0]).toBe('tune: 2 steps, 2 runs, cache 1.0MB (* shortest makespan within it)');
    // `all` ignores the capacity: a ceiling, never marked as the best choice.
    expect(table.stdout.split('\n')[2]).toMatch(/^ {2}all\s+0\.250\s/);
  });

  it('refuses an unknown policy or size before running anything', async () => {
    const directory = project();
    const home = coulerHome();
    const policy = await couler(['run', 'tune.json', '--cache-policy', 'lur', '--home', home], directory);
    expect(policy.code).toBe(1);
    expect(policy.stderr).toContain('error[INVALID_FIELD] at cachePolicy: There is no cache policy "lur". Did you mean "lru"?');
    const size = await couler(['run', 'tune.json', '--cache-size', 'lots', '--home', home], directory);
    expect(size.code).toBe(1);
    expect(size.stderr).toContain('"lots" is not a size');
    expect((await couler(['runs', '--home', home], directory)).stdout).toMatch(/^No runs in /);
    const empty = await couler(['cache', 'export-trace', '--home', home], directory);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('looked the memoization cache up');
  });
});
