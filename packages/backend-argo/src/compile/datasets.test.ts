import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATASET_CACHE_MOUNT, DATASET_LOCK_DIR, DATASET_LOCK_STALE_SECONDS, type Dataset, type Step, type Workflow } from '@couler/ir';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createArgoBackend } from '../argo-backend';
import { compileChecked, thrown } from '../../test/support/compile-checked';
import { container, irWorkflow } from '../../test/support/ir';
import { simulateArgo, type LeafRun } from '../../test/support/simulate-argo';

type Json = Record<string, unknown>;
const argo = createArgoBackend({ validate: true });

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

/** The leaf runs of a simulated run, by template name. */
function runs(workflow: Workflow): Map<string, LeafRun> {
  const { document } = compileChecked(workflow);
  const { trace } = simulateArgo(document as unknown as Json, () => ({}));
  return new Map(trace.map((entry) => [entry.run.template, entry.run]));
}

const hostile = ['{{workflow.name}}', "it's \"q\" $(id) `id` \\", 'multi\nline', "'''", '{{=1+1}} ü 🚀', '; rm -rf / #'];

describe('datasets on Argo', () => {
  it('writes a claim beside the Workflow, a sync step ahead of every reader, and read-only mounts of the synced data', async () => {
    const workflow = datasetWorkflow([rows], [reader('train', 'train-rows'), reader('evaluate', 'train-rows', { dependencies: ['train'] }, { subPath: 'part-0' }), container('report', { dependencies: ['evaluate'] })], 'ml');
    const checked = compileChecked(workflow);
    const spec = checked.document.spec as { volumes: Json[]; templates: Array<{ name: string; dag?: { tasks: Array<{ name: string; depends?: string }> } }> };
    expect(spec.volumes).toEqual([{ name: 'couler-dataset-train-rows', persistentVolumeClaim: { claimName: 'couler-dataset-train-rows' } }]);
    const tasks = new Map(spec.templates.find((template) => template.name === 'reads')!.dag!.tasks.map((task) => [task.name, task.depends]));
    expect(tasks.get('sync-train-rows')).toBeUndefined();
    expect(tasks.get('train')).toBe('sync-train-rows');
    expect(tasks.get('evaluate')).toContain('sync-train-rows');
    expect(checked.template('train').container!.volumeMounts).toEqual([{ name: 'couler-dataset-train-rows', mountPath: '/data/rows.csv', subPath: 'data', readOnly: true }]);
    expect(checked.template('evaluate').container!.volumeMounts).toEqual([{ name: 'couler-dataset-train-rows', mountPath: '/data/rows.csv', subPath: 'data/part-0', readOnly: true }]);
    // The reader downloads nothing itself: no input artifact is left.
    expect(checked.template('train').inputs).toBeUndefined();
    const sync = checked.template('sync-train-rows');
    expect(sync.script!.image).toMatch(/^amazon\/aws-cli:/);
    expect(sync.script!.volumeMounts).toEqual([{ name: 'couler-dataset-train-rows', mountPath: DATASET_CACHE_MOUNT }]);
    expect(sync.script!.env).toEqual(
      expect.arrayContaining([
        { name: 'AWS_ENDPOINT_URL', value: 'http://minio:9000' },
        { name: 'AWS_ACCESS_KEY_ID', valueFrom: { secretKeyRef: { name: 's3-creds', key: 'accessKey' } } },
        { name: 'AWS_SECRET_ACCESS_KEY', valueFrom: { secretKeyRef: { name: 's3-creds', key: 'secretKey' } } },
      ]),
    );

    const { files } = await argo.doCompile(workflow, {});
    expect(files.map((file) => file.path)).toEqual(['reads.argo.yaml', 'reads.datasets.yaml']);
    expect(parseAllDocuments(files[1]!.contents).map((document) => document.toJS())).toEqual([
      {
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
        metadata: { name: 'couler-dataset-train-rows', namespace: 'ml', labels: { 'app.kubernetes.io/managed-by': 'couler', 'couler.dev/dataset': 'train-rows' }, annotations: { 'couler.dev/owner': 'alice' } },
        spec: { accessModes: ['ReadWriteMany'], resources: { requests: { storage: '20Gi' } }, storageClassName: 'nfs' },
      },
    ]);
  });

  it('gives a claim of 10Gi when the dataset names no size, and writes nothing for a dataset no step reads', async () => {
    const workflow = datasetWorkflow([{ name: 'pages', source: { type: 'http', url: 'https://example.com/pages.tar' } }, { ...rows, name: 'unread' }], [reader('crawl', 'pages')]);
    const { files } = await argo.doCompile(workflow, {});
    const claims = parseAllDocuments(files[1]!.contents).map((document) => document.toJS() as { metadata: { name: string }; spec: { resources: { requests: { storage: string } } } });
    expect(claims.map((claim) => [claim.metadata.name, claim.spec.resources.requests.storage])).toEqual([['couler-dataset-pages', '10Gi']]);
    expect(runs(workflow).has('sync-unread')).toBe(false);
  });

  it('orders a reader with a depends expression after the sync step too', () => {
    const workflow = datasetWorkflow([rows], [container('a'), reader('b', 'train-rows', { depends: 'a.Succeeded || a.Failed' })]);
    const spec = compileChecked(workflow).document.spec as { templates: Array<{ name: string; dag?: { tasks: Array<{ name: string; depends?: string }> } }> };
    expect(spec.templates[0]!.dag!.tasks.find((task) => task.name === 'b')!.depends).toBe('(a.Succeeded || a.Failed) && sync-train-rows');
  });

  it.each(hostile)('hands the sync container a bucket, key, URL and header of %j unchanged, through env only', (value) => {
    const s3 = { ...rows, source: { ...rows.source, bucket: value, key: value } } as Dataset;
    const http: Dataset = { name: 'page', source: { type: 'http', url: `https://example.com/${value}`, headers: [{ name: 'X-Token', value }] } };
    const seen = runs(datasetWorkflow([s3, http], [reader('a', 'train-rows'), reader('b', 'page')]));
    expect(seen.get('sync-train-rows')!.env).toMatchObject({ COULER_BUCKET: value, COULER_KEY: value });
    expect(seen.get('sync-page')!.env).toMatchObject({ COULER_URL: `https://example.com/${value}`, COULER_HEADER_0: `X-Token: ${value}`, COULER_HEADER_COUNT: '1' });
    // The script is the same text whatever the dataset: no value of the user's is in it.
    expect(seen.get('sync-train-rows')!.source).toBe(runs(datasetWorkflow([rows], [reader('a', 'train-rows')])).get('sync-train-rows')!.source);
  });

  it('refuses what a claim and a sync step cannot serve, with the reason', () => {
    const hdfs = thrown(() => compileChecked(datasetWorkflow([{ name: 'logs', source: { type: 'hdfs', addresses: ['nn:8020'], path: '/logs' } }], [reader('a', 'logs')])));
    expect(hdfs).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['datasets', 'logs', 'source'] });
    expect(hdfs.message).toContain('Hadoop');
    const mode = thrown(() => compileChecked(datasetWorkflow([rows], [reader('a', 'train-rows', {}, { mode: 0o600 })])));
    expect(mode).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['steps', 'a', 'inputs', 'artifacts', 'rows', 'mode'], stepIds: ['a'] });
    expect(mode.message).toContain('read-only mount');
    const climb = thrown(() => compileChecked(datasetWorkflow([rows], [reader('a', 'train-rows', {}, { subPath: '../other' })])));
    expect(climb).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['steps', 'a', 'inputs', 'artifacts', 'rows', 'subPath'] });
    const exit = thrown(() => compileChecked(irWorkflow('reads', [container('a')], { datasets: [rows], onExit: [reader('cleanup', 'train-rows')] })));
    expect(exit).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['onExit', 'cleanup', 'inputs', 'artifacts', 'rows', 'dataset'] });
    expect(exit.message).toContain('The argo backend cannot express');
  });
});

