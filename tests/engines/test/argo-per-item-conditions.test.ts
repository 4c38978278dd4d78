import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runWorkflow } from '@couler/backend-local';
import { biggerEqual, createParameterArtifact, equal, map, notEqual, parameter, runContainer, when, workflow, type ItemHandle, type OutputHandle } from '@couler/dsl';
import type { Condition, Workflow } from '@couler/ir';
import { afterAll, describe, expect, it } from 'vitest';
import { compileChecked, thrown } from '../src/argo-checked';
import { simulateArgo } from '@couler/backend-argo/test';

type Json = Record<string, unknown>;

/**
 * A `when` inside a `map` that compares the item with a step's output or a workflow parameter,
 * fed text that means something to Argo's templating, to expr-lang or to govaluate. Each value
 * runs on the local engine (real processes) and through the model of Argo's passes, on Argo 3.7
 * (the item's tag written by an earlier tag) and 4.1 (one tag), in dag and steps style: the same
 * items must run.
 *
 * No two values differ only by spaces or newlines at either end, or are one number written two
 * ways ("1.0", "1"): there the engines differ by design (Argo, as Tekton, compares text as it is;
 * the local engine trims it and compares numbers as numbers) — not by how the text is quoted.
 */
const HOSTILE = [
  "it's", '"quoted"', "' || true || '", '") || true || ("', '}}', '}', '{', 'a}}b', '==', 'x == x', '!=', '&& true', '(', ')',
  "sprig.b64dec('eA==')", "')", '\\', "\\'", 'multi\nline', 'tab\tinside', '\u2028', 'emoji 🚀', 'ünï©ødé', 'true', 'false', 'nil', '2', '[]', '{"a":1}',
  'heads', 'tails',
];
/** Outputs and parameters may also hold tags: they are values, never read as templates. */
const OUTPUTS = [...HOSTILE, '{{item}}', "{{=item['name']}}", '{{tasks.produce.outputs.parameters.value}}', '}}{{', '{{workflow.name}}'];

