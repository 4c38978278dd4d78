import { describe, expect, test } from 'vitest';
import { toRunStatus } from './argo-run-status';
import type { ArgoNodeStatus, ArgoWorkflowObject } from './argo-server-objects';

const run = { backendId: 'argo', runId: 'w-abcde', namespace: 'argo' };
const leaf = (name: string) => ({ name, container: { image: 'alpine:3.20' } });

/** A workflow as Argo reports it mid-run: items, a retried step, a digit-named step, an omitted and a cached one. */
function sample(nodes: ArgoNodeStatus[], status: Partial<NonNullable<ArgoWorkflowObject['status']>> = {}, shutdown?: string): ArgoWorkflowObject {
  return {
    metadata: { name: 'w-abcde' },
    spec: {
      entrypoint: 'w',
      ...(shutdown !== undefined && { shutdown }),
      templates: [
        { name: 'w', dag: { tasks: [{ name: 'prep', template: 'prep' }, { name: 'step-1st', template: '1st' }, { name: 'fit', template: 'fit-2' }, { name: 'report', template: 'report' }, { name: 'cached', template: 'cached' }] } },
        leaf('prep'), leaf('1st'), leaf('fit-2'), leaf('report'), leaf('cached'),
      ],
    },
    status: { phase: 'Running', startedAt: '2026-01-01T00:00:00Z', nodes: Object.fromEntries(nodes.map((node) => [node.id, node])), ...status },
  };
}

const nodes: ArgoNodeStatus[] = [
  { id: 'w-abcde', name: 'w-abcde', displayName: 'w-abcde', type: 'DAG', templateName: 'w', phase: 'Running' },
  { id: 'n1', name: 'w-abcde.prep', displayName: 'prep', type: 'TaskGroup', templateName: 'prep', phase: 'Succeeded' },
  { id: 'n2', name: 'w-abcde.prep(0:a)', displayName: 'prep(0:a)', type: 'Pod', templateName: 'prep', phase: 'Succeeded', startedAt: '2026-01-01T00:00:01Z', finishedAt: '2026-01-01T00:00:05Z' },
  { id: 'n3', name: 'w-abcde.prep(1:b)', displayName: 'prep(1:b)', type: 'Pod', templateName: 'prep', phase: 'Succeeded', startedAt: '2026-01-01T00:00:01Z', finishedAt: '2026-01-01T00:00:04Z' },
  { id: 'n4', name: 'w-abcde.step-1st', displayName: 'step-1st', type: 'Pod', templateName: '1st', phase: 'Succeeded', startedAt: '2026-01-01T00:00:06Z' },
  { id: 'n5', name: 'w-abcde.fit', displayName: 'fit', type: 'Retry', templateName: 'fit-2', phase: 'Running', startedAt: '2026-01-01T00:00:07Z', children: ['n6', 'n7'] },
  { id: 'n6', name: 'w-abcde.fit(0)', displayName: 'fit(0)', type: 'Pod', templateName: 'fit-2', phase: 'Failed', startedAt: '2026-01-01T00:00:07Z', message: 'OOMKilled' },
  { id: 'n7', name: 'w-abcde.fit(1)', displayName: 'fit(1)', type: 'Pod', templateName: 'fit-2', phase: 'Running', startedAt: '2026-01-01T00:00:09Z' },
  { id: 'n8', name: 'w-abcde.cached', displayName: 'cached', type: 'Pod', templateName: 'cached', phase: 'Succeeded', startedAt: '2026-01-01T00:00:08Z', memoizationStatus: { hit: true } },
];

describe('toRunStatus', () => {
  test('one entry per step instance, named like the local engine; a retried step is its Retry node; unreached steps pending', () => {
    const status = toRunStatus(sample(nodes), run);
    expect(status).toMatchObject({ run, phase: 'Running', startedAt: '2026-01-01T00:00:00Z' });
    expect(status.steps.map((step) => [step.name, step.phase])).toEqual([
      ['prep[0]', 'Succeeded'],
      ['prep[1]', 'Succeeded'],
      ['1st', 'Succeeded'],
      ['fit', 'Running'],
      ['cached', 'Cached'],
      ['report', 'Pending'],
    ]);
    expect(status.steps[0]).toEqual({ name: 'prep[0]', phase: 'Succeeded', startedAt: '2026-01-01T00:00:01Z', finishedAt: '2026-01-01T00:00:05Z' });
  });

  test('finished: Omitted counts as skipped, nothing is listed as pending', () => {
    const done = [...nodes.slice(0, 5), { id: 'n9', name: 'w-abcde.report', displayName: 'report', type: 'Skipped', templateName: 'report', phase: 'Omitted', message: 'omitted: depends condition not met' }];
    const status = toRunStatus(sample(done, { phase: 'Failed', finishedAt: '2026-01-01T00:01:00Z', message: "child 'n5' failed" }), run);
    expect(status).toMatchObject({ phase: 'Failed', finishedAt: '2026-01-01T00:01:00Z', message: "child 'n5' failed" });
    expect(status.steps.map((step) => `${step.name} ${step.phase}`)).toEqual(['prep[0] Succeeded', 'prep[1] Succeeded', '1st Succeeded', 'report Skipped']);
  });

  test('a workflow stopped with argo stop/terminate is Cancelled; one not picked up yet is Pending', () => {
    expect(toRunStatus(sample(nodes, { phase: 'Failed' }, 'Terminate'), run).phase).toBe('Cancelled');
    const fresh = toRunStatus({ ...sample([]), status: {} }, run);
    expect(fresh.phase).toBe('Pending');
    expect(fresh.steps.map((step) => step.name)).toEqual(['prep', '1st', 'fit', 'report', 'cached']);
  });

  test('nodes of templates it cannot place fall back to the display name, or are left out', () => {
    const foreign: ArgoNodeStatus[] = [
      { id: 'x1', name: 'w-abcde.prep(2:c)', displayName: 'prep(2:c)', type: 'Pod', phase: 'Running', startedAt: '2026-01-01T00:00:02Z' },
      { id: 'x2', name: 'w-abcde.other', displayName: 'other', type: 'Pod', templateName: 'other', phase: 'Running' },
    ];
    expect(toRunStatus(sample(foreign), run).steps.filter((step) => step.phase === 'Running').map((step) => step.name)).toEqual(['prep[2]']);
  });
});