describe('the Dataset custom resource (datasetResource setting)', () => {
  it('writes, beside each claim, a Dataset in the tech report\'s shape: owner, source by kind, credentials by secret reference, the claim to fill', async () => {
    const workflow = datasetWorkflow([{ ...rows, description: 'Rows to train on.' }, { ...rows, name: 'unread' }], [reader('train', 'train-rows')], 'ml');
    const { files } = await argo.doCompile(workflow, { settings: { datasetResource: true } });
    const documents = parseAllDocuments(files[1]!.contents).map((document) => document.toJS());
    expect(documents.map((document) => document.kind)).toEqual(['PersistentVolumeClaim', 'Dataset']);
    expect(documents[1]).toEqual({
      apiVersion: 'couler.dev/v1alpha1',
      kind: 'Dataset',
      metadata: { name: 'train-rows', namespace: 'ml', labels: { 'app.kubernetes.io/managed-by': 'couler' } },
      spec: {
        owner: 'alice',
        description: 'Rows to train on.',
        s3: {
          bucket: 'data',
          key: 'train/rows.csv',
          endpoint: 'minio:9000',
          insecure: true,
          accessKey: { secretKeyRef: { name: 's3-creds', key: 'accessKey' } },
          secretKey: { secretKeyRef: { name: 's3-creds', key: 'secretKey' } },
        },
        cache: { claimName: 'couler-dataset-train-rows', storage: '20Gi', storageClassName: 'nfs', dataPath: 'data', versionFile: '.couler-version' },
      },
    });
    // Without the setting, the claim alone; the Workflow is the same either way.
    const plain = await argo.doCompile(workflow, {});
    expect(parseAllDocuments(plain.files[1]!.contents).map((document) => document.toJS().kind)).toEqual(['PersistentVolumeClaim']);
    expect(plain.files[0]!.contents).toBe(files[0]!.contents);
  });

  it.each(hostile)('carries an owner, description, bucket, key and header of %j unchanged into the resource', async (value) => {
    const s3 = { ...rows, owner: value, description: value, source: { ...rows.source, bucket: value, key: value } } as Dataset;
    const http: Dataset = { name: 'page', source: { type: 'http', url: `https://example.com/${value}`, headers: [{ name: 'X-Token', value }] } };
    const { files } = await argo.doCompile(datasetWorkflow([s3, http], [reader('a', 'train-rows'), reader('b', 'page')]), { settings: { datasetResource: true } });
    const resources = parseAllDocuments(files[1]!.contents).map((document) => document.toJS()).filter((document) => document.kind === 'Dataset');
    expect(resources[0].spec).toMatchObject({ owner: value, description: value, s3: { bucket: value, key: value } });
    expect(resources[1].spec.http).toEqual({ url: `https://example.com/${value}`, headers: [{ name: 'X-Token', value }] });
  });

  it('refuses a datasetResource that is not true or false', async () => {
    await expect(argo.doCompile(datasetWorkflow([rows], [reader('a', 'train-rows')]), { settings: { datasetResource: 'yes' } })).rejects.toMatchObject({ code: 'INVALID_FIELD', path: ['settings', 'datasetResource'] });
  });
});

