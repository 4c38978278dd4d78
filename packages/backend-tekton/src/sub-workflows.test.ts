import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IR_API_VERSION, WorkflowSchema, type Workflow } from '@couler/ir';
import { subWorkflowCall, subWorkflowFanOut, trainEvaluateDefinition } from '@couler/ir/test';
import { describe, expect, it } from 'vitest';
import { compileChecked, pipelineOf, taskNamed } from '../test/support/compile-checked';
import type { LooseJson } from '../test/support/loose-json';
import { refusal } from '../test/support/refusal';
import { runTaskLocally, substitutePipeline } from '../test/support/simulate-task';
import { compileToTekton } from './compile/compile-to-tekton';
import type { TektonDocument } from './compile/tekton-types';
import { tekton } from './tekton-backend';

const output = (step: string, name = 'result') => ({ ref: 'step', step, output: name });
const input = (name: string) => ({ ref: 'parameter', name });
const echo = (name: string, args: unknown[], fields: Record<string, unknown> = {}) => ({ name, kind: 'container', container: { image: 'alpine:3.20', command: ['echo'], args }, ...fields });
/** A reader printing its arguments as given (sh's echo would read the backslashes of a JSON list). */
const print = (name: string, args: unknown[], fields: Record<string, unknown> = {}) => ({ name, kind: 'container', container: { image: 'alpine:3.20', command: ['printf', '%s|'], args }, ...fields });

/** The fan-out of five with a reader that prints the list as it gets it. */
function fanOut(extra: Record<string, unknown> = {}): Workflow {
  const workflow = subWorkflowFanOut(extra);
  workflow.spec.steps[1] = print('keep-best', [output('models', 'score')]) as never;
  return workflow;
}

function ir(spec: Record<string, unknown>, name = 'subflows'): Workflow {
  return WorkflowSchema.parse({ apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name }, spec });
}

const taskNames = (documents: ReadonlyArray<TektonDocument>): string[] => pipelineOf(documents).tasks.map((task: { name: string }) => task.name);

/**
 * Runs every task of the Pipeline on this machine (a task whose `when` does not hold is skipped: null), each once the tasks it waits for (runAfter, or
 * a result it reads) have run, as Tekton's reconciler would; returns each task's outcome.
 */
