import { existsSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IR_API_VERSION, type Step, type Workflow } from '@couler/ir';
import { map, runContainer, workflow } from '@couler/dsl';
import { describe, expect, it } from 'vitest';
import { compileChecked, pipelineOf, taskNamed } from '../../test/support/compile-checked';
import { runTaskLocally, substitute, type TaskRunOutcome } from '../../test/support/simulate-task';
import { validateTektonDocument } from '../validate/validate-tekton-document';
import { compileToTekton } from './compile-to-tekton';
import type { TektonCompileOptions } from '../tekton-compile-options';
import { refusal } from '../../test/support/refusal';
import type { LooseJson } from '../../test/support/loose-json';

/** Twelve items, so that Tekton's TaskRun-name order (`-0, -1, -10, -11, -2, …`) is not item order. */
const VALUES = ['plain', 'with "quotes"', 'back\\slash', 'multi\nline\n', '\ttab', 'bell\u0007and\u001f', 'emoji 🚀 é', "it's", '$(params.x)', '', 'trailing\n\n', 'last'];

/** A step mapped over `items` printing each item, and a step reading all of its outputs. */
function fanInWorkflow(items: ReadonlyArray<string>): Workflow {
  return workflow('fan', () => {
    const shards = map((shard) => runContainer({ image: 'alpine:3.20', command: ['printf', '%s'], args: [shard], stepName: 'shard' }), [...items]);
    runContainer({ image: 'alpine:3.20', command: ['printf', '%s'], args: [shards], stepName: 'merge' });
  });
}

/**
 * Runs every combination of a matrixed task as Tekton would (TaskRun `<run>-<task>-<i>` gets item
 * `i`) and returns the TaskRuns sorted by name, the order Tekton aggregates their results in.
 */
