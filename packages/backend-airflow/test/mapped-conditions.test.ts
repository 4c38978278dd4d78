import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, biggerEqual, createParameterArtifact, equal, map, parameter, runContainer, runScript, setDependencies, when, workflow, type ItemHandle } from '@couler/dsl';
import { afterAll, describe, expect, it } from 'vitest';
import { compileChecked } from './support/compile-checked';
import { hasJinja } from './support/python';
import { callHelper, runHook } from './support/run-hook';
import { simulateRun, type TaskOutcome } from './support/simulate-run';
import { readPod, runPod } from './support/run-pod';

const directory = mkdtempSync(join(tmpdir(), 'couler-mapped-when-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const b64 = (text: string) => Buffer.from(text).toString('base64');

// Item names Python, Jinja, the shell and JSON read as syntax: the condition must compare them as text.
const CANDIDATES = [
  { name: 'tree' },
  { name: 'it\'s "q" \\ {{ ti }} $(echo hi)' },
  { name: 'line1\nline2 ünï 😀' },
  { name: '{% raw %}' },
  { name: ' tree ' },
];

/** The README's AutoML shape: one `train` per candidate, each only `when` it is the best and clears min-accuracy. */
const automlShape = workflow('pick-and-train', () => {
  const minAccuracy = parameter('min-accuracy', { type: 'number', default: 0.9 });
  const best = runContainer({
    stepName: 'pick',
    image: 'alpine:3.20',
    command: ['sh', '-c', 'echo x'],
    output: [createParameterArtifact('/out/best-model.txt'), createParameterArtifact('/out/best-accuracy.txt')],
  });
  const trained = map(
    (candidate: ItemHandle) =>
      when(and(equal(candidate.field('name'), best.output('best-model')), biggerEqual(best.output('best-accuracy'), minAccuracy)), () =>
        runContainer({ stepName: 'train', image: 'alpine:3.20', command: ['sh', '-c', 'echo trained'], args: [candidate], output: createParameterArtifact('/out/metrics.json') }),
      ),
    CANDIDATES,
  );
  const report = runContainer({ stepName: 'report', image: 'alpine:3.20', command: ['printf', '%s'], args: [trained.output('metrics')] });
  setDependencies(() => runContainer({ stepName: 'publish', image: 'alpine:3.20', command: ['echo', 'done'] }), [report]);
});

describe('a mapped step whose condition reads the item', () => {
  for (const airflowVersion of [3, 2] as const) {
    it(`compiles for Airflow ${airflowVersion}: no branch task, the mapped task decides in pre_execute, every check accepts the file`, () => {
      const dag = compileChecked(automlShape, { airflowVersion });
      expect(() => dag.task('train__when')).toThrow();
      expect(dag.task('train').keywords.pre_execute).toEqual({ code: 'skip_train_unless' });
      expect(dag.task('train').mapped).toBe('expand');
      expect(dag.flat).toContain('from airflow.exceptions import AirflowSkipException');
    });
  }

  const dag = compileChecked(automlShape);

  it('skips each map index whose item fails the condition, comparing item text byte for byte', () => {
    const outcomes = (bestModel: string, bestAccuracy: string, minAccuracy = 0.9) =>
      runHook(dag.source, {
        function: 'skip_train_unless',
        mapIndexes: CANDIDATES.map((_, index) => index),
        xcom: { pick: { result: b64(''), 'best-model': b64(bestModel), 'best-accuracy': b64(bestAccuracy) } },
        params: { 'min-accuracy': minAccuracy },
      });
    const skipped = 'skipped: Its when condition is false for this item (step "train").';
    for (const [index, candidate] of CANDIDATES.entries()) {
      expect(outcomes(candidate.name, '0.95')).toEqual(CANDIDATES.map((_, other) => (other === index ? 'ran' : skipped)));
    }
    // The best model is not good enough: every index skipped.
    expect(outcomes('tree', '0.85')).toEqual(CANDIDATES.map(() => skipped));
    expect(outcomes('tree', '0.9', 0.9)).toEqual(['ran', skipped, skipped, skipped, skipped]);
  });

  it('a reader waits past skipped indexes (none_failed) and gets the list of the indexes that ran; later steps as usual', () => {
    expect(dag.upstream('report')).toEqual(['train']);
    expect(dag.keyword('report', 'trigger_rule')).toBe('none_failed');
    expect(dag.keyword('publish', 'trigger_rule')).toBeUndefined();
    expect(dag.keyword('train', 'trigger_rule')).toBeUndefined();
    expect(dag.keyword('report', 'arguments')).toEqual([`{{ couler_output(ti, "train", "metrics", ${CANDIDATES.length}) }}`]);
  });

  it('as the local engine runs it: the reader runs after some or all indexes skipped, not after one failed', () => {
    const skipAllBut = (kept: number) => CANDIDATES.map((_, index): TaskOutcome => (index === kept ? 'success' : 'skip'));
    expect(simulateRun(dag.summary, { train: skipAllBut(2) })).toMatchObject({ train: ['skipped', 'skipped', 'success', 'skipped', 'skipped'], report: 'success', publish: 'success' });
    expect(simulateRun(dag.summary, { train: skipAllBut(-1) })).toMatchObject({ report: 'success', publish: 'success' });
    expect(simulateRun(dag.summary, { train: ['success', 'fail', 'skip', 'skip', 'skip'] })).toMatchObject({ report: 'upstream_failed', publish: 'upstream_failed' });
  });

  it.skipIf(!hasJinja)('the reader pod receives the fan-in of the one index that ran, JSON embedded, byte for byte', async () => {
    const metrics = '{"accuracy": 0.95, "name": "ünï"}';
    const mapped = { train: CANDIDATES.map((_, index) => (index === 2 ? { result: b64('trained'), metrics: b64(metrics) } : null)) };
    const pod = readPod(dag.source, { taskId: 'report', dagId: 'pick-and-train', runId: 'r1', mapped });
    const { base } = await runPod(pod, { shared: join(directory, 'shared'), xcom: join(directory, 'xcom') });
    expect(base.stdout).toBe('[{"accuracy":0.95,"name":"ünï"}]');
    // None ran: the empty list, as the local engine gives for a mapped step whose items were all skipped.
    const none = readPod(dag.source, { taskId: 'report', dagId: 'pick-and-train', runId: 'r1', mapped: { train: CANDIDATES.map(() => null) } });
    expect((await runPod(none, { shared: join(directory, 'shared-2'), xcom: join(directory, 'xcom-2') })).base.stdout).toBe('[]');
  });
});

describe('a mapped step over an output, deciding per item; and on the worker', () => {
  const overOutput = workflow('over-output', () => {
    const wanted = parameter('wanted', { default: 'b' });
    const listed = runContainer({ stepName: 'list', image: 'alpine:3.20', command: ['sh', '-c', 'echo \'["a", "b", 3]\''] });
    map((item: ItemHandle) => when(equal(item, wanted), () => runContainer({ stepName: 'each', image: 'alpine:3.20', command: ['echo'], args: [item] })), listed);
    map(
      (item: ItemHandle) => when(equal(item, '3'), () => runScript({ stepName: 'on-worker', image: 'python:3.12-alpine', command: 'python3', source: 'print(1)\n', args: [item] })),
      ['1', '3'],
    );
  });

  it('a map over an output may be empty, which Airflow skips: what waits for it runs, as after a local map over an empty list', () => {
    const mapped = workflow('maybe-empty', () => {
      const listed = runContainer({ stepName: 'list', image: 'alpine:3.20', command: ['sh', '-c', 'echo []'] });
      const each = map((item: ItemHandle) => runContainer({ stepName: 'each', image: 'alpine:3.20', command: ['echo'], args: [item] }), listed);
      runContainer({ stepName: 'gather', image: 'alpine:3.20', command: ['echo'], args: [each.output('result')] });
    });
    const dag = compileChecked(mapped);
    expect(dag.keyword('gather', 'trigger_rule')).toBe('none_failed');
    expect(simulateRun(dag.summary, { each: 'skip' })).toMatchObject({ each: 'skipped', gather: 'success' });
  });

  for (const scriptMode of ['pod', 'task'] as const) {
    it(`scriptMode ${scriptMode}: the items come from the list the step is mapped over, read again by map index`, () => {
      const dag = compileChecked(overOutput, { scriptMode });
      expect(dag.task('each').keywords.pre_execute).toEqual({ code: 'skip_each_unless' });
      expect(dag.upstream('each')).toEqual(['each__items']);
      const outcomes = runHook(dag.source, { function: 'skip_each_unless', mapIndexes: [0, 1, 2], xcom: { list_task: { result: b64('["a", "b", 3]') } }, params: { wanted: 'b' } });
      expect(outcomes.map((outcome) => outcome.split(':')[0])).toEqual(['skipped', 'ran', 'skipped']);
      expect(runHook(dag.source, { function: 'skip_on_worker_unless', mapIndexes: [0, 1] }).map((outcome) => outcome.split(':')[0])).toEqual(['skipped', 'ran']);
    });
  }
});

describe('couler_output of a mapped step (fan-in)', () => {
  const dag = compileChecked(automlShape);
  const pushed = [{ result: b64('{"a": 1}'), metrics: b64('x') }, null, { result: b64('plain "text"'), metrics: b64('[1, 2]') }, { result: b64('NaN') }];
  for (const airflow2 of [false, true]) {
    it(`${airflow2 ? 'Airflow 2 (only indexes that pushed)' : 'Airflow 3 (None for a skipped index)'}: skipped indexes left out, JSON values embedded compactly, each output by name`, () => {
      const output = (name: string) => callHelper(dag.source, `couler_output(ti, "train", ${JSON.stringify(name)}, 4)`, { mapped: { train: pushed }, airflow2 });
      expect(output('result')).toBe('[{"a":1},"plain \\"text\\"","NaN"]');
      expect(output('metrics')).toBe('["x",[1,2],null]');
    });
  }

  it('nothing ran: the empty list; an unmapped step read with map index -1', () => {
    expect(callHelper(dag.source, 'couler_output(ti, "train", "metrics", 4)', { mapped: { train: [null, null, null, null] } })).toBe('[]');
    expect(callHelper(dag.source, 'couler_output(ti, "train", "metrics", 4)', { mapped: {} })).toBe('[]');
    expect(callHelper(dag.source, 'couler_output(ti, "pick", "best-model")', { xcom: { pick: { 'best-model': b64('tree\n') } } })).toBe('tree\n');
  });

  it('mapped over an output: as many map indexes as its items task built, none when that task did not run', () => {
    const mapped = { each: [{ result: b64('1') }, { result: b64('2') }, { result: b64('3') }] };
    expect(callHelper(dag.source, 'couler_output(ti, "each", "result", "each__items")', { xcom: { each__items: [[], []] }, mapped })).toBe('[1,2]');
    expect(callHelper(dag.source, 'couler_output(ti, "each", "result", "each__items")', { mapped })).toBe('[]');
  });
});