describe('the sync script', () => {
  const sync = runs(datasetWorkflow([rows], [reader('a', 'train-rows')])).get('sync-train-rows')!;

  /** A cache directory and a stand-in `aws` that serves one object at FAKE_VERSION and logs each download. */
  function sandbox(): { cache: string; bin: string; downloads: () => string[] } {
    const root = mkdtempSync(join(tmpdir(), 'couler-dataset-'));
    const bin = join(root, 'bin');
    const cache = join(root, 'cache');
    execFileSync('mkdir', ['-p', bin, cache]);
    // head-object prints the ETag and size; `s3 cp` takes a moment (so that syncs started together overlap), writes the object and logs the download.
    writeFileSync(
      join(bin, 'aws'),
      '#!/bin/sh\ncase "$1 $2" in\n  "s3api head-object") echo "\\"$FAKE_VERSION\\" 5" ;;\n  "s3 cp") sleep 1; echo "rows $FAKE_VERSION" > "$5"; echo "$4" >> "$FAKE_LOG" ;;\n  *) exit 1 ;;\nesac\n',
    );
    chmodSync(join(bin, 'aws'), 0o755);
    const downloads = () => (existsSync(join(bin, 'downloads')) ? readFileSync(join(bin, 'downloads'), 'utf8').trim().split('\n') : []);
    return { cache, bin, downloads };
  }

  const scriptFor = (cache: string, staleSeconds = DATASET_LOCK_STALE_SECONDS) => sync.source!.replaceAll(DATASET_CACHE_MOUNT, cache).replace(`-ge ${DATASET_LOCK_STALE_SECONDS} ]`, `-ge ${staleSeconds} ]`);
  const envFor = (bin: string, version: string) => ({ PATH: `${bin}:${process.env.PATH}`, ...sync.env, FAKE_VERSION: version, FAKE_LOG: join(bin, 'downloads') });

  function syncOnce(cache: string, bin: string, version: string): void {
    execFileSync('sh', ['-c', scriptFor(cache)], { env: envFor(bin, version), stdio: 'pipe' });
  }

  it('copies once per version of the source: a second run downloads nothing, a changed object is fetched again', () => {
    const { cache, bin, downloads } = sandbox();
    syncOnce(cache, bin, 'v1');
    syncOnce(cache, bin, 'v1');
    expect(downloads()).toEqual(['s3://data/train/rows.csv']);
    expect(readFileSync(join(cache, 'data'), 'utf8')).toBe('rows v1\n');
    syncOnce(cache, bin, 'v2');
    expect(downloads()).toHaveLength(2);
    expect(readFileSync(join(cache, 'data'), 'utf8')).toBe('rows v2\n');
  });

  it('lets one sync at a time hold the claim: three started together download once, and the others find the marker', async () => {
    const { cache, bin, downloads } = sandbox();
    const run = () => promisify(execFile)('sh', ['-c', scriptFor(cache)], { env: envFor(bin, 'v1') });
    const outputs = await Promise.all([run(), run(), run()]);
    expect(downloads()).toEqual(['s3://data/train/rows.csv']);
    expect(outputs.filter(({ stdout }) => stdout.includes('is up to date; nothing copied'))).toHaveLength(2);
    expect(readFileSync(join(cache, 'data'), 'utf8')).toBe('rows v1\n');
    // The lock goes with its holder.
    expect(existsSync(join(cache, DATASET_LOCK_DIR))).toBe(false);
  });

  it('takes over a lock whose holder stopped beating (its pod was killed) and syncs', () => {
    const { cache, bin, downloads } = sandbox();
    execFileSync('mkdir', ['-p', join(cache, DATASET_LOCK_DIR)]);
    writeFileSync(join(cache, DATASET_LOCK_DIR, 'beat'), '0');
    const stdout = execFileSync('sh', ['-c', scriptFor(cache, 1)], { env: envFor(bin, 'v1'), encoding: 'utf8' });
    expect(stdout).toContain('the sync holding the lock stopped; taking it over');
    expect(downloads()).toEqual(['s3://data/train/rows.csv']);
    expect(existsSync(join(cache, DATASET_LOCK_DIR))).toBe(false);
  });
});
