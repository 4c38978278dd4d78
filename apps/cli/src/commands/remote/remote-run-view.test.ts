import type { BackendV1RunStatus } from '@couler/ir';
import { describe, expect, test } from 'vitest';
import { createRemoteRunView } from './remote-run-view';

const run = { backendId: 'argo', runId: 'train-x2k4p' };
const status = (phase: BackendV1RunStatus['phase'], steps: BackendV1RunStatus['steps']): BackendV1RunStatus => ({ run, phase, startedAt: '2026-01-01T00:00:00Z', ...(phase === 'Succeeded' && { finishedAt: '2026-01-01T00:00:03Z' }), steps });

function collect() {
  const written: string[] = [];
  return { written, output: { write: (text: string) => void written.push(text), columns: 80 } };
}

describe('remote run view', () => {
  test('plain: a line per phase change of the run or a step, nothing for steps still pending or unchanged', () => {
    const { written, output } = collect();
    const view = createRemoteRunView('plain', output);
    view.update(status('Pending', [{ name: 'prep', phase: 'Pending' }]));
    view.update(status('Running', [{ name: 'prep', phase: 'Running', startedAt: '2026-01-01T00:00:01Z' }, { name: 'fit', phase: 'Pending' }]));
    view.update(status('Running', [{ name: 'prep', phase: 'Running', startedAt: '2026-01-01T00:00:01Z' }, { name: 'fit', phase: 'Pending' }]));
    view.update(
      status('Succeeded', [
        { name: 'prep', phase: 'Failed', startedAt: '2026-01-01T00:00:01Z', finishedAt: '2026-01-01T00:00:02Z', message: 'OOMKilled\nmore' },
        { name: 'fit', phase: 'Skipped', message: 'omitted' },
      ]),
    );
    view.close();
    expect(written.join('')).toBe(['· train-x2k4p pending', '⟳ train-x2k4p running', '▶ prep', '✗ prep failed (1.0s): OOMKilled', '↷ fit skipped: omitted', ''].join('\n'));
  });

  test('tty: redraws one block in place (cursor up, clear) and leaves the last one on screen', () => {
    const { written, output } = collect();
    const view = createRemoteRunView('tty', output);
    view.update(status('Running', [{ name: 'prep', phase: 'Running', startedAt: '2026-01-01T00:00:00Z' }, { name: 'fit', phase: 'Pending' }]));
    view.update(status('Succeeded', [{ name: 'prep', phase: 'Succeeded', startedAt: '2026-01-01T00:00:00Z', finishedAt: '2026-01-01T00:00:02Z' }, { name: 'fit', phase: 'Cached' }]));
    view.close();
    expect(written[0]).toMatch(/^⟳ train-x2k4p · running · .+ · 1 running, 1 pending\n {2}⟳ prep running \(.+\)\n {2}· fit pending\n$/);
    expect(written[1]).toBe('\x1b[3A\x1b[0J');
    expect(written.at(-1)).toBe('✓ train-x2k4p · succeeded · 3.0s · 1 succeeded, 1 cached\n  ✓ prep succeeded (2.0s)\n  ≡ fit cached\n');
  });
});
