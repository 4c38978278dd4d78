import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATASET_CACHE_MOUNT, type Dataset, type Step, type Workflow } from '@couler/ir';
import { parseAllDocuments } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { createAirflowBackend } from '../src/index';
import { compileChecked } from './support/compile-checked';
import { compilerRefusal } from './support/compiler-refusal';
import { container, irWorkflow, script } from './support/ir';
import { hasJinja } from './support/python';
import { readPod, runPod } from './support/run-pod';

const directory = mkdtempSync(join(tmpdir(), 'couler-airflow-dataset-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const rows: Dataset = {
  name: 'train-rows',
  owner: 'alice',
  source: { type: 's3', bucket: 'data', key: 'train/rows.csv', endpoint: 'minio:9000', insecure: true, accessKey: { name: 's3-creds', key: 'accessKey' }, secretKey: { name: 's3-creds', key: 'secretKey' } },
  storage: '20Gi',
  storageClassName: 'nfs',
};

const reader = (name: string, dataset: string, extra: Record<string, unknown> = {}, artifact: Record<string, unknown> = {}): Step =>
  container(name, { inputs: { artifacts: [{ name: 'rows', path: '/data/rows.csv', dataset, ...artifact }] }, ...extra });

function datasetWorkflow(datasets: Dataset[], steps: Step[], namespace?: string): Workflow {
  return irWorkflow('reads', steps, { datasets, secrets: [{ name: 's3-creds', keys: ['accessKey', 'secretKey'] }] }, namespace === undefined ? {} : { namespace });
}

describe('datasets on Airflow', () => {
  it('writes the claim beside the DAG, a sync task ahead of every reader, and read-only mounts of the synced data', async () => {
    const workflow = datasetWorkflow([rows], [reader('train', 'train-rows'), reader('evaluate', 'train-rows', { dependencies: ['train'] }, { subPath: 'part-0' }), container('report', { dependencies: ['evaluate'] })], 'ml');
    const dag = compileChecked(workflow);
    expect(dag.upstream('sync_train_rows')).toEqual([]);
    expect(dag.upstream('train')).toEqual(['sync_train_rows']);
    expect(dag.upstream('evaluate')).toEqual(['sync_train_rows', 'train']);
    expect(dag.upstream('report')).toEqual(['evaluate']);
    expect(dag.task('sync_train_rows').operator).toBe('KubernetesPodOperator');
    expect(dag.keyword('sync_train_rows', 'image')).toMatch(/^amazon\/aws-cli:/);
    const claim = 'k8s.V1Volume(name="couler-dataset-train-rows", persistent_volume_claim=k8s.V1PersistentVolumeClaimVolumeSource(claim_name="couler-dataset-train-rows"))';
    expect(dag.flat).toContain(claim);
    expect(dag.flat).toContain('k8s.V1VolumeMount(name="couler-dataset-train-rows", mount_path="/data/rows.csv", read_only=True, sub_path="data")');
    expect(dag.flat).toContain('k8s.V1VolumeMount(name="couler-dataset-train-rows", mount_path="/data/rows.csv", read_only=True, sub_path="data/part-0")');
    expect(dag.flat).toContain(`k8s.V1VolumeMount(name="couler-dataset-train-rows", mount_path="${DATASET_CACHE_MOUNT}")`);
    // The reader downloads nothing itself, and the step without a dataset mounts nothing.
    expect(dag.task('train').pod!.volumes).toEqual(['couler-dataset-train-rows']);
    expect(dag.task('report').pod?.volumes ?? []).toEqual([]);
    expect(dag.source).toContain('Apply the volume claims of its datasets before the first run');

    const { files } = await createAirflowBackend({ validate: true }).doCompile(workflow, {});
    expect(files.map((file) => file.path)).toEqual(['reads.py', 'reads.datasets.yaml']);
    expect(parseAllDocuments(files[1]!.contents).map((document) => document.toJS())).toEqual([
      {
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
        metadata: { name: 'couler-dataset-train-rows', namespace: 'ml', labels: { 'app.kubernetes.io/managed-by': 'couler', 'couler.dev/dataset': 'train-rows' }, annotations: { 'couler.dev/owner': 'alice' } },
        spec: { accessModes: ['ReadWriteMany'], resources: { requests: { storage: '20Gi' } }, storageClassName: 'nfs' },
      },
    ]);
  });

  it('runs the sync in a pod of its own with scriptMode "task" too, and writes no claim file without datasets', async () => {
    const dag = compileChecked(datasetWorkflow([rows], [reader('train', 'train-rows')]), { scriptMode: 'task' });
    expect(dag.task('sync_train_rows').operator).toBe('KubernetesPodOperator');
    const { files } = await createAirflowBackend().doCompile(irWorkflow('plain', [container('a')]), {});
    expect(files.map((file) => file.path)).toEqual(['plain.py']);
  });

  it('refuses a reader that has no pod to mount the claim in, and a source no sync image reads, with the reason', () => {
    const worker = compilerRefusal(datasetWorkflow([rows], [script('train', { inputs: { artifacts: [{ name: 'rows', path: '/data/rows.csv', dataset: 'train-rows' }] } })]), { scriptMode: 'task' });
    const mounts = [worker, ...(worker.errors ?? [])].find((error) => error.pathString === 'steps.train.volumeMounts');
    expect(mounts?.message).toContain('runs on the Airflow worker');
    expect(mounts?.hint).toContain('scriptMode "pod"');
    const hdfs = compilerRefusal(datasetWorkflow([{ name: 'logs', source: { type: 'hdfs', addresses: ['nn:8020'], path: '/logs' } }], [reader('a', 'logs')]));
    expect(hdfs).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['datasets', 'logs', 'source'] });
    expect(hdfs.message).toContain('The airflow backend cannot express');
    expect(hdfs.message).toContain('Hadoop');
  });

  const secrets = { accessKey: 'AK', secretKey: 'SK' };
  const plainScript = () => readPod(compileChecked(datasetWorkflow([rows], [reader('a', 'train-rows')])).source, { taskId: 'sync_train_rows', dagId: 'reads', runId: 'r1', secrets }).base.argv;
  let plainArgv: ReadonlyArray<string> | undefined;
  const hostile = ['{{ ti.xcom_pull() }}', '{% raw %}x{% endraw %}', '{#c#}', "it's \"q\" $(id) `id` ${HOME} \\", 'multi\nline', '; rm -rf / #', 'ünï 🚀'];
  it.skipIf(!hasJinja).each(hostile)('hands the sync pod a bucket, key, URL and header of %j unchanged, through env only', (value) => {
    const s3 = { ...rows, source: { ...rows.source, bucket: value, key: value } } as Dataset;
    const http: Dataset = { name: 'page', source: { type: 'http', url: `https://example.com/${value}`, headers: [{ name: 'X-Token', value }] } };
    const { source } = compileChecked(datasetWorkflow([s3, http], [reader('a', 'train-rows'), reader('b', 'page')]));
    const pod = (taskId: string) => readPod(source, { taskId, dagId: 'reads', runId: 'r1', secrets }).base;
    expect(pod('sync_train_rows').env).toMatchObject({ COULER_DATASET: 'train-rows', COULER_BUCKET: value, COULER_KEY: value });
    expect(pod('sync_page').env).toMatchObject({ COULER_URL: `https://example.com/${value}`, COULER_HEADER_0: `X-Token: ${value}`, COULER_HEADER_COUNT: '1' });
    // The script is the same text whatever the dataset: no value of the user's is in it.
    plainArgv ??= plainScript();
    expect(pod('sync_train_rows').argv).toEqual(plainArgv);
  });

  it.skipIf(!hasJinja)('renders a sync script that, run as the pod runs it, copies once per version of the source', async () => {
    const bin = join(directory, 'bin');
    const cache = join(directory, 'cache');
    mkdirSync(bin, { recursive: true });
    mkdirSync(cache, { recursive: true });
    writeFileSync(
      join(bin, 'aws'),
      '#!/bin/sh\ncase "$1 $2" in\n  "s3api head-object") echo "\\"$FAKE_VERSION\\" 5" ;;\n  "s3 cp") echo "rows $FAKE_VERSION" > "$5"; echo "$4" >> "$FAKE_LOG" ;;\n  *) exit 1 ;;\nesac\n',
    );
    chmodSync(join(bin, 'aws'), 0o755);
    const { source } = compileChecked(datasetWorkflow([rows], [reader('a', 'train-rows')]));
    const rendered = readPod(source, { taskId: 'sync_train_rows', dagId: 'reads', runId: 'r1', secrets });
    // The claim is mounted at DATASET_CACHE_MOUNT in the pod; here it is a directory of the test's.
    const pod = { ...rendered, base: { ...rendered.base, argv: rendered.base.argv.map((word) => word.replaceAll(DATASET_CACHE_MOUNT, cache)) } };
    const sync = (version: string) => runPod(pod, { shared: join(directory, 'shared'), xcom: join(directory, 'xcom') }, { env: { PATH: `${bin}:${process.env.PATH}`, FAKE_VERSION: version, FAKE_LOG: join(bin, 'downloads') } });
    const downloads = () => (existsSync(join(bin, 'downloads')) ? readFileSync(join(bin, 'downloads'), 'utf8').trim().split('\n') : []);
    expect((await sync('v1')).base).toMatchObject({ status: 0, stderr: '' });
    expect((await sync('v1')).base.stdout).toContain('is up to date; nothing copied');
    expect(downloads()).toEqual(['s3://data/train/rows.csv']);
    expect(rendered.base.env).toMatchObject({ AWS_ENDPOINT_URL: 'http://minio:9000', AWS_ACCESS_KEY_ID: 'AK', AWS_SECRET_ACCESS_KEY: 'SK' });
    await sync('v2');
    expect(downloads()).toHaveLength(2);
    expect(readFileSync(join(cache, 'data'), 'utf8')).toBe('rows v2\n');
  });
});
