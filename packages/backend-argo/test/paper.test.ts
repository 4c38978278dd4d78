import { describe, expect, it } from 'vitest';
import code1 from '../../../examples/paper/src/code1-artifacts';
import code2 from '../../../examples/paper/src/code2-coinflip';
import code3 from '../../../examples/paper/src/code3-diamond';
import code4 from '../../../examples/paper/src/code4-recursive';
import code5 from '../../../examples/paper/src/code5-model-search';
import code6 from '../../../examples/paper/src/code6-automl';
import nl from '../../../examples/paper/src/nl-image-classification';
import { argo, createArgoBackend } from '../src/index';
import { compileChecked } from './support/compile-checked';
import { simulateArgo, type LeafRun } from './support/simulate-argo';

type Json = Record<string, unknown>;

const run = (workflow: Parameters<typeof compileChecked>[0], behaviour: (run: LeafRun, call: number) => Record<string, unknown> = () => ({})) => {
  let calls = 0;
  return simulateArgo(compileChecked(workflow).document as unknown as Json, (leaf) => behaviour(leaf, calls++));
};

const manifestOf = (leaf: LeafRun) => JSON.parse(leaf.manifest!) as { apiVersion: string; kind: string; spec: Record<string, Record<string, { replicas: number; template: { spec: { containers: Array<{ name: string; image: string; command: string[]; args: string[] }> } } }>> };

describe('the paper examples (Code 1-6 and the NL example) on Argo', () => {
  it('all compile through the backend to Argo files valid for the schema and lint', async () => {
    const backend = createArgoBackend({ validate: true });
    for (const workflow of [code1, code2, code3, code4, code5, code6, nl]) {
      const result = await backend.doCompile(workflow, {});
      expect(result.files.map((file) => file.path)).toEqual([`${workflow.metadata.name}.argo.yaml`]);
      expect(result.warnings).toEqual([]);
    }
    expect((await argo.doCompile(code2, { settings: { templateStyle: 'steps', validate: true } })).files).toHaveLength(1);
  });

  it('Code 1: the consumer prints the producer parameter artifact, also exported from the workflow', () => {
    const { template } = compileChecked(code1);
    expect(template('step1').outputs!.parameters).toEqual([{ name: 'hello_world', valueFrom: { path: '/opt/hello_world.txt' }, globalName: 'hello_world' }]);
    const { trace } = run(code1, (leaf) => (leaf.template === 'step1' ? { parameters: { hello_world: 'hello world' } } : {}));
    expect(trace.map((entry) => [entry.start, entry.run.argv])).toEqual([
      [0, ['bash', '-c', 'echo -n hello world > /opt/hello_world.txt']],
      [1, ['cowsay', 'hello world']],
    ]);
  });

  it('Code 2: heads or tails runs after the flip, never both', () => {
    for (const side of ['heads', 'tails']) {
      const { trace } = run(code2, (leaf) => (leaf.kind === 'script' ? { result: side } : {}));
      expect(trace.map((entry) => entry.run.argv!.at(-1))).toEqual(['python3', `echo "it was ${side === 'heads' ? 'headed' : 'tailed'}"`]);
    }
  });

  it('Code 3: the diamond A, then B and C, then D', () => {
    const { trace } = run(code3);
    expect(trace.map((entry) => `${entry.start}:${entry.run.argv!.at(-1)}`).sort()).toEqual(['0:A', '1:B', '1:C', '2:D']);
  });

  it('Code 4: flips while tails, at most 20 times', () => {
    const tails = (count: number) => (leaf: LeafRun, call: number) => (leaf.kind === 'script' ? { result: call < count ? 'tails' : 'heads' } : {});
    expect(run(code4, tails(3)).trace).toHaveLength(4);
    expect(run(code4, tails(1000)).trace).toHaveLength(20);
  });

  it('Code 5: one TFJob per batch size, then one evaluation per trained model', () => {
    const { trace } = run(code5, (leaf) => (leaf.kind === 'resource' ? { parameters: { 'job-name': `tf-${JSON.parse(leaf.manifest!).spec.tfReplicaSpecs.Worker.template.spec.containers[0].args[1]}` } } : {}));
    const jobs = trace.filter((entry) => entry.run.kind === 'resource');
    expect(jobs.map((entry) => manifestOf(entry.run).spec.tfReplicaSpecs!.Worker!.template.spec.containers[0]!.args)).toEqual([100, 200, 300, 400, 500].map((size) => ['--batch_size', String(size)]));
    const manifest = manifestOf(jobs[0]!.run);
    expect(manifest).toMatchObject({ apiVersion: 'kubeflow.org/v1', kind: 'TFJob' });
    expect(Object.keys(manifest.spec.tfReplicaSpecs!)).toEqual(['PS', 'Worker']);
    expect(jobs[0]!.run.resolved.resource).toMatchObject({ successCondition: 'status.replicaStatuses.Worker.succeeded > 0', failureCondition: 'status.replicaStatuses.Worker.failed > 0' });
    const evaluations = trace.filter((entry) => entry.run.kind === 'container');
    expect(evaluations.map((entry) => [entry.start, entry.run.argv])).toEqual([100, 200, 300, 400, 500].map((size) => [1, ['python', 'model_eval.py', `tf-${size}`]]));
  });

  it('Code 6: XGBoost and LightGBM (an XGBoostJob) train side by side with two workers each', () => {
    const { trace } = run(code6);
    expect(trace.map((entry) => entry.start)).toEqual([0, 0]);
    const manifests = trace.map((entry) => manifestOf(entry.run));
    expect(manifests.map((manifest) => manifest.kind)).toEqual(['XGBoostJob', 'XGBoostJob']);
    expect(manifests.map((manifest) => manifest.spec.xgbReplicaSpecs!.Worker!.replicas)).toEqual([2, 2]);
    expect(manifests.map((manifest) => manifest.spec.xgbReplicaSpecs!.Master!.template.spec.containers[0]!.image).sort()).toEqual(['lightgbm-image', 'xgboost-image']);
  });

  it('NL example: the data goes to three trainings as an artifact, their accuracies to the comparison', () => {
    const { trace } = run(nl, (leaf) => (leaf.outputs.parameters.accuracy ? { parameters: { accuracy: `${leaf.argv![3]}-acc` } } : leaf.outputs.parameters['best-model'] ? { parameters: { 'best-model': 'ViT' } } : {}));
    const byStart = trace.map((entry) => [entry.start, entry.run.argv!.slice(0, 4).join(' '), Object.keys(entry.run.artifacts ?? {})]);
    expect(byStart).toEqual([
      [0, 'python load_data.py --out /data', []],
      [1, 'python train.py --model DenseNet', ['/data']],
      [1, 'python train.py --model ResNet', ['/data']],
      [1, 'python train.py --model ViT', ['/data']],
      [2, 'python compare.py --ResNet ResNet-acc', []],
      [3, 'python select.py --model ViT', []],
    ]);
    expect(trace[4]!.run.argv).toEqual(['python', 'compare.py', '--ResNet', 'ResNet-acc', '--ViT', 'ViT-acc', '--DenseNet', 'DenseNet-acc']);
  });
});
