import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { map, runContainer, steps, workflow, type ItemHandle } from '@couler/dsl';
import { describe, expect, it } from 'vitest';
import code5 from '../../../examples/paper/src/code5-model-search';
import { compileChecked, taskNamed } from './support/compile-checked';
import type { LooseJson } from './support/loose-json';
import { refusal } from './support/refusal';
import { runTaskLocally } from './support/simulate-task';

/**
 * A `kubectl` on PATH that answers as the API server would for one created object: `create -f F
 * -o name` keeps F and prints the object's name, `get … -o jsonpath=…` answers the job's
 * Succeeded condition and its metadata.
 */
function fakeKubectl(): { dir: string; created: () => LooseJson; calls: () => string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'couler-kubectl-'));
  writeFileSync(
    join(dir, 'kubectl'),
    `#!/bin/sh
echo "$*" >> "${dir}/calls"
case "$1" in
  create) cp "$3" "${dir}/created.json"; echo tfjob.kubeflow.org/train-tensorflow-x7k2p ;;
  get) case "$4" in
    *Succeeded*) printf True ;;
    *Failed*) printf '' ;;
    "jsonpath={.metadata.name}") printf train-tensorflow-x7k2p ;;
    "jsonpath={.metadata.uid}") printf 5f0c-uid ;;
  esac ;;
esac
`,
  );
  chmodSync(join(dir, 'kubectl'), 0o755);
  return { dir, created: () => JSON.parse(readFileSync(join(dir, 'created.json'), 'utf8')), calls: () => readFileSync(join(dir, 'calls'), 'utf8').trim().split('\n') };
}

function runJobTask(task: LooseJson, params: Record<string, string>) {
  const kubectl = fakeKubectl();
  const outcome = runTaskLocally(task.taskSpec, params, { env: { PATH: `${kubectl.dir}:${process.env.PATH}` }, context: { 'context.taskRun.name': 'run-train-tensorflow-3' } });
  return { outcome, kubectl };
}

describe('job steps on Tekton', () => {
  it('Code 5: each TFJob gets its batch size from the map item, and the job name is read from the created object', () => {
    const { documents } = compileChecked(code5);
    const { outcome, kubectl } = runJobTask(taskNamed(documents, 'train-tensorflow'), { item: '300' });
    expect(outcome.stderr).toBe('');
    expect(outcome.exitCode).toBe(0);
    const job = kubectl.created();
    expect(job.kind).toBe('TFJob');
    expect(job.spec.tfReplicaSpecs.Worker.template.spec.containers[0].args).toEqual(['--batch_size', '300']);
    expect(job.spec.tfReplicaSpecs.PS.template.spec.containers[0].args).toEqual(['--batch_size', '300']);
    expect(outcome.results['job-name']).toBe('train-tensorflow-x7k2p');
    expect(kubectl.calls()).toContain("get tfjob.kubeflow.org/train-tensorflow-x7k2p -o jsonpath={.metadata.name}");
  });

  it.each([
    ['quotes and a backslash', `it's "quoted" \\ back`],
    ['line breaks and a tab', 'one\ntwo\tthree\n'],
    ['control characters', 'bell\u0007 escape\u001b end'],
    ['shell and Tekton syntax', '$(params.item) `id` $HOME ${x} \'; rm -rf / #'],
    ['unicode', '日本語 ünïcödé 🚀'],
    ['JSON', '{"a": [1, "b"]}'],
  ])('an item with %s reaches the job as exactly that argument', (_, item) => {
    const hostile = workflow('hostile-job', () => {
      map((value: ItemHandle) => steps.pytorch.train({ stepName: 'train', image: 'trainer:v1', command: 'python train.py', args: ['--tag', value, 'literal "text"'], numWorkers: 1 }), [item]);
    });
    const { documents } = compileChecked(hostile);
    const { outcome, kubectl } = runJobTask(taskNamed(documents, 'train'), { item });
    expect(outcome.exitCode, outcome.stderr).toBe(0);
    for (const replica of Object.values<LooseJson>(kubectl.created().spec.pytorchReplicaSpecs)) {
      expect(replica.template.spec.containers[0].args).toEqual(['--tag', item, 'literal "text"']);
    }
  });

  it('refuses an output read with a jq filter, saying to use jsonPath', () => {
    const jq = workflow('jq-output', () => {
      const train = steps.tensorflow.train({ stepName: 'train', image: 'tf:v1', command: 'python t.py', numWorkers: 1 });
      runContainer({ stepName: 'read', image: 'alpine:3.20', command: ['echo'], args: [train.output('job-name')] });
    });
    // The IR allows either query; the step zoo declares jsonPath, another front may write jq.
    const train = jq.spec.steps.find((step) => step.name === 'train')!;
    const outputs = train.outputs!.parameters!.map((output) => (output.name === 'job-name' ? { name: output.name, jqFilter: '.metadata.name' } : output));
    const edited = { ...jq, spec: { ...jq.spec, steps: jq.spec.steps.map((step) => (step === train ? { ...step, outputs: { ...step.outputs, parameters: outputs } } : step)) } } as typeof jq;
    const error = refusal(() => compileChecked(edited));
    expect(error.message).toContain('output "job-name" read with a jq filter');
    expect(error.hint).toContain('{ jsonPath }');
  });
});