function runMatrix(task: LooseJson, options: { dataDirectory?: string } = {}): Array<{ name: string; outcome: TaskRunOutcome }> {
  const items = (task.matrix.params[0].value as string[]).map((item) => substitute(item, { 'params.couler-pipeline-dollar': '$' }));
  const runs = items.map((item, index) => {
    const name = `fan-x1-${task.name}-${index}`;
    return { name, outcome: runTaskLocally(task.taskSpec, { item }, { ...options, context: { 'context.taskRun.name': name } }) };
  });
  return runs.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The fan-in task, given what Tekton substitutes for `$(tasks.<producer>.results.<r>[*])`. */
function runFanIn(task: LooseJson, producerRuns: ReadonlyArray<{ outcome: TaskRunOutcome }>, result: string, options: { dataDirectory?: string; env?: Record<string, string> } = {}): TaskRunOutcome {
  return runTaskLocally(
    task.taskSpec,
    { values: producerRuns.map((run) => run.outcome.results[result]!), iterations: producerRuns.map((run) => run.outcome.results['couler-iteration']!) },
    options,
  );
}

/** A PATH whose `awk` is the given program, to run the fan-in script under each awk there is. */
function pathWithAwk(program: string): string {
  const directory = mkdtempSync(join(tmpdir(), 'couler-awk-'));
  symlinkSync(program, join(directory, 'awk'));
  return `${directory}:${process.env.PATH ?? '/usr/bin:/bin'}`;
}

describe('fan-in: reading the outputs of a mapped step', () => {
  it('a reader gets the JSON list of every iteration\'s value, in item order, through a fan-in task', () => {
    const { documents } = compileChecked(fanInWorkflow(VALUES));
    const pipeline = pipelineOf(documents);
    expect(pipeline.tasks.map((task: LooseJson) => task.name)).toEqual(['shard', 'shard-result-fan-in', 'merge']);
    const shard = taskNamed(documents, 'shard');
    expect(shard.taskSpec.results).toEqual([{ name: 'result', type: 'string' }, { name: 'couler-iteration', type: 'string' }]);
    const fanIn = taskNamed(documents, 'shard-result-fan-in');
    expect(fanIn.params).toEqual([
      { name: 'values', value: '$(tasks.shard.results.result[*])' },
      { name: 'iterations', value: '$(tasks.shard.results.couler-iteration[*])' },
    ]);
    expect(fanIn.taskSpec.results).toEqual([{ name: 'value', type: 'string' }]);
    const merge = taskNamed(documents, 'merge');
    expect(merge.params).toEqual([{ name: 'shard-result', value: '$(tasks.shard-result-fan-in.results.value)' }]);

    const runs = runMatrix(shard);
    expect(runs.map((run) => run.outcome.exitCode)).toEqual(VALUES.map(() => 0));
    expect(runs.map((run) => run.name.slice('fan-x1-shard-'.length))).toEqual(['0', '1', '10', '11', '2', '3', '4', '5', '6', '7', '8', '9']);
    const gathered = runFanIn(fanIn, runs, 'result');
    expect(gathered.exitCode).toBe(0);
    expect(JSON.parse(gathered.results.value!)).toEqual(VALUES);

    const read = runTaskLocally(merge.taskSpec, { 'shard-result': gathered.results.value! });
    expect(JSON.parse(read.stdout)).toEqual(VALUES);
  });

  it('the fan-in script writes the same JSON under every awk this machine has (mawk, gawk, BusyBox)', () => {
    const { documents } = compileChecked(fanInWorkflow(VALUES));
    const runs = runMatrix(taskNamed(documents, 'shard'));
    const fanIn = taskNamed(documents, 'shard-result-fan-in');
    const programs = ['/usr/bin/mawk', '/usr/bin/gawk', '/bin/busybox', '/usr/bin/busybox'].filter(existsSync);
    expect(programs.length).toBeGreaterThan(0);
    for (const program of programs) {
      const outcome = runFanIn(fanIn, runs, 'result', { env: { PATH: pathWithAwk(program) } });
      expect([program, outcome.exitCode, outcome.stderr]).toEqual([program, 0, '']);
      expect(outcome.results.value).toBe(JSON.stringify(VALUES));
    }
  });

  it('a value that is JSON is gathered as JSON, as the local engine and Argo gather it; any other as text, under every awk', () => {
    // What steps print: numbers with a line break after them, records, lists, JSON's own literals,
    // and text that only looks like JSON.
    const printed = ['0.93\n', '{"name": "knn", "accuracy": 0.9, "tags": ["a", "b\\"c"]}', '[1, 2.5e-3, -0]', 'true', 'null', '"quoted"', '  {\n "nested": {"deep": [[], {}]}\n}\n', '{bad json', '01', '1.', 'NaN', '[1,]', '{"a":1} trailing', '"\\u00e9\\n"', 'plain text', ''];
    const { documents } = compileChecked(fanInWorkflow(printed));
    const runs = runMatrix(taskNamed(documents, 'shard'));
    const fanIn = taskNamed(documents, 'shard-result-fan-in');
    // The local engine's rule: JSON.parse the value, else keep the text.
    const asLocalEngine = printed.map((text) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return text;
      }
    });
    const programs = ['/usr/bin/mawk', '/usr/bin/gawk', '/bin/busybox', '/usr/bin/busybox'].filter(existsSync);
    for (const program of programs) {
      const outcome = runFanIn(fanIn, runs, 'result', { env: { PATH: pathWithAwk(program) } });
      expect([program, outcome.exitCode, outcome.stderr]).toEqual([program, 0, '']);
      expect(JSON.parse(outcome.results.value!), program).toEqual(asLocalEngine);
    }
  });

  it('a map over a mapped step\'s outputs gets each value as text, JSON or not (Tekton\'s array results hold strings)', () => {
    const printed = ['{"name": "knn"}', '7', 'text'];
    const wf = workflow('again-json', () => {
      const first = map((item) => runContainer({ image: 'alpine:3.20', command: ['printf', '%s'], args: [item], stepName: 'first' }), printed);
      map((value) => runContainer({ image: 'alpine:3.20', command: ['echo'], args: [value], stepName: 'second' }), first);
    });
    const { documents } = compileChecked(wf);
    const gathered = runFanIn(taskNamed(documents, 'first-result-fan-in'), runMatrix(taskNamed(documents, 'first')), 'result');
    expect(JSON.parse(gathered.results.items!)).toEqual(printed);
  });

  it('outputs too large for a result come back from the data workspace, and a large list spills too', () => {
    const big = VALUES.map((value, index) => `${value}${'x'.repeat(index % 2 === 0 ? 3000 : 10)}`);
    const { documents } = compileChecked(fanInWorkflow(big));
    const dataDirectory = mkdtempSync(join(tmpdir(), 'couler-data-'));
    const runs = runMatrix(taskNamed(documents, 'shard'), { dataDirectory });
    expect(runs[0]!.outcome.results.result).toBe('couler-file:results/shard/fan-x1-shard-0/result');
    expect(runs[1]!.outcome.results.result).toBe(big[1]);
    const gathered = runFanIn(taskNamed(documents, 'shard-result-fan-in'), runs, 'result', { dataDirectory });
    expect(gathered.results.value).toBe('couler-file:results/shard-result-fan-in/value');
    const merge = taskNamed(documents, 'merge');
    const read = runTaskLocally(merge.taskSpec, { 'shard-result': gathered.results.value! }, { dataDirectory });
    expect(JSON.parse(read.stdout)).toEqual(big);
  });

  it('with largeResults: error nothing spills: the fan-in task fails with a message when the list is too large', () => {
    const { documents } = compileChecked(fanInWorkflow(VALUES.map((value) => `${value}${'y'.repeat(300)}`)), { largeResults: 'error' });
    expect(pipelineOf(documents).workspaces).toBeUndefined();
    const gathered = runFanIn(taskNamed(documents, 'shard-result-fan-in'), runMatrix(taskNamed(documents, 'shard')), 'result');
    expect([gathered.exitCode, gathered.stderr]).toEqual([1, 'couler: output value is larger than the 2048 bytes a Tekton result can hold here\n']);
  });

  it('a map over a mapped step\'s outputs reads the fan-in task\'s array result, in item order', () => {
    const wf = workflow('again', () => {
      const first = map((item) => runContainer({ image: 'alpine:3.20', command: ['printf', '%s'], args: [item], stepName: 'first' }), VALUES.slice(0, 11));
      map((value) => runContainer({ image: 'alpine:3.20', command: ['echo'], args: [value], stepName: 'second' }), first);
    });
    const { documents } = compileChecked(wf);
    expect(taskNamed(documents, 'second').matrix).toEqual({ params: [{ name: 'item', value: '$(tasks.first-result-fan-in.results.items[*])' }] });
    const fanIn = taskNamed(documents, 'first-result-fan-in');
    expect(fanIn.taskSpec.results).toEqual([{ name: 'items', type: 'array' }]);
    const gathered = runFanIn(fanIn, runMatrix(taskNamed(documents, 'first')), 'result');
    expect(JSON.parse(gathered.results.items!)).toEqual(VALUES.slice(0, 11));
  });

  it('a global output of a mapped step is a pipeline result holding the list; it never spills', () => {
    const producer = { name: 'score', kind: 'container', container: { image: 'alpine:3.20', command: ['sh', '-c', 'printf 1 > /tmp/s'] }, map: { items: ['a', 'b'] }, outputs: { parameters: [{ name: 'score', path: '/tmp/s', global: true }] } } as Step;
    const { documents } = compileChecked({ apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name: 'g' }, spec: { steps: [producer] } } as Workflow);
    expect(pipelineOf(documents).results).toEqual([{ name: 'score', value: '$(tasks.score-score-fan-in.results.value)' }]);
    expect(taskNamed(documents, 'score-score-fan-in').taskSpec.steps[0].script).toContain("couler_result \"$couler_dir/list\" \"$(results.value.path)\" 2048 value '' '' fail");
  });

  it('embedded and separate styles, matrix of records: the fan-in documents pass Tekton\'s checks', () => {
    const records = workflow('records', () => {
      const shards = map((shard) => runContainer({ image: 'alpine:3.20', command: ['printf', '%s'], args: [shard.field('name')], stepName: 'shard' }), [{ name: 'a' }, { name: 'b' }]);
      runContainer({ image: 'alpine:3.20', command: ['printf', '%s'], args: [shards], stepName: 'merge' });
    });
    for (const options of [{ runStyle: 'embedded' }, { taskStyle: 'separate' }] as TektonCompileOptions[]) {
      const { documents } = compileChecked(records, options);
      expect(documents.filter((document) => document.kind === 'Task').map((document) => document.metadata.name)).toEqual(
        options.taskStyle === 'separate' ? ['records-shard', 'records-shard-result-fan-in', 'records-merge'] : [],
      );
    }
  });

  it('refuses what a matrix cannot hand on: artifacts of a mapped step, outputs of a mapped exit handler', () => {
    const artifact = refusal(() =>
      compileToTekton({
        apiVersion: IR_API_VERSION,
        kind: 'Workflow',
        metadata: { name: 'a' },
        spec: {
          steps: [
            { name: 'm', kind: 'container', container: { image: 'a', command: ['true'] }, map: { items: ['x', 'y'] }, outputs: { artifacts: [{ name: 'model', path: '/m' }] } },
            { name: 'r', kind: 'container', container: { image: 'a', command: ['true'] }, inputs: { artifacts: [{ name: 'model', path: '/in', from: { ref: 'step', step: 'm', output: 'model' } }] } },
          ],
        },
      } as Workflow),
    );
    expect([artifact.code, artifact.message, artifact.path]).toEqual([
      'UNSUPPORTED_BY_BACKEND',
      'The tekton backend cannot express reading artifact "model" of mapped step "m" (every iteration writes its own; Tekton gathers only string results of a matrix) ("map.items"), used by "r".',
      ['steps', 'r', 'inputs', 'artifacts', 'model'],
    ]);

    const notify = { name: 'notify', kind: 'container', container: { image: 'a', command: ['sh', '-c', 'printf 1 > /tmp/o'] }, map: { items: ['x', 'y'] }, outputs: { parameters: [{ name: 'o', path: '/tmp/o', global: true }] } } as Step;
    const exit = { apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name: 'exit' }, spec: { steps: [{ name: 'work', kind: 'container', container: { image: 'a', command: ['true'] } }], onExit: [notify] } } as Workflow;
    const exitError = refusal(() => compileToTekton(exit));
    expect([exitError.code, exitError.message]).toEqual([
      'UNSUPPORTED_BY_BACKEND',
      'The tekton backend cannot express output "o" of mapped exit-handler step "notify" (a finally task cannot gather another finally task\'s results) ("global-outputs"), used by "notify".',
    ]);
  });

  it('what is emitted reads the matrix only as Tekton allows: whole ([*]) string results', () => {
    const { documents } = compileChecked(fanInWorkflow(['a', 'b']));
    const pipeline = documents.find((document) => document.kind === 'Pipeline')!;
    expect(validateTektonDocument(pipeline)).toEqual([]);
    const broken = structuredClone(pipeline) as LooseJson;
    broken.spec.tasks[1].params[0].value = '$(tasks.shard.results.result)';
    expect(validateTektonDocument(broken).map((problem) => problem.rule)).toEqual(['matrix-results']);
  });
});
