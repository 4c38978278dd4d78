import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, biggerEqual, createParameterArtifact, equal, map, parameter, runContainer, runScript, setExitHandler, when, workflow, type ItemHandle } from '@couler/dsl';
import type { Workflow } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { compileChecked, taskNamed } from './support/compile-checked';
import type { LooseJson } from './support/loose-json';
import { refusal } from './support/refusal';
import { runTaskLocally, substitutePipeline } from './support/simulate-task';

const HOSTILE = ["it's \"quoted\"", '$(params.x)', '$(echo pwned)', 'two\nlines', 'ünïcødé ✓', '{{item}}', 'back\\slash', ' padded '];

/** The filter task's items as Tekton hands them over: Pipeline-level variables substituted. */
function itemsOf(task: LooseJson): string[] {
  const items = task.params.find((param: { name: string }) => param.name === 'items').value as string[];
  return items.map((item) => substitutePipeline(item, { 'params.couler-pipeline-dollar': '$' }));
}

/** Runs a filter task for real; returns the kept items (decoded) and their count. */
function runFilter(task: LooseJson, items: ReadonlyArray<string>, params: Record<string, string> = {}): { kept: string[]; count: string; exitCode: number; stderr: string } {
  const outcome = runTaskLocally(task.taskSpec, { ...params, items });
  return { kept: outcome.results.items === undefined ? [] : JSON.parse(outcome.results.items), count: outcome.results.count ?? '', exitCode: outcome.exitCode, stderr: outcome.stderr };
}

const scalarFilter = (items: string[]): Workflow =>
  workflow('scalar-filter', () => {
    const pick = parameter('pick', { default: 'x' });
    map((item: ItemHandle) => when(equal(item, pick), () => runContainer({ stepName: 'train', image: 'alpine:3.20', command: ['echo'], args: [item] })), items);
  });

