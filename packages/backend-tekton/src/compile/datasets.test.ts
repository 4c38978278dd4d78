import { DATASET_CACHE_MOUNT, IR_API_VERSION, type Dataset, type Step, type Workflow } from '@couler/ir';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createTektonBackend } from '../tekton-backend';
import { compileChecked, pipelineOf, taskNamed } from '../../test/support/compile-checked';
import type { LooseJson } from '../../test/support/loose-json';
import { refusal } from '../../test/support/refusal';
import { substitute } from '../../test/support/simulate-task';

const rows: Dataset = {
  name: 'train-rows',
  source: { type: 's3', bucket: 'data', key: 'train/rows.csv', accessKey: { name: 's3-creds', key: 'accessKey' }, secretKey: { name: 's3-creds', key: 'secretKey' } },
};
const reader = (name: string, extra: Partial<Step> = {}): Step =>
  ({ name, kind: 'container', container: { image: 'alpine:3.20', command: ['cat', '/data/rows.csv'] }, inputs: { artifacts: [{ name: 'rows', path: '/data/rows.csv', dataset: 'train-rows' }] }, ...extra }) as Step;
const ir = (datasets: Dataset[], steps: Step[]): Workflow =>
  ({ apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name: 'reads' }, spec: { datasets, secrets: [{ name: 's3-creds', keys: ['accessKey', 'secretKey'] }], steps } }) as Workflow;

describe('datasets on Tekton', () => {
  it('runs a sync task ahead of the readers, which mount the claim read-only, and writes the claim beside the run', async () => {
    const workflow = ir([rows], [reader('train'), reader('evaluate', { dependencies: ['train'] })]);
    const { documents } = compileChecked(workflow);
    const tasks = pipelineOf(documents).tasks as LooseJson[];
    expect(tasks.find((task) => task.name === 'train')!.runAfter).toEqual(['sync-train-rows']);
    expect(tasks.find((task) => task.name === 'evaluate')!.runAfter).toEqual(expect.arrayContaining(['sync-train-rows', 'train']));
    const train = taskNamed(documents, 'train').taskSpec;
    const claimVolume = { name: 'couler-dataset-train-rows', persistentVolumeClaim: { claimName: 'couler-dataset-train-rows' } };
    expect(train.volumes).toEqual([claimVolume]);
    expect(train.steps[0].volumeMounts).toEqual([{ name: 'couler-dataset-train-rows', mountPath: '/data/rows.csv', subPath: 'data', readOnly: true }]);
    const sync = taskNamed(documents, 'sync-train-rows').taskSpec;
    expect(sync.volumes).toEqual([claimVolume]);
    expect(JSON.stringify(sync.steps)).toContain(`"mountPath":"${DATASET_CACHE_MOUNT}"`);

    const { files } = await createTektonBackend({ validate: true }).doCompile(workflow, {});
    expect(files.map((file) => file.path)).toEqual(['reads.tekton.yaml', 'reads.datasets.yaml']);
    const claims = parseAllDocuments(files[1]!.contents).map((document) => document.toJS());
    expect(claims).toEqual([expect.objectContaining({ kind: 'PersistentVolumeClaim', spec: { accessModes: ['ReadWriteMany'], resources: { requests: { storage: '10Gi' } } } })]);
  });

  it('writes a Dataset custom resource beside the claim with the datasetResource setting, hostile strings unchanged', async () => {
    const value = "$(params.x) it's \"q\" {{ x }}\nline";
    const workflow = ir([{ ...rows, owner: value, source: { ...rows.source, key: value } } as Dataset], [reader('train')]);
    const { files } = await createTektonBackend({ validate: true }).doCompile(workflow, { settings: { datasetResource: true } });
    const [claim, resource] = parseAllDocuments(files[1]!.contents).map((document) => document.toJS());
    expect(claim.kind).toBe('PersistentVolumeClaim');
    expect(resource).toEqual({
      apiVersion: 'couler.dev/v1alpha1',
      kind: 'Dataset',
      metadata: { name: 'train-rows', labels: { 'app.kubernetes.io/managed-by': 'couler' } },
      spec: {
        owner: value,
        s3: { bucket: 'data', key: value, accessKey: { secretKeyRef: { name: 's3-creds', key: 'accessKey' } }, secretKey: { secretKeyRef: { name: 's3-creds', key: 'secretKey' } } },
        cache: { claimName: 'couler-dataset-train-rows', storage: '10Gi', dataPath: 'data', versionFile: '.couler-version' },
      },
    });
  });

  it.each(['$(params.x)', "it's \"q\" `id` {{ x }}", 'multi\nline ✓'])('hands the sync step a key of %j unchanged after Tekton substitutes', (value) => {
    const { documents } = compileChecked(ir([{ ...rows, source: { ...rows.source, key: value } } as Dataset], [reader('a')]));
    const env = (taskNamed(documents, 'sync-train-rows').taskSpec.steps as LooseJson[]).flatMap((step) => (step.env ?? []) as Array<{ name: string; value?: string }>);
    // A "$" the user wrote comes back from the couler-dollar parameter, whose value is "$".
    expect(substitute(env.find((variable) => variable.name === 'COULER_KEY')!.value!, { 'params.couler-dollar': '$' })).toBe(value);
  });

  it('refuses a dataset from HDFS with the reason', () => {
    const error = refusal(() => compileChecked(ir([{ name: 'train-rows', source: { type: 'hdfs', addresses: ['nn:8020'], path: '/logs' } }], [reader('a')])));
    expect(error).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['datasets', 'train-rows', 'source'] });
    expect(error.message).toContain('The tekton backend cannot express');
  });
});
