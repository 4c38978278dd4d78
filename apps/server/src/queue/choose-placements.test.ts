import { describe, expect, it } from 'vitest';
import { choosePlacements } from './choose-placements';
import type { ClusterLoad, QueuedRun, UserLoad } from './placement-score';
import { DEFAULT_PLACEMENT_WEIGHTS } from './placement-weights';

const GI = 2 ** 30;
const cluster = (id: string, cpu: number, usedCpu = 0, extra: Partial<ClusterLoad> = {}): ClusterLoad => ({
  id,
  name: id,
  healthy: true,
  capacity: { cpu, memory: 64 * GI, gpu: 0 },
  used: { cpu: usedCpu, memory: 0, gpu: 0 },
  ...extra,
});
const run = (id: string, fields: Partial<QueuedRun> = {}): QueuedRun => ({ id, userId: 'ann', priority: 0, cpu: 1, memory: 0, gpu: 0, queuedAt: 0, ...fields });
const user = (userId: string, quota: Partial<UserLoad['quota']> = {}, used: Partial<UserLoad['used']> = {}): [string, UserLoad] => [
  userId,
  { userId, quota: { cpu: null, memory: null, gpu: null, runs: null, ...quota }, used: { cpu: 0, memory: 0, gpu: 0, runs: 0, ...used } },
];

describe('the workflow queue', () => {
  it('places a run on the cluster with the most room left, and records every candidate', () => {
    const round = choosePlacements([run('a')], [cluster('busy', 8, 6), cluster('idle', 8, 1)], new Map([user('ann')]), DEFAULT_PLACEMENT_WEIGHTS, 0);
    expect(round.placed).toHaveLength(1);
    expect(round.placed[0]!.clusterName).toBe('idle');
    expect(round.placed[0]!.candidates.map((candidate) => candidate.cluster)).toEqual(['idle', 'busy']);
    expect(round.placed[0]!.scores.clusterCpu).toBeCloseTo(6 / 8);
  });

  it('takes the higher priority first when there is room for one', () => {
    const round = choosePlacements([run('low', { priority: 1 }), run('high', { priority: 5 })], [cluster('one', 1)], new Map([user('ann')]), DEFAULT_PLACEMENT_WEIGHTS, 0);
    expect(round.placed.map((placement) => placement.runId)).toEqual(['high']);
    expect(round.waiting.get('low')?.kind).toBe('priority');
  });

  it('prefers the user with more quota left between equal priorities', () => {
    const users = new Map([user('heavy', { cpu: 10 }, { cpu: 8, runs: 4 }), user('light', { cpu: 10 })]);
    const round = choosePlacements([run('h', { userId: 'heavy' }), run('l', { userId: 'light' })], [cluster('one', 1)], users, DEFAULT_PLACEMENT_WEIGHTS, 0);
    expect(round.placed.map((placement) => placement.runId)).toEqual(['l']);
  });

  it('keeps a user over quota waiting, saying which quota', () => {
    const users = new Map([user('ann', { cpu: 2 }, { cpu: 2, runs: 1 }), user('bob', { runs: 1 }, { runs: 1 }), user('cyd', { gpu: 1 })]);
    const runs = [run('a'), run('b', { userId: 'bob' }), run('c', { userId: 'cyd', gpu: 2 })];
    const round = choosePlacements(runs, [cluster('big', 64, 0, { capacity: { cpu: 64, memory: 64 * GI, gpu: 8 } })], users, DEFAULT_PLACEMENT_WEIGHTS, 0);
    expect(round.placed).toEqual([]);
    expect(round.waiting.get('a')).toEqual({ kind: 'quota', message: 'Waiting for quota: it needs 1 CPU and its user holds 2 of a 2 CPU quota.' });
    expect(round.waiting.get('b')?.message).toContain('1 of 1 concurrent runs');
    expect(round.waiting.get('c')?.message).toContain('GPU quota');
  });

  it('says when no cluster could ever hold a run, and when it waits for room', () => {
    const round = choosePlacements([run('huge', { cpu: 100 }), run('later', { cpu: 4 })], [cluster('small', 8, 6), cluster('down', 200, 0, { healthy: false })], new Map(), DEFAULT_PLACEMENT_WEIGHTS, 0);
    expect(round.waiting.get('huge')?.message).toBe('Waiting for capacity: no healthy cluster is large enough for 100 CPU, 0Mi memory.');
    expect(round.waiting.get('later')?.message).toBe('Waiting for capacity: no cluster has 4 CPU, 0Mi memory free now.');
  });

  it('fills clusters with several runs in one round and stops at their capacity', () => {
    const runs = Array.from({ length: 5 }, (_, index) => run(`r${index}`, { cpu: 2 }));
    const round = choosePlacements(runs, [cluster('a', 4), cluster('b', 2)], new Map(), DEFAULT_PLACEMENT_WEIGHTS, 0);
    expect(round.placed).toHaveLength(3);
    expect(round.placed.filter((placement) => placement.clusterName === 'a')).toHaveLength(2);
    expect(round.waiting.size).toBe(2);
  });

  it('ages a low-priority run until it runs under a steady stream of high-priority ones', () => {
    // One slot; every minute one run finishes and a new priority-10 run arrives.
    const simulate = (agingPerMinute: number) => {
      const weights = { ...DEFAULT_PLACEMENT_WEIGHTS, agingPerMinute };
      let queue: QueuedRun[] = [run('low', { priority: 0, queuedAt: 0 })];
      for (let minute = 0; minute < 120; minute += 1) {
        const now = minute * 60_000;
        queue.push(run(`high-${minute}`, { priority: 10, queuedAt: now }));
        const round = choosePlacements(queue, [cluster('one', 1)], new Map(), weights, now);
        const started = round.placed.map((placement) => placement.runId);
        if (started.includes('low')) return minute;
        queue = queue.filter((queued) => !started.includes(queued.id));
      }
      return undefined;
    };
    expect(simulate(0)).toBeUndefined();
    const minute = simulate(1);
    expect(minute).toBeDefined();
    expect(minute!).toBeLessThanOrEqual(12);
  });
});
