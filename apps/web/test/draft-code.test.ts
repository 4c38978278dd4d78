import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkWorkflow, type Workflow } from '@couler/ir';
import { afterAll, describe, expect, test } from 'vitest';
import type { Draft, DraftStep } from '../src/builder/draft';
import { draftToTypeScript } from '../src/builder/draft-to-typescript';
import { draftToWorkflow } from '../src/builder/draft-to-workflow';
import { defaultValues } from '../src/builder/form-schema';
import { zooEntry } from '../src/builder/step-zoo';

const scratch = join(import.meta.dirname, '.generated');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const step = (name: string, zooId: string, extra: Partial<DraftStep> = {}): DraftStep => ({ name, zooId, values: defaultValues(zooEntry(zooId).schema), position: { x: 0, y: 0 }, ...extra });

/** Runs the TypeScript the builder shows, with the real DSL, and returns the workflow it builds. */
async function runShownCode(draft: Draft, file: string): Promise<Workflow> {
  mkdirSync(scratch, { recursive: true });
  writeFileSync(join(scratch, 'churn-scripts.ts'), "export * from '../../src/builder/churn-scripts';\n");
  writeFileSync(join(scratch, file), draftToTypeScript(draft));
  return ((await import(join(scratch, file))) as { default: Workflow }).default;
}

/** What a step does, as both fronts must agree on it. */
const essence = (workflow: Workflow) =>
  workflow.spec.steps.map((each) => {
    const { name, kind, when, map, env, outputs } = each as unknown as Record<string, unknown>;
    const body = (each as unknown as Record<string, unknown>)[kind as string];
    return { name, kind, body, when, map, env, outputs, dependencies: [...((each as { dependencies?: string[] }).dependencies ?? [])].sort() };
  });

const CHURN: Draft = {
  name: 'churn-prediction',
  steps: [step('split-data', 'split-data'), step('logistic-regression', 'logistic-regression'), step('random-forest', 'random-forest', { fanOut: 'a, b' }), step('select-best', 'select-best'), step('notify', 'shell', { when: { step: 'select-best', output: 'best', op: 'equal', value: 'random-forest' } })],
  edges: [
    { source: 'split-data', target: 'logistic-regression' },
    { source: 'split-data', target: 'random-forest' },
    { source: 'logistic-regression', target: 'select-best' },
    { source: 'random-forest', target: 'select-best' },
    { source: 'select-best', target: 'notify' },
  ],
};

describe('the TypeScript the builder shows', () => {
  test('builds, with @couler/dsl, the workflow the builder submits: steps, edges, data passed, a condition and a fan-out', async () => {
    const submitted = draftToWorkflow(CHURN);
    expect(checkWorkflow(submitted).errors).toEqual([]);
    const fromCode = await runShownCode(CHURN, 'churn.ts');
    expect(essence(fromCode)).toEqual(essence(submitted));
  });

  test('builds the same Kubeflow jobs from the step zoo as steps.*() of @couler/dsl does', async () => {
    const draft: Draft = {
      name: 'jobs',
      steps: ['tensorflow.train', 'pytorch.train', 'mpi.run', 'xgboost.train'].map((id) => step(id.replace('.', '-'), id)),
      edges: [
        { source: 'tensorflow-train', target: 'pytorch-train' },
        { source: 'pytorch-train', target: 'mpi-run' },
        { source: 'mpi-run', target: 'xgboost-train' },
      ],
    };
    expect(checkWorkflow(draftToWorkflow(draft)).errors).toEqual([]);
    expect(essence(await runShownCode(draft, 'jobs.ts'))).toEqual(essence(draftToWorkflow(draft)));
  });

  test('keeps hostile text from the forms inside its string literals', async () => {
    const hostile = 'echo "quoted" \'single\' `back` ${HOME} $(whoami) {{workflow.name}}\nsecond line ünïcode */ //';
    const draft: Draft = { name: 'hostile', steps: [step('say', 'shell', { values: { image: 'alpine:3.20', source: hostile } })], edges: [] };
    const fromCode = await runShownCode(draft, 'hostile.ts');
    expect((fromCode.spec.steps[0] as unknown as { script: { source: string } }).script.source).toBe(hostile);
    expect(essence(fromCode)).toEqual(essence(draftToWorkflow(draft)));
  });
});
