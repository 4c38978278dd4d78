import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IR_API_VERSION, type Workflow } from '@couler/ir';
import { afterEach, describe, expect, it } from 'vitest';
import { StateStore } from './state-store';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const workflow = { apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name: 'w' }, spec: { steps: [] } } as Workflow;

describe('StateStore', () => {
  it('keeps runs, step instances with their outputs, and attempts across reopening, in WAL mode', () => {
    dir = mkdtempSync(join(tmpdir(), 'couler-store-'));
    const file = join(dir, 'couler.db');
    const store = new StateStore(file);
    expect(store.journalMode()).toBe('wal');
    store.createRun({ id: 'w-1', workflowName: 'w', workflow, parameters: { lr: '0.1' }, settings: { parallelism: 2 }, phase: 'Running', createdAt: '2030-01-01T00:00:00Z', runDir: '/r' });
    store.saveStep({
      runId: 'w-1',
      id: 'train[1]',
      stepName: 'train',
      stage: 'main',
      iteration: 1,
      mapIndex: 1,
      item: { lr: 0.1 },
      phase: 'Succeeded',
      attempts: 2,
      outputs: { result: 'ok', parameters: { accuracy: '0.9' }, artifacts: { model: { hash: 'f'.repeat(64), kind: 'file', size: 3 } } },
    });
    store.saveAttempt({ runId: 'w-1', stepId: 'train[1]', attempt: 1, startedAt: '2030-01-01T00:00:01Z', phase: 'Failed', failureClass: 'transient', logPath: '/r/a.log' });
    store.close();

    const again = new StateStore(file);
    expect(again.getRun('w-1')).toMatchObject({ parameters: { lr: '0.1' }, settings: { parallelism: 2 }, phase: 'Running' });
    expect(again.findRunIds('w-')).toEqual(['w-1']);
    expect(again.getSteps('w-1')).toEqual([
      expect.objectContaining({ id: 'train[1]', mapIndex: 1, item: { lr: 0.1 }, attempts: 2, outputs: { result: 'ok', parameters: { accuracy: '0.9' }, artifacts: { model: { hash: 'f'.repeat(64), kind: 'file', size: 3 } } } }),
    ]);
    expect(again.lastAttempt('w-1', 'train[1]')).toBe(1);
    expect(again.referencedArtifacts()).toEqual(new Set(['f'.repeat(64)]));
    again.deleteSteps('w-1', ['train[1]']);
    expect(again.getSteps('w-1')).toEqual([]);
    again.close();
  });

  it('batching, keeps the last record of a step or attempt written twice in one turn, in the order the steps first came', async () => {
    dir = mkdtempSync(join(tmpdir(), 'couler-store-'));
    const store = new StateStore(join(dir, 'couler.db'));
    store.createRun({ id: 'w-1', workflowName: 'w', workflow, parameters: {}, settings: { parallelism: 2 }, phase: 'Running', createdAt: '2030-01-01T00:00:00Z', runDir: '/r' });
    store.batchWrites();
    const step = (id: string, phase: 'Running' | 'Succeeded', result?: string) =>
      ({ runId: 'w-1', id, stepName: id, stage: 'main', iteration: 1, phase, attempts: 1, outputs: { ...(result !== undefined && { result }), parameters: {}, artifacts: {} } }) as const;
    store.saveStep(step('first', 'Running'));
    store.saveAttempt({ runId: 'w-1', stepId: 'first', attempt: 1, startedAt: '2030-01-01T00:00:01Z', phase: 'Running', logPath: '/r/log', pid: 42 });
    store.saveStep(step('second', 'Running'));
    store.saveAttempt({ runId: 'w-1', stepId: 'first', attempt: 1, startedAt: '2030-01-01T00:00:01Z', finishedAt: '2030-01-01T00:00:02Z', phase: 'Succeeded', exitCode: 0, logPath: '/r/log', pid: 42 });
    store.saveStep(step('first', 'Succeeded', 'done'));
    await store.committed();
    expect(store.getSteps('w-1').map(({ id, phase, outputs }) => ({ id, phase, result: outputs.result }))).toEqual([
      { id: 'first', phase: 'Succeeded', result: 'done' },
      { id: 'second', phase: 'Running', result: undefined },
    ]);
    expect(store.getAttempts('w-1')).toEqual([expect.objectContaining({ stepId: 'first', attempt: 1, phase: 'Succeeded', exitCode: 0, pid: 42 })]);
    // Written again after a commit, a step is updated in place: it keeps its place.
    store.saveStep(step('second', 'Succeeded'));
    await store.committed();
    expect(store.getSteps('w-1').map(({ id, phase }) => `${id}:${phase}`)).toEqual(['first:Succeeded', 'second:Succeeded']);
    store.close();
  });

  it('commits what a waiter needs soon at the end of the turn, and what nothing waits for with the next commit, within LAZY_FLUSH_MS', async () => {
    dir = mkdtempSync(join(tmpdir(), 'couler-store-'));
    const file = join(dir, 'couler.db');
    const store = new StateStore(file);
    const reader = new StateStore(file);
    store.createRun({ id: 'w-1', workflowName: 'w', workflow, parameters: {}, settings: { parallelism: 2 }, phase: 'Running', createdAt: '2030-01-01T00:00:00Z', runDir: '/r' });
    store.batchWrites();
    const step = (id: string) => ({ runId: 'w-1', id, stepName: id, stage: 'main', iteration: 1, phase: 'Succeeded', attempts: 1, outputs: { parameters: {}, artifacts: {} } }) as const;
    const seen = () => reader.getSteps('w-1').map(({ id }) => id);
    const turn = () => new Promise((resolve) => setImmediate(resolve));

    store.saveStep(step('lazy'));
    let lazyDone = false;
    const lazy = store.committed(false).then(() => (lazyDone = true));
    await turn();
    expect([lazyDone, seen()]).toEqual([false, []]);
    await lazy;
    expect(seen()).toEqual(['lazy']);

    store.saveStep(step('soon'));
    let soonDone = false;
    void store.committed().then(() => (soonDone = true));
    await turn();
    await turn();
    expect([soonDone, seen()]).toEqual([true, ['lazy', 'soon']]);
    reader.close();
    store.close();
  });
});