describe('a condition on the map item', () => {
  it('becomes a filter task before the matrix, which fans out over the items it keeps, and the step runs when it kept any', () => {
    const { documents } = compileChecked(scalarFilter(['a', 'b']));
    const train = taskNamed(documents, 'train');
    expect(train.matrix).toEqual({ params: [{ name: 'item', value: '$(tasks.train-items.results.items[*])' }] });
    expect(train.when).toEqual([{ input: '$(tasks.train-items.results.count)', operator: 'notin', values: ['0'] }]);
    const filter = taskNamed(documents, 'train-items');
    expect(filter.params).toEqual([{ name: 'pick', value: '$(params.pick)' }, { name: 'items', value: ['a', 'b'] }]);
  });

  it('keeps exactly the items whose condition holds, hostile text as data, byte for byte', () => {
    const { documents } = compileChecked(scalarFilter(HOSTILE));
    const filter = taskNamed(documents, 'train-items');
    const items = itemsOf(filter);
    expect(items).toEqual(HOSTILE);
    for (const wanted of HOSTILE) {
      const run = runFilter(filter, items, { pick: wanted });
      expect(run.exitCode, run.stderr).toBe(0);
      expect(run.kept).toEqual([wanted]);
      expect(run.count).toBe('1');
    }
  });

  it('keeps none: an empty array and a count of 0, so the step is skipped by its when', () => {
    const { documents } = compileChecked(scalarFilter(['a', 'b']));
    const run = runFilter(taskNamed(documents, 'train-items'), ['a', 'b'], { pick: 'nothing' });
    expect([run.exitCode, run.kept, run.count]).toEqual([0, [], '0']);
  });

  const records = [
    { name: 'a', score: 0.4, note: 'it\'s $(params.x)' },
    { name: 'b', score: 0.7, note: 'two\nlines ✓' },
    { name: 'c', score: 0.9, note: '"q"' },
  ];
  const recordFilter = workflow('record-filter', () => {
    const best = runScript({ stepName: 'best', image: 'python:3.12-alpine', command: 'python3', source: 'print("b")\n' });
    map(
      (candidate: ItemHandle) =>
        when(and(equal(candidate.field('name'), best), biggerEqual(candidate.field('score'), 0.5)), () =>
          runContainer({ stepName: 'train', image: 'alpine:3.20', command: ['echo'], args: [candidate.field('note'), candidate] }),
        ),
      records,
    );
  });

  it('tests fields of record items, compared as the condition task compares, and hands on the whole record', () => {
    const { documents } = compileChecked(recordFilter);
    const filter = taskNamed(documents, 'train-items');
    const items = itemsOf(filter);
    expect(items.map((item) => JSON.parse(item))).toEqual(records);
    const param = filter.params.find((entry: { name: string }) => entry.name !== 'items');
    expect(param.value).toBe('$(tasks.best.results.result)');
    const keep = (best: string) => runFilter(filter, items, { [param.name]: best }).kept.map((item) => JSON.parse(item));
    expect(keep('b')).toEqual([records[1]]);
    expect(keep('a')).toEqual([]); // its score is under 0.5
    expect(keep('$(params.x)')).toEqual([]);
  });

  it('fails with a message, never keeps or drops silently, when an item read at run time has no such field', () => {
    const fromOutput = workflow('from-output', () => {
      const list = runScript({ stepName: 'list', image: 'python:3.12-alpine', command: 'python3', source: 'print("[]")\n' });
      map((item: ItemHandle) => when(equal(item.field('name'), 'b'), () => runContainer({ stepName: 'train', image: 'alpine:3.20', command: ['echo'], args: [item] })), list);
    });
    const { documents } = compileChecked(fromOutput);
    const filter = taskNamed(documents, 'train-items');
    expect(filter.params).toEqual([{ name: 'items', value: '$(tasks.list.results.result[*])' }]);
    expect(runFilter(filter, ['{"name": "b", "x": [1, {"y": "}"}]}', '{"name":"c"}']).kept).toEqual(['{"name": "b", "x": [1, {"y": "}"}]}']);
    const run = runFilter(filter, ['{"name":"b"}', 'plain text']);
    expect(run.exitCode).not.toBe(0);
    expect(run.stderr).toContain('couler: item 1 of "train" is not a JSON object with the field "name"');
  });

  it('reads the fields a filtered step uses from the item\'s JSON, in a first step, exactly', () => {
    const { documents } = compileChecked(recordFilter);
    const train = taskNamed(documents, 'train');
    const [itemStep, main] = train.taskSpec.steps;
    expect(itemStep.name).toBe('couler-item');
    expect(JSON.stringify(main)).toContain('$(steps.couler-item.results.field-0)');
    expect(train.taskSpec.params.map((param: { name: string }) => param.name)).toEqual(['item']);
    const directory = mkdtempSync(join(tmpdir(), 'couler-item-'));
    for (const record of [...records, { name: 'u', score: 1, note: 'snow \u2603 \ud83d\ude00 \u0001 \\u0041' }]) {
      const file = join(directory, 'field-0');
      const outcome = runTaskLocally({ steps: [itemStep] }, {}, { context: { 'params.item': JSON.stringify(record), 'step.results.field-0.path': file } });
      expect(outcome.exitCode, outcome.stderr).toBe(0);
      expect(readFileSync(file, 'utf8')).toBe(record.note);
    }
  });

  it('gives the fan-in of a filtered map the kept iterations in item order, and [] when none was kept', () => {
    const gathered = workflow('gathered', () => {
      const pick = parameter('pick', { default: 'x' });
      const trained = map(
        (item: ItemHandle) => when(equal(item, pick), () => runContainer({ stepName: 'train', image: 'alpine:3.20', command: ['sh', '-c', 'echo "$0" > /tmp/o'], args: [item], output: createParameterArtifact('/tmp/o') })),
        ['a', 'b', 'c'],
      );
      runContainer({ stepName: 'report', image: 'alpine:3.20', command: ['echo'], args: [trained.output('o')] });
    });
    const { documents } = compileChecked(gathered);
    const fanIn = taskNamed(documents, 'train-o-fan-in');
    // It reads no result of the map: a map skipped by its when does not skip it.
    expect([fanIn.runAfter, fanIn.params]).toEqual([['train'], undefined]);
    const record = taskNamed(documents, 'train').taskSpec.steps.at(-1);
    expect(record.name).toBe('couler-record');
    const data = mkdtempSync(join(tmpdir(), 'couler-gather-'));
    expect(runTaskLocally(fanIn.taskSpec, {}, { dataDirectory: data }).results.value).toBe('[]');
    mkdirSync(join(data, 'iterations', 'train', 'o'), { recursive: true });
    for (const [index, value] of [[10, 'ten\n'], [2, '{"n": 2}'], [0, 'it\'s "0"']] as const) writeFileSync(join(data, 'iterations', 'train', 'o', String(index)), value);
    expect(JSON.parse(runTaskLocally(fanIn.taskSpec, {}, { dataDirectory: data }).results.value!)).toEqual(['it\'s "0"', { n: 2 }, 'ten\n']);
  });

  it('is refused on an exit-handler step: finally tasks run side by side, nothing can filter first', () => {
    const onExit = workflow('on-exit', () => {
      runContainer({ stepName: 'main', image: 'alpine:3.20', command: ['true'] });
      setExitHandler('Any', () => map((item: ItemHandle) => when(equal(item, 'b'), () => runContainer({ stepName: 'notify', image: 'alpine:3.20', command: ['echo'], args: [item] })), ['a', 'b']));
    });
    const error = refusal(() => compileChecked(onExit));
    expect([error.code, error.message]).toEqual(['UNSUPPORTED_BY_BACKEND', 'The tekton backend cannot express a condition on the map item of an exit-handler step ("when"), used by "notify".']);
  });
});

describe('a map over record items without a condition', () => {
  it('hands a step reading the whole item its JSON, in every include entry (Tekton fails a run missing a param)', () => {
    const records = workflow('records', () => {
      map((item: ItemHandle) => runContainer({ stepName: 'train', image: 'alpine:3.20', command: ['echo'], args: [item, item.field('name')] }), [{ name: 'a', k: 1 }, { name: 'b', k: 2 }]);
    });
    const { documents } = compileChecked(records);
    const include = taskNamed(documents, 'train').matrix.include;
    expect(include.map((entry: LooseJson) => JSON.parse(entry.params.find((param: { name: string }) => param.name === 'item').value))).toEqual([{ k: 1, name: 'a' }, { k: 2, name: 'b' }]);
  });
});
