import { createLocalArtifact, createS3Artifact, map, runContainer, subWorkflow, workflow } from '@couler/dsl';
import { subWorkflowArtifacts } from '@couler/ir/test';
import { describe, expect, it } from 'vitest';
import { compileChecked } from '../../test/support/compile-checked';

describe('artifacts in and out of sub-workflows on Argo', () => {
  it('gives the DAG template input and output artifacts, and each call passes its dataset and reads its model', () => {
    const { template } = compileChecked(subWorkflowArtifacts());
    const fit = template('fit');
    expect(fit.inputs).toEqual({ parameters: [{ name: 'tag', default: 'plain' }], artifacts: [{ name: 'dataset' }] });
    expect(fit.outputs).toEqual({ artifacts: [{ name: 'model', from: '{{tasks.train.outputs.artifacts.model}}' }] });
    expect(fit.dag!.tasks[0]!.arguments!.artifacts).toEqual([{ name: 'rows', from: '{{inputs.artifacts.dataset}}' }]);
    // Nested: the outer definition passes its own input on, and returns the inner call's model.
    const pipeline = template('pipeline');
    expect(pipeline.dag!.tasks[0]).toMatchObject({ name: 'inner', template: 'fit', arguments: { artifacts: [{ name: 'dataset', from: '{{inputs.artifacts.dataset}}' }] } });
    expect(pipeline.outputs).toEqual({ artifacts: [{ name: 'model', from: '{{tasks.inner.outputs.artifacts.model}}' }] });
    const main = template('sub-workflow-artifacts').dag!.tasks;
    const byName = new Map(main.map((task) => [task.name, task]));
    // Two calls, one template; the mapped call passes the same dataset to each item.
    expect([byName.get('fit-a')!.template, byName.get('fit-b')!.template, byName.get('sweep')!.template]).toEqual(['fit', 'fit', 'fit']);
    expect(byName.get('sweep')).toMatchObject({ withItems: ['x', 'y', 'z'], arguments: { artifacts: [{ name: 'dataset', from: '{{tasks.prepare.outputs.artifacts.rows}}' }] } });
    expect(template('compare').inputs!.artifacts!.map((artifact) => artifact.name)).toEqual(['a', 'b', 'nested']);
    expect(byName.get('compare')!.arguments!.artifacts).toEqual([
      { name: 'a', from: '{{tasks.fit-a.outputs.artifacts.model}}' },
      { name: 'b', from: '{{tasks.fit-b.outputs.artifacts.model}}' },
      { name: 'nested', from: '{{tasks.nested.outputs.artifacts.model}}' },
    ]);
  });

  it('passes a location as a call argument, and keeps a hostile path out of template tags', () => {
    const workflow = subWorkflowArtifacts({ path: "/work/$(id) {{x}}/m\\o'\"${HOME}{% raw %}" });
    const located = {
      ...workflow,
      spec: {
        ...workflow.spec,
        steps: workflow.spec.steps.map((step) =>
          step.name === 'fit-b' && step.kind === 'subWorkflow'
            ? { ...step, subWorkflow: { ...step.subWorkflow, artifacts: [{ name: 'dataset', location: { type: 's3' as const, bucket: 'data', key: 'rows/{{x}}.csv' } }] } }
            : step,
        ),
      },
    };
    const { template } = compileChecked(located);
    const fitB = template('sub-workflow-artifacts').dag!.tasks.find((task) => task.name === 'fit-b')!;
    expect(fitB.arguments!.artifacts).toEqual([{ name: 'dataset', s3: { bucket: 'data', key: expect.not.stringContaining('{{x}}') } }]);
    expect(JSON.stringify(template('train').container!.args)).not.toContain('{{x}}');
  });

  it('compiles a DSL sub-workflow whose calls pass a step\'s file, an S3 object and the file of a mapped iteration (schema-valid)', () => {
    const hostile = "/work/$(id) {{x}}/m\\o'\"${HOME}\n"; // a path the body's step writes to
    const fitModel = subWorkflow('fit', { tag: {}, rows: { artifact: true } }, ({ tag, rows }) => {
      const train = runContainer({ image: 'alpine:3.20', command: ['sh', '-c', 'cat /data/rows > "$1"', 'train', hostile], args: [tag], input: rows.at('/data/rows'), output: createLocalArtifact(hostile, { name: 'model' }), stepName: 'train' });
      return { model: train.output('model') };
    });
    const { template, yaml } = compileChecked(
      workflow('dsl-artifacts', () => {
        const prepared = runContainer({ image: 'alpine:3.20', command: ['sh', '-c', 'echo row > /out/rows'], output: createLocalArtifact('/out/rows'), stepName: 'prepare' });
        const fromStep = fitModel({ tag: 'a', rows: prepared.output('rows') }, { stepName: 'from-step' });
        fitModel({ tag: 'b', rows: createS3Artifact('/ignored', { bucket: 'data', key: 'rows/{{x}}.csv' }) }, { stepName: 'from-s3' });
        map((tag) => fitModel({ tag, rows: prepared }), ['x', 'y']);
        runContainer({ image: 'alpine:3.20', command: ['cat', '/in/model'], input: fromStep.outputs.model.at('/in/model'), stepName: 'show' });
      }),
    );
    expect(template('fit').inputs!.artifacts).toEqual([{ name: 'rows' }]);
    expect(template('fit').outputs).toEqual({ artifacts: [{ name: 'model', from: '{{tasks.train.outputs.artifacts.model}}' }] });
    const tasks = new Map(template('dsl-artifacts').dag!.tasks.map((task) => [task.name, task]));
    expect(tasks.get('from-step')!.arguments!.artifacts).toEqual([{ name: 'rows', from: '{{tasks.prepare.outputs.artifacts.rows}}' }]);
    expect(tasks.get('from-s3')!.arguments!.artifacts).toEqual([{ name: 'rows', s3: { bucket: 'data', key: expect.not.stringContaining('{{x}}') } }]);
    expect(tasks.get('fit')).toMatchObject({ withItems: ['x', 'y'], arguments: { artifacts: [{ name: 'rows', from: '{{tasks.prepare.outputs.artifacts.rows}}' }] } });
    expect(tasks.get('show')!.arguments!.artifacts).toEqual([{ name: 'model', from: '{{tasks.from-step.outputs.artifacts.model}}' }]);
    expect(yaml).not.toContain('{{x}}');
  });
});
