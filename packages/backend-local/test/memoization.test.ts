import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainCache } from '../src/cache/explain-cache';
import { runWorkflow } from '../src/run-workflow';
import { resolveCoulerHome } from '../src/state/couler-home';
import { StateStore } from '../src/state/state-store';
import { sh, useTempDirs, workflowOf } from './helpers/workflows';

const dirs = useTempDirs();
const runsOf = (log: string) => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []);

function withStore<T>(home: string, use: (store: StateStore) => T): T {
  const store = new StateStore(resolveCoulerHome(home).database);
  try {
    return use(store);
  } finally {
    store.close();
  }
}

/** `prepare` (never memoized) writes a file whose content is the parameter `rows`; `train` (memoized) reads it. */
function pipeline(log: string, trainExtra: Record<string, unknown> = {}) {
  return workflowOf(
    'memo',
    [
      sh('prepare', `echo prepare >> ${log}; echo "rows=$ROWS" > /out/data.csv`, {
        env: [{ name: 'ROWS', value: { ref: 'parameter', name: 'rows' } }],
        outputs: { artifacts: [{ name: 'data', path: '/out/data.csv' }] },
      }),
      sh('train', `echo train >> ${log}; echo "trained on $(cat /in/data.csv) seed=$SEED" > /out/model.txt; echo done`, {
        cache: {},
        env: [{ name: 'SEED', value: { ref: 'parameter', name: 'seed' } }],
        inputs: { artifacts: [{ name: 'data', path: '/in/data.csv', from: { ref: 'step', step: 'prepare', output: 'data' } }] },
        outputs: { artifacts: [{ name: 'model', path: '/out/model.txt' }] },
        ...trainExtra,
      }),
    ],
    { parameters: [{ name: 'rows', default: '100' }, { name: 'seed', default: '1' }] },
  );
}

describe('memoization', () => {
  it('reuses a step whose inputs have the same content, even when the step that made them ran again', async () => {
    const log = join(dirs.scratch(), 'log');
    const home = dirs.home();
    const first = await runWorkflow(pipeline(log), { home });
    const second = await runWorkflow(pipeline(log), { home });
    expect(second.phase).toBe('Succeeded');
    expect(runsOf(log)).toEqual(['prepare', 'train', 'prepare']);
    const train = second.steps.find((step) => step.id === 'train')!;
    expect(train.phase).toBe('Cached');
    expect(train.cachedFrom).toBe(`${first.runId}/train`);
    expect(train.outputs).toEqual(first.steps.find((step) => step.id === 'train')!.outputs);
    const [why] = withStore(home, (store) => explainCache(store, second.runId, 'train'));
    expect(why!.outcome).toBe('hit');
    expect(why!.lines[0]).toContain(`run ${first.runId}, step train`);
  });

  it('misses when an input\'s content changes, and `cache why` names the part of the key that changed', async () => {
    const log = join(dirs.scratch(), 'log');
    const home = dirs.home();
    await runWorkflow(pipeline(log), { home });
    const changed = await runWorkflow(pipeline(log), { home, parameters: { rows: '200' } });
    expect(changed.steps.find((step) => step.id === 'train')!.phase).toBe('Succeeded');
    expect(runsOf(log)).toEqual(['prepare', 'train', 'prepare', 'train']);
    const [why] = withStore(home, (store) => explainCache(store, changed.runId, 'train'));
    expect(why).toMatchObject({ outcome: 'miss', changed: ['artifact.data'], added: [], removed: [] });
    expect(why!.lines.join('\n')).toContain('changed: artifact.data');
  });

  it('leaves excluded inputs out of the key, and honours --no-cache', async () => {
    const log = join(dirs.scratch(), 'log');
    const home = dirs.home();
    const excluding = pipeline(log, { cache: { excludeInputs: ['SEED'] } });
    await runWorkflow(excluding, { home });
    const other = await runWorkflow(excluding, { home, parameters: { seed: '2' } });
    expect(other.steps.find((step) => step.id === 'train')!.phase).toBe('Cached');
    const off = await runWorkflow(excluding, { home, cache: false });
    expect(off.steps.find((step) => step.id === 'train')!.phase).toBe('Succeeded');
    expect(runsOf(log).filter((line) => line === 'train')).toHaveLength(2);
    const [why] = withStore(home, (store) => explainCache(store, off.runId, 'train'));
    expect(why!.outcome).toBe('not-memoized');
  });

  it('lets an entry expire after its TTL', async () => {
    const log = join(dirs.scratch(), 'log');
    const home = dirs.home();
    const ttl = pipeline(log, { cache: { ttlSeconds: 60 } });
    const t0 = Date.parse('2030-01-01T00:00:00Z');
    await runWorkflow(ttl, { home, now: () => new Date(t0) });
    const soon = await runWorkflow(ttl, { home, now: () => new Date(t0 + 30_000) });
    expect(soon.steps.find((step) => step.id === 'train')!.phase).toBe('Cached');
    const late = await runWorkflow(ttl, { home, now: () => new Date(t0 + 61_000) });
    expect(late.steps.find((step) => step.id === 'train')!.phase).toBe('Succeeded');
    const [why] = withStore(home, (store) => explainCache(store, late.runId, 'train'));
    expect(why!.lines[0]).toContain('expired');
  });

  it('evicts least recently used entries past the size limit', async () => {
    const home = dirs.home();
    const step = (name: string) => sh(name, `head -c 1000 /dev/zero > /out/blob; echo ${name}`, { cache: {}, outputs: { artifacts: [{ name: 'blob', path: '/out/blob' }] } });
    // A clock that ticks on every reading: entries are used in a strict order.
    let tick = Date.parse('2030-01-01T00:00:00Z');
    await runWorkflow(workflowOf('evict', [step('a'), step('b'), step('c')], { parallelism: 1 }), {
      home,
      maxCacheBytes: 2100,
      now: () => {
        tick += 1000;
        return new Date(tick);
      },
    });
    const left = withStore(home, (store) => store.listCacheEntries().map((entry) => entry.stepName));
    expect(left.sort()).toEqual(['b', 'c']);
  });
});