const dir = mkdtempSync(join(tmpdir(), 'couler-per-item-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NODE = process.execPath;
const WRITE = "require('fs').writeFileSync(process.argv[1], process.argv[2])";

type Item = string | { readonly name: string; readonly index: string };

/**
 * `produce` writes the parameter `value` to its output; `pick` runs once per item the condition
 * lets through, with the item (or its `index`) as its argument.
 */
function pickWorkflow(items: ReadonlyArray<Item>, condition: (item: ItemHandle, produced: OutputHandle) => Condition): Workflow {
  return workflow('per-item', () => {
    const value = parameter('value', { default: 'x' });
    const produced = runContainer({ stepName: 'produce', image: 'node:20-slim', command: [NODE, '-e', WRITE], args: ['/tmp/produced/value', value], output: createParameterArtifact('/tmp/produced/value') });
    map(
      (item: ItemHandle) =>
        when(condition(item, produced.output('value')), () =>
          runContainer({ stepName: 'pick', image: 'node:20-slim', command: [NODE, '-e', ''], args: ['--', typeof items[0] === 'string' ? item : item.field('index')] }),
        ),
      [...items],
    );
  });
}

/** Indexes of the items that `pick` ran for on the local engine, with `value` as the parameter. */
async function pickedLocally(built: Workflow, value: string): Promise<number[]> {
  const run = await runWorkflow(built, { home: join(dir, 'home'), parameters: { value }, defaultRetry: false });
  expect(run.phase, run.steps.map((step) => `${step.id}: ${step.phase} ${step.message ?? ''}`).join('\n')).toBe('Succeeded');
  return run.steps.filter((step) => step.stepName === 'pick' && step.phase === 'Succeeded').map((step) => step.mapIndex!);
}

/**
 * The same on Argo 3.7 and 4.1, dag and steps: `value` is produce's output (as Argo's executor
 * reads the file) and, `asArgument`, the workflow's argument. (An argument holding `{{` or `}}`
 * would break produce's own command line on Argo, which reads a workflow parameter's text in two
 * passes; that is not what this file tests.)
 */
function pickedOnArgo(built: Workflow, items: ReadonlyArray<Item>, value: string, asArgument: boolean): Map<string, number[]> {
  const picked = new Map<string, number[]>();
  for (const argoVersion of ['3.7', '4.1'] as const) {
    for (const templateStyle of ['dag', 'steps'] as const) {
      const { document } = compileChecked(built, { argoVersion, templateStyle });
      const { trace } = simulateArgo(document as unknown as Json, (run) => (run.template === 'produce' ? { parameters: { value } } : {}), { argoVersion, ...(asArgument && { arguments: { value } }) });
      const ran = trace.filter((entry) => entry.run.template === 'pick').map((entry) => entry.run.argv!.at(-1)!);
      picked.set(`Argo ${argoVersion}, ${templateStyle}`, ran.map((argument) => (typeof items[0] === 'string' ? items.indexOf(argument) : Number(argument))));
    }
  }
  return picked;
}

/** Runs `built` with each value on both engines and expects `expected(value)` from both. */
async function expectSamePicks(built: Workflow, items: ReadonlyArray<Item>, values: ReadonlyArray<string>, expected: (value: string) => number[], asArgument = false): Promise<void> {
  for (const value of values) {
    expect(await pickedLocally(built, value), `local: ${JSON.stringify(value)}`).toEqual(expected(value));
    for (const [where, picked] of pickedOnArgo(built, items, value, asArgument)) expect(picked, `${where}: ${JSON.stringify(value)}`).toEqual(expected(value));
  }
}

describe('a when inside a map, comparing the item with an output or a parameter, on Argo and on the local engine', () => {
  const items = HOSTILE.map((name, index) => ({ name, index: String(index) }));
  const indexesOf = (names: ReadonlyArray<string>, test: (name: string) => boolean) => names.flatMap((name, index) => (test(name) ? [index] : []));

  it('equal and notEqual with a step output: the same items run for every hostile output', { timeout: 300_000 }, async () => {
    await expectSamePicks(
      pickWorkflow(items, (item, produced) => equal(item.field('name'), produced)),
      items,
      OUTPUTS,
      (value) => indexesOf(HOSTILE, (name) => name === value),
    );
    await expectSamePicks(
      pickWorkflow(items, (item, produced) => notEqual(produced, item.field('name'))),
      items,
      ["it's", '}}', '{{item}}', 'multi\nline'],
      (value) => indexesOf(HOSTILE, (name) => name !== value),
    );
  });

  it('compares a bare item (a map over strings) and a workflow parameter the same way', { timeout: 300_000 }, async () => {
    const expected = (value: string) => indexesOf(HOSTILE, (name) => name === value);
    await expectSamePicks(pickWorkflow(HOSTILE, (item, produced) => equal(item, produced)), HOSTILE, ["it's", '}}', 'a}}b', 'multi\nline', "' || true || '", 'emoji 🚀', '2', '{{item}}', '}}{{'], expected);
    const againstParameter = pickWorkflow(items, (item) => equal(item.field('name'), parameter('value', { default: 'x' })));
    await expectSamePicks(againstParameter, items, ["it's", '"quoted"', 'multi\nline', "' || true || '", "sprig.b64dec('eA==')", 'emoji 🚀', '2', '\\'], expected, true);
  });

  it('orders numbers as numbers, whatever way each is written', { timeout: 300_000 }, async () => {
    const scores = ['0.5', '0.9', '0.95', '1e3', '-2', '10', '.5', '+3', '0.90'];
    await expectSamePicks(
      pickWorkflow(scores, (item, produced) => biggerEqual(item, produced)),
      scores,
      ['0.9', '1e1', '-3', '.95', '1000'],
      (value) => indexesOf(scores, (score) => Number(score) >= Number(value)),
    );
  });

  it('refuses a map item holding "{{": Argo reads items in several passes, one of them strict', () => {
    const error = thrown(() => compileChecked(pickWorkflow([{ name: '{{item}}', index: '0' }], (item, produced) => equal(item.field('name'), produced))));
    expect(error.code).toBe('UNSUPPORTED_BY_BACKEND');
    expect(error.message).toMatch(/map item/);
  });
});
