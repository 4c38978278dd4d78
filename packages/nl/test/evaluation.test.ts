import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Workflow } from '@couler/ir';
import { afterEach, describe, expect, test } from 'vitest';
import { checkWorkflowProperties, formatEvaluationTable, NL_TASKS, passAtK, runEvaluation, WORKFLOW_CONSTRUCTS, WorkflowCodeChecker } from '../src/index';
import { COMPARE_MODELS, IMAGE_CLASSIFICATION_PLAN, LOAD_DATA, SELECT_MODEL, TRAIN_MODELS } from './support/image-classification-script';
import { fenced, startScriptedLlm, type ScriptedLlm } from './support/scripted-llm';

const PAPER_EXAMPLES = join(import.meta.dirname, '..', '..', '..', 'examples', 'paper', 'src');

async function buildExample(file: string): Promise<Workflow> {
  const checker = await WorkflowCodeChecker.create();
  const checked = await checker.check(readFileSync(join(PAPER_EXAMPLES, file), 'utf8'));
  expect(checked.problems).toEqual([]);
  return checked.workflow!;
}

function task(id: string) {
  return NL_TASKS.find((candidate) => candidate.id === id)!;
}

describe('passAtK, the unbiased estimator', () => {
  test('matches the closed form 1 − C(n−c, k) / C(n, k)', () => {
    expect(passAtK(5, 1, 1)).toBeCloseTo(0.2, 12);
    expect(passAtK(10, 3, 3)).toBeCloseTo(1 - 35 / 120, 12);
    expect(passAtK(5, 0, 5)).toBe(0);
    expect(passAtK(5, 1, 5)).toBe(1);
    expect(passAtK(200, 13, 5)).toBeGreaterThan(passAtK(200, 13, 1));
    expect(() => passAtK(3, 4, 1)).toThrow('0 ≤ c ≤ n');
  });
});

describe('the task set', () => {
  test('has at least 40 tasks with unique ids that together need every construct of Tables I and II', () => {
    expect(NL_TASKS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(NL_TASKS.map((each) => each.id)).size).toBe(NL_TASKS.length);
    const needed = new Set(NL_TASKS.flatMap((each) => each.properties.constructs ?? []));
    expect(WORKFLOW_CONSTRUCTS.filter((construct) => !needed.has(construct))).toEqual([]);
  });

  test('the paper examples have the properties of their tasks, and lack those of others', async () => {
    expect(checkWorkflowProperties(await buildExample('nl-image-classification.ts'), task('paper-image-classification').properties)).toEqual({ ok: true, failures: [] });
    const coinflip = await buildExample('code2-coinflip.ts');
    expect(checkWorkflowProperties(coinflip, task('coin-flip').properties).failures).toEqual([]);
    expect(checkWorkflowProperties(await buildExample('code3-diamond.ts'), task('diamond').properties).failures).toEqual([]);
    expect(checkWorkflowProperties(await buildExample('code4-recursive.ts'), task('flip-until-heads').properties).failures).toEqual([]);
    expect(checkWorkflowProperties(coinflip, task('flip-until-heads').properties).failures).toEqual(['does not use exec-while']);
    expect(checkWorkflowProperties(coinflip, task('deploy-if-accurate').properties).failures).toEqual([
      'has 0 step(s) about training (train / fit), needs 1',
      'has 0 step(s) about evaluation (eval / validat / test / score / metric), needs 1',
      'has 0 step(s) about deployment (deploy / serve / publish / push / release), needs 1',
      'no step about evaluation waits for a step about training',
      'no step about deployment waits for a step about evaluation',
    ]);
  });
});

describe('runEvaluation against a real chat-completions server', () => {
  let scripted: ScriptedLlm | undefined;
  afterEach(async () => {
    await scripted?.server.close();
  });

  test('pass@k per method, the best temperature per k, tokens per workflow, and the table', async () => {
    const body = (answer: string) => answer.split('```ts\n')[1]!.split('```')[0]!.replace(/^import .*\n/m, '');
    const whole = fenced([LOAD_DATA, TRAIN_MODELS, COMPARE_MODELS, SELECT_MODEL].map(body).join('\n'));
    const loadOnly = LOAD_DATA;
    const broken = fenced('const data = runContainer({ image: 42 });');
    scripted = await startScriptedLlm({
      plan: IMAGE_CLASSIFICATION_PLAN,
      code: { 'load-data': [LOAD_DATA], 'train-models': [TRAIN_MODELS], 'compare-models': [COMPARE_MODELS], 'select-model': [SELECT_MODEL] },
      // t=0.2: one of three passes (one lacks the trainings, one does not compile); t=0.8: two of three.
      plain: [loadOnly, broken, whole, whole, whole, broken],
    });
    const report = await runEvaluation({ llm: scripted.llm, tasks: [task('paper-image-classification')], temperatures: [0.2, 0.8], samples: 3, concurrency: 1 });

    const plain = report.rows.find((row) => row.method === 'plain')!;
    expect(plain.passAtK.map(({ k, value, temperature }) => [k, Number(value.toFixed(4)), temperature])).toEqual([
      [1, 0.6667, 0.8],
      [3, 1, 0.2],
    ]);
    const couler = report.rows.find((row) => row.method === 'couler')!;
    expect(couler.passAtK.map(({ value }) => value)).toEqual([1, 1]);
    expect(couler.tokensPerWorkflow).toBeGreaterThan(plain.tokensPerWorkflow);
    const failed = report.results.filter((result) => !result.passed);
    expect(failed.map((result) => result.failures[0])).toEqual([
      'has 1 steps, fewer than 5',
      "TS2322: Type 'number' is not assignable to type 'ImageInput'.",
      "TS2322: Type 'number' is not assignable to type 'ImageInput'.",
    ]);
    // The sampling temperature reaches the endpoint.
    expect(scripted.requestsOf('plain').map((request) => request.body.temperature)).toEqual([0.2, 0.2, 0.2, 0.8, 0.8, 0.8]);

    const table = formatEvaluationTable(report);
    expect(table).toContain('pass@k over 1 tasks, n=3 samples per task and temperature (0.2, 0.8), best temperature per k');
    expect(table).toMatch(/scripted-coder alone \(one prompt\) +66\.67 \(t=0\.8\) +100\.00 \(t=0\.2\) +\d+\.\d/);
    expect(table).toMatch(/scripted-coder \+ Couler pipeline +100\.00 \(t=0\.2\) +100\.00 \(t=0\.2\)/);
    expect(table).toMatch(/paper: GPT-4 \+ Couler +73\.12 +75\.61 +3813\.7/);
  });
});
