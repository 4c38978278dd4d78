import { CoulerError } from '@couler/ir';
import { parseTrace, simulateTrace, writeTrace } from '@couler/optimizer-caching';
import { describe, expect, it } from 'vitest';
import { cacheHistoryWorkload } from '../src/cache/cache-history-workload';
import { runWorkflow } from '../src/run-workflow';
import { resolveCoulerHome } from '../src/state/couler-home';
import { StateStore } from '../src/state/state-store';
import { sh, useTempDirs, workflowOf } from './helpers/workflows';

const dirs = useTempDirs();

function withStore<T>(home: string, use: (store: StateStore) => T): T {
  const store = new StateStore(resolveCoulerHome(home).database);
  try {
    return use(store);
  } finally {
    store.close();
  }
}

/** `prepare` (memoized, 0.3 s) → `shuffle` (not memoized) → `train` (memoized, depends on `seed`). */
function pipeline(name = 'history') {
  return workflowOf(
    name,
    [
      sh('prepare', `sleep 0.3; printf '%0300d' "$ROWS" > /out/data.csv`, {
        cache: {},
        env: [{ name: 'ROWS', value: { ref: 'parameter', name: 'rows' } }],
        outputs: { artifacts: [{ name: 'data', path: '/out/data.csv' }] },
      }),
      sh('shuffle', 'cat /in/data.csv > /out/shuffled.csv', {
        inputs: { artifacts: [{ name: 'data', path: '/in/data.csv', from: { ref: 'step', step: 'prepare', output: 'data' } }] },
        outputs: { artifacts: [{ name: 'shuffled', path: '/out/shuffled.csv' }] },
      }),
      sh('train', `cat /in/data.csv > /out/model; printf "$SEED" >> /out/model`, {
        cache: {},
        env: [{ name: 'SEED', value: { ref: 'parameter', name: 'seed' } }],
        inputs: { artifacts: [{ name: 'data', path: '/in/data.csv', from: { ref: 'step', step: 'shuffle', output: 'shuffled' } }] },
        outputs: { artifacts: [{ name: 'model', path: '/out/model' }] },
      }),
    ],
    { parameters: [{ name: 'rows', default: '100' }, { name: 'seed', default: '1' }] },
  );
}

describe('cacheHistoryWorkload (couler cache export-trace)', () => {
  it('exports two runs with a change in between: same key where nothing changed, the producer\'s seconds on a hit', async () => {
    const home = dirs.home();
    const first = await runWorkflow(pipeline(), { home });
    const second = await runWorkflow(pipeline(), { home, parameters: { seed: '2' } });
    expect(second.steps.map((step) => [step.id, step.phase])).toEqual([
      ['prepare', 'Cached'],
      ['shuffle', 'Succeeded'],
      ['train', 'Succeeded'],
    ]);
    const workload = withStore(home, (store) => cacheHistoryWorkload(store));

    // The unmemoized `shuffle` is left out; `train` reads the memoized step behind it.
    expect(workload.name).toBe('history');
    expect(workload.steps).toEqual([
      { name: 'prepare', inputs: [] },
      { name: 'train', inputs: ['prepare'] },
    ]);
    expect(workload.runs.map((run) => run.id)).toEqual([first.runId, second.runId]);
    const [one, two] = workload.runs;
    const keyOf = (summary: typeof first, step: string) => summary.steps.find((record) => record.id === step)!.cacheKey;
    expect(one!.executions.map((execution) => [execution.step, execution.version, execution.bytes])).toEqual([
      ['prepare', keyOf(first, 'prepare'), 300],
      ['train', keyOf(first, 'train'), 301],
    ]);
    expect(two!.executions.map((execution) => execution.version)).toEqual([keyOf(first, 'prepare'), keyOf(second, 'train')]);
    expect(two!.executions[1]!.version).not.toBe(one!.executions[1]!.version);
    expect(one!.executions[0]!.computeSeconds).toBeGreaterThanOrEqual(0.3);
    expect(two!.executions[0]!.computeSeconds).toBe(one!.executions[0]!.computeSeconds);

    // Round trip through the trace format, then replay it: with room for everything, the
    // simulator hits exactly where the engine did.
    const trace = writeTrace(workload);
    expect(parseTrace(trace)).toEqual(workload);
    const engineHits = withStore(home, (store) => [first.runId, second.runId].flatMap((id) => store.getCacheLookups(id)).filter((lookup) => lookup.hit).length);
    const replay = await simulateTrace(trace, 'all', { capacityBytes: 1e6 });
    expect(replay).toMatchObject({ lookups: 4, hits: engineHits, compulsoryMisses: 3 });
    expect(engineHits).toBe(1);
    expect((await simulateTrace(trace, 'none', { capacityBytes: 1e6 })).hits).toBe(0);
  });

  it('names steps <workflow>/<step> across workflows, filters by --workflow, and says which workflows exist', async () => {
    const home = dirs.home();
    await runWorkflow(pipeline('alpha'), { home });
    await runWorkflow(pipeline('beta'), { home });
    const all = withStore(home, (store) => cacheHistoryWorkload(store));
    expect(all.name).toBe('couler-history');
    expect(all.steps.map((step) => step.name)).toEqual(['alpha/prepare', 'alpha/train', 'beta/prepare', 'beta/train']);
    expect(all.steps.find((step) => step.name === 'beta/train')!.inputs).toEqual(['beta/prepare']);
    const beta = withStore(home, (store) => cacheHistoryWorkload(store, { workflow: 'beta' }));
    expect(beta.steps.map((step) => step.name)).toEqual(['prepare', 'train']);
    expect(beta.runs).toHaveLength(1);

    const unknown = withStore(home, (store) => {
      try {
        return cacheHistoryWorkload(store, { workflow: 'alpah' });
      } catch (error) {
        return error;
      }
    });
    expect(CoulerError.isInstance(unknown) && unknown.code).toBe('RUN_NOT_FOUND');
    expect((unknown as CoulerError).message).toContain('There is no run of workflow "alpah"');
    expect((unknown as CoulerError).message).toContain('Did you mean "alpha"?');
  });

  it('says how to get a history when no run memoized anything', async () => {
    const home = dirs.home();
    await runWorkflow(workflowOf('plain', [sh('a', 'true')]), { home });
    expect(() => withStore(home, (store) => cacheHistoryWorkload(store))).toThrow(/looked the memoization cache up/);
  });
});
