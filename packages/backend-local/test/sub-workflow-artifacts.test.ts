import { createLocalArtifact, map, runContainer, subWorkflow, workflow } from '@couler/dsl';
import { subWorkflowArtifacts } from '@couler/ir/test';
import { CoulerError, type Workflow } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { runWorkflow } from '../src/run-workflow';
import { useTempDirs } from './helpers/workflows';

const dirs = useTempDirs();

describe('artifacts in and out of sub-workflows on the local engine', () => {
  it('moves a dataset into every call (twice, two deep, mapped over three items) and each model out to the step that reads it', { timeout: 120_000 }, async () => {
    const summary = await runWorkflow(subWorkflowArtifacts(), { home: dirs.home() });
    expect(summary.phase).toBe('Succeeded');
    const byId = new Map(summary.steps.map((step) => [step.id, step]));
    // Each model holds the dataset it was trained on and its call's tag: the files really moved.
    expect(byId.get('compare')!.outputs.result).toBe('row-1\nrow-2\nmodel-a\nrow-1\nrow-2\nmodel-b\nrow-1\nrow-2\nmodel-nested');
    expect(['sweep[0].train', 'sweep[1].train', 'sweep[2].train', 'nested.inner.train'].map((id) => byId.get(id)?.phase)).toEqual(['Succeeded', 'Succeeded', 'Succeeded', 'Succeeded']);
  });

  it("refuses a step reading a mapped call's file before anything runs, saying each iteration makes its own and what to do", async () => {
    const workflow = subWorkflowArtifacts();
    const reader = { name: 'show', kind: 'container', container: { image: 'alpine:3.20', command: ['cat', '/in/model'] }, inputs: { artifacts: [{ name: 'model', path: '/in/model', from: { ref: 'step', step: 'sweep', output: 'model' } }] } };
    const reading = { ...workflow, spec: { ...workflow.spec, steps: [...workflow.spec.steps, reader] } } as Workflow;
    const home = dirs.home();
    const refusal = await runWorkflow(reading, { home }).catch((error: unknown) => error);
    expect(CoulerError.isInstance(refusal)).toBe(true);
    const [first] = (refusal as CoulerError).errors ?? [refusal as CoulerError];
    expect([first!.code, first!.message]).toEqual(['INVALID_REFERENCE', 'Step "show" reads artifact "model" of call "sweep", which is mapped: each of its iterations makes its own "model", so the call returns none.']);
    expect(first!.hint).toContain('return that place as a value output');
  });

  it('keeps a hostile artifact path as data', { timeout: 120_000 }, async () => {
    const hostile = { dataset: 'data_set-1', model: 'Model_2', path: "/work/$(id) {{x}}/m\\o'\"${HOME}{% raw %}" };
    const summary = await runWorkflow(subWorkflowArtifacts(hostile), { home: dirs.home() });
    expect(summary.phase).toBe('Succeeded');
    expect(summary.steps.find((step) => step.id === 'compare')!.outputs.result).toContain('model-nested');
  });

  it('runs a DSL sub-workflow that reads a file written outside it and returns one read outside, once and mapped', { timeout: 120_000 }, async () => {
    const image = 'alpine:3.20';
    const fitModel = subWorkflow('fit', { tag: {}, rows: { artifact: true } }, ({ tag, rows }) => {
      const train = runContainer({ image, command: ['sh', '-c', 'mkdir -p /work && { cat /data/rows; echo "model-$0"; } > /work/model'], args: [tag], input: rows.at('/data/rows'), output: createLocalArtifact('/work/model', { name: 'model' }), stepName: 'train' });
      return { model: train.output('model') };
    });
    const built = workflow('dsl-sub-workflow-artifacts', () => {
      const prepared = runContainer({ image, command: ['sh', '-c', 'mkdir -p /out && printf "row-1\\n" > /out/rows'], output: createLocalArtifact('/out/rows'), stepName: 'prepare' });
      const once = fitModel({ tag: 'once', rows: prepared.output('rows') }, { stepName: 'once' });
      map((tag) => fitModel({ tag, rows: prepared }, { stepName: 'sweep' }), ['x', 'y']);
      runContainer({ image, command: ['cat', '/in/model'], input: once.outputs.model.at('/in/model'), stepName: 'show' });
    });
    const summary = await runWorkflow(built, { home: dirs.home() });
    expect(summary.phase).toBe('Succeeded');
    const byId = new Map(summary.steps.map((step) => [step.id, step]));
    expect(byId.get('show')!.outputs.result).toBe('row-1\nmodel-once');
    expect(['once.train', 'sweep[0].train', 'sweep[1].train'].map((id) => byId.get(id)?.phase)).toEqual(['Succeeded', 'Succeeded', 'Succeeded']);
  });
});