function runPipeline(documents: ReadonlyArray<TektonDocument>): Map<string, ReturnType<typeof runTaskLocally> | null> {
  const tasks: LooseJson[] = pipelineOf(documents).tasks;
  const values: Record<string, string> = {};
  const done = new Map<string, ReturnType<typeof runTaskLocally> | null>();
  const dataDirectory = mkdtempSync(join(tmpdir(), 'couler-subflows-'));
  const waitsFor = (task: LooseJson): string[] => [...(task.runAfter ?? []), ...[...JSON.stringify(task.params ?? []).matchAll(/\$\(tasks\.([^.]+)\./g)].map((match) => match[1]!)];
  while (done.size < tasks.length) {
    const ready = tasks.find((task) => !done.has(task.name) && waitsFor(task).every((name) => done.has(name)));
    if (!ready) throw new Error(`no task is ready among ${tasks.map((task) => task.name).join(', ')}`);
    const holds = (ready.when ?? []).every((expression: { input: string; operator: 'in' | 'notin'; values: string[] }) => {
      const found = expression.values.map((value) => substitutePipeline(value, values)).includes(substitutePipeline(expression.input, values));
      return expression.operator === 'in' ? found : !found;
    });
    if (!holds) {
      done.set(ready.name, null);
      continue;
    }
    const params = Object.fromEntries((ready.params ?? []).map((param: { name: string; value: string | string[] }) => [param.name, Array.isArray(param.value) ? param.value.map((value) => substitutePipeline(value, values)) : substitutePipeline(param.value, values)]));
    const outcome = runTaskLocally(ready.taskSpec, params, { dataDirectory });
    expect(outcome.exitCode, `${ready.name}: ${outcome.stderr}`).toBe(0);
    for (const [result, value] of Object.entries(outcome.results)) values[`tasks.${ready.name}.results.${result}`] = value;
    done.set(ready.name, outcome);
  }
  return done;
}

describe('sub-workflows on Tekton', () => {
  it('unroll a fan-out over a literal list: one copy of the body per item, the reader gets every score in item order', () => {
    const { documents } = compileChecked(fanOut());
    expect(taskNames(documents)).toEqual([
      ...['0', '1', '2', '3', '4'].flatMap((index) => [`models-${index}-train`, `models-${index}-evaluate`]),
      'keep-best',
      'models-score-fan-in',
    ]);
    // parallelism: 2 — iteration i starts once iteration i - 2 has finished.
    expect(taskNamed(documents, 'models-0-train').runAfter).toBeUndefined();
    expect(taskNamed(documents, 'models-2-train').runAfter).toEqual(['models-0-train', 'models-0-evaluate']);
    expect(taskNamed(documents, 'keep-best').params).toEqual([{ name: 'models-score', value: '$(tasks.models-score-fan-in.results.value)' }]);
    const runs = runPipeline(documents);
    expect(JSON.parse(runs.get('keep-best')!.stdout.replace(/\|$/, ''))).toEqual(['a', 'b', 'c', 'd', 'e'].map((model) => `score-of-trained ${model} 3\n\n`));
  });

  it('inline each call of one definition with its own arguments; readers and dependants wait for the step inside', () => {
    const workflow = ir({
      steps: [
        subWorkflowCall('small', 'train-evaluate', { model: 'knn' }, ['score']),
        subWorkflowCall('large', 'train-evaluate', { model: 'forest', epochs: '10' }, ['score']),
        print('compare', [output('small', 'score'), output('large', 'score')], { dependencies: ['small'] }),
      ],
      subWorkflows: [trainEvaluateDefinition],
    });
    const { documents } = compileChecked(workflow);
    expect(taskNames(documents)).toEqual(['small-train', 'small-evaluate', 'large-train', 'large-evaluate', 'compare']);
    const compare = taskNamed(documents, 'compare');
    expect(compare.runAfter).toEqual(['small-train', 'small-evaluate']);
    expect(compare.params.map((param: { value: string }) => param.value)).toEqual(['$(tasks.small-evaluate.results.result)', '$(tasks.large-evaluate.results.result)']);
    expect(runPipeline(documents).get('compare')!.stdout).toBe("score-of-trained knn 3\n\n|score-of-trained forest 10\n\n|");
  });

  it('nest calls three deep, each level named after its call', () => {
    const workflow = ir({
      steps: [subWorkflowCall('outer', 'level-1', { word: 'deep' }, ['said']), print('after', [output('outer', 'said')])],
      subWorkflows: [
        { name: 'level-1', inputs: { parameters: [{ name: 'word' }] }, steps: [subWorkflowCall('middle', 'level-2', { word: input('word') }, ['said'])], outputs: { parameters: [{ name: 'said', value: output('middle', 'said') }] } },
        { name: 'level-2', inputs: { parameters: [{ name: 'word' }] }, steps: [echo('first', ['2']), subWorkflowCall('inner', 'level-3', { word: input('word') }, ['said'], { dependencies: ['first'] })], outputs: { parameters: [{ name: 'said', value: output('inner', 'said') }] } },
        { name: 'level-3', inputs: { parameters: [{ name: 'word' }] }, steps: [echo('say', [input('word')])], outputs: { parameters: [{ name: 'said', value: output('say') }] } },
      ],
    });
    const { documents } = compileChecked(workflow);
    expect(taskNames(documents)).toEqual(['outer-middle-first', 'outer-middle-inner-say', 'after']);
    expect(taskNamed(documents, 'outer-middle-inner-say').runAfter).toEqual(['outer-middle-first']);
    expect(runPipeline(documents).get('after')!.stdout).toBe('deep\n|');
  });

  it('run a when inside a mapped sub-workflow that compares the item with another step\'s output, per iteration', () => {
    const definition = {
      name: 'maybe-train',
      inputs: { parameters: [{ name: 'model' }, { name: 'skip' }] },
      steps: [echo('train', ['trained', input('model')], { when: { op: 'notEqual', left: input('model'), right: input('skip') } }), echo('log', ['done', input('model')])],
      outputs: { parameters: [{ name: 'logged', value: output('log') }] },
    };
    const workflow = ir({
      steps: [
        echo('pick', ['-n', 'b']),
        subWorkflowCall('models', 'maybe-train', { model: { ref: 'item' }, skip: output('pick') }, ['logged'], { map: { items: ['a', 'b'] } }),
        print('report', [output('models', 'logged')]),
      ],
      subWorkflows: [definition],
    });
    const { documents } = compileChecked(workflow);
    expect(taskNamed(documents, 'models-1-train').when).toEqual([{ input: '$(tasks.pick.results.result)', operator: 'notin', values: ['b'] }]);
    const runs = runPipeline(documents);
    expect([runs.get('models-0-train')?.stdout, runs.get('models-1-train')]).toEqual(['trained a\n', null]);
    expect(JSON.parse(runs.get('report')!.stdout.replace(/\|$/, ''))).toEqual(['done a\n', 'done b\n']);
  });

  it('refuse the list of an output a condition may skip in some iterations, which Tekton would not gather', () => {
    const definition = { ...trainEvaluateDefinition, steps: [echo('train', ['x']), echo('evaluate', ['y'], { when: { op: 'equal', left: input('model'), right: 'a' } })] };
    const workflow = ir({ steps: [subWorkflowCall('models', 'train-evaluate', { model: { ref: 'item' } }, ['score'], { map: { items: ['a', 'b'] } }), echo('keep-best', [output('models', 'score')])], subWorkflows: [definition] });
    const error = refusal(() => compileToTekton(workflow));
    expect([error.code, error.stepIds]).toEqual(['UNSUPPORTED_BY_BACKEND', ['models']]);
    expect(error.message).toContain('given by step "models-0-evaluate", which a condition may skip');
  });

  it('keep task names valid DNS-1123 labels of at most 63 characters, and unique, for long names', () => {
    const long = `call-${'x'.repeat(55)}`;
    const workflow = ir({
      steps: [
        subWorkflowCall(long, 'train-evaluate', { model: { ref: 'item' } }, ['score'], { map: { items: ['a', 'b'] } }),
        subWorkflowCall(`${long}-0`, 'train-evaluate', { model: 'c' }, ['score']),
        echo('keep-best', [output(long, 'score'), output(`${long}-0`, 'score')]),
      ],
      subWorkflows: [trainEvaluateDefinition],
    });
    const names = taskNames(compileChecked(workflow).documents);
    expect(names).toHaveLength(8);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/);
  });

  it('pass hostile items and arguments through as text', () => {
    const hostile = ['it\'s "quoted"', '{{workflow.name}}', '$(params.secret)', 'two\nlines', "'''", 'ünï ✓', '`id`; $(id)'];
    const workflow = fanOut();
    const models = workflow.spec.steps[0]!;
    models.map = { items: hostile };
    const { documents } = compileChecked(workflow);
    expect(JSON.parse(runPipeline(documents).get('keep-best')!.stdout.replace(/\|$/, ''))).toEqual(hostile.map((model) => `score-of-trained ${model} 3\n\n`));
  });

  it('refuse a fan-out over a list only the run knows, with Tekton reason and the feature it would need', () => {
    const overParameter = fanOut({ parameters: [{ name: 'models', type: 'list', default: '["a"]' }] });
    overParameter.spec.steps[0]!.map = { from: { ref: 'parameter', name: 'models' } };
    const overOutput = fanOut();
    overOutput.spec.steps.unshift(echo('list', ['["a","b"]']) as never);
    overOutput.spec.steps[1]!.map = { from: output('list') as never };
    for (const workflow of [overParameter, overOutput]) {
      const error = refusal(() => compileToTekton(workflow));
      expect([error.code, error.path, error.stepIds]).toEqual(['UNSUPPORTED_BY_BACKEND', ['steps', 'models', 'map', 'from'], ['models']]);
      expect(error.message).toContain('a fan-out of a sub-workflow over a list known only at run time (map.from)');
      expect(error.hint).toContain('TEP-0056');
      expect(error.hint).toContain('enable-api-fields: "alpha"');
      expect(error.hint).toContain('a matrix fans out one Task, not a chain of tasks');
    }
  });

  it('refuse an output that is the first of several steps, which Tekton cannot pick', () => {
    const definition = { ...trainEvaluateDefinition, outputs: { parameters: [{ name: 'score', firstOf: [output('evaluate'), output('train')] }] } };
    const workflow = ir({ steps: [subWorkflowCall('one', 'train-evaluate', { model: 'a' }, ['score'])], subWorkflows: [definition] });
    const error = refusal(() => compileToTekton(workflow));
    expect([error.code, error.stepIds]).toEqual(['UNSUPPORTED_BY_BACKEND', ['one']]);
    expect(error.message).toContain('(firstOf)');
  });

  it('compile through the backend, validated', async () => {
    const { files } = await tekton.doCompile(fanOut(), { settings: { validate: true } });
    expect(files.map((file) => file.path)).toEqual(['sub-workflow-fan-out.tekton.yaml']);
  });
});
