import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASET_CACHE_MOUNT, type Workflow } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { compileChecked, thrown } from '../../test/support/compile-checked';
import { container, irWorkflow } from '../../test/support/ir';
import { fakeSyncTool } from '../../test/support/fake-sync-tool';
import { simulateArgo } from '../../test/support/simulate-argo';
import { escapeTemplateText } from './escape-template-text';

const accountKey = { name: 'az-creds', key: 'accountKey' };
const endpoint = 'https://acct.blob.core.windows.net';
const hostile = ['{{workflow.name}}', "it's \"q\" $(id) `id` ${HOME} \\", '{% if x %}multi\nline', '{{=1+1}} ü'];

function azureWorkflow(containerName: string, blob: string, extra: Record<string, unknown> = {}): Workflow {
  const location = { type: 'azure' as const, container: containerName, blob, endpoint, accountKey, ...extra };
  return irWorkflow('azure', [
    container('write', { outputs: { artifacts: [{ name: 'model', path: '/out/model', location }] } }),
    container('read', { dependencies: ['write'], inputs: { artifacts: [{ name: 'model', path: '/in/model', location }] } }),
  ]);
}

describe('Azure artifacts on Argo', () => {
  it.each(hostile)('writes azure: { endpoint, container, blob, accountKeySecret } with %j kept as text, valid for Argo', (value) => {
    const checked = compileChecked(azureWorkflow(value, `runs/${value}/model`));
    const written = checked.template('write').outputs!.artifacts![0]!.azure as Record<string, unknown>;
    const read = checked.template('read').inputs!.artifacts![0]!.azure as Record<string, unknown>;
    expect(read).toEqual(written);
    expect(Object.keys(written)).toEqual(['endpoint', 'container', 'blob', 'accountKeySecret']);
    expect(written.accountKeySecret).toEqual(accountKey);
    // Argo's tags in the user's text are escaped, so Argo reads the text itself, not a variable.
    expect(written.container).toBe(escapeTemplateText(value));
    expect(written.blob).toBe(escapeTemplateText(`runs/${value}/model`));
    if (value.includes('{{')) expect(written.container).not.toBe(value);
  });

  it('passes useSDKCreds, and refuses a location without an endpoint, naming the artifact and step', () => {
    const sdk = compileChecked(azureWorkflow('models', 'm', { accountKey: undefined, useSDKCreds: true }));
    expect(sdk.template('write').outputs!.artifacts![0]!.azure).toEqual({ endpoint, container: 'models', blob: 'm', useSDKCreds: true });
    const error = thrown(() => compileChecked(azureWorkflow('models', 'm', { endpoint: undefined })));
    expect(error.code).toBe('UNSUPPORTED_BY_BACKEND');
    expect(error.errors).toMatchObject([
      { path: ['steps', 'write', 'outputs', 'artifacts', 'model', 'location'], message: expect.stringContaining('an Azure location without an endpoint ("artifact.azure"), used by "write"') },
      { path: ['steps', 'read', 'inputs', 'artifacts', 'model', 'location'] },
    ]);
  });
});

describe('an Azure dataset on Argo', () => {
  const dataset = (blob: string, containerName = 'data') => ({ name: 'train-rows', source: { type: 'azure' as const, container: containerName, blob, endpoint, accountKey } });
  const reads = (blob: string, containerName?: string) =>
    irWorkflow('reads', [container('train', { inputs: { artifacts: [{ name: 'rows', path: '/data/rows.csv', dataset: 'train-rows' }] } })], {
      datasets: [dataset(blob, containerName)],
      secrets: [{ name: 'az-creds', keys: ['accountKey'] }],
    });

  it.each(hostile)('syncs with the az CLI, the container and blob %j reaching it through env only', (value) => {
    const sync = compileChecked(reads(value, value)).template('sync-train-rows');
    expect(sync.script!.image).toMatch(/^mcr\.microsoft\.com\/azure-cli:/);
    expect(sync.script!.env).toEqual(
      expect.arrayContaining([
        { name: 'COULER_CONTAINER', value: escapeTemplateText(value) },
        { name: 'COULER_ENDPOINT', value: endpoint },
        { name: 'AZURE_STORAGE_KEY', valueFrom: { secretKeyRef: accountKey } },
      ]),
    );
    expect(sync.script!.source).not.toContain(value.split('\n')[0]!);
  });

  it('copies once per ETag: a second sync downloads nothing, a changed blob is fetched again', () => {
    // A stand-in az: `blob show --query` prints the ETag and size, `blob download --file F` writes F and logs the download.
    const { bin, cache } = fakeSyncTool('az', [
      'op="$3"; file=""; name=""; query=""',
      'while [ $# -gt 0 ]; do case "$1" in --file) file="$2"; shift ;; --name) name="$2"; shift ;; --query) query="$2"; shift ;; esac; shift; done',
      'case "$op" in',
      '  show) [ -n "$query" ] && printf \'"%s"\\t5\\n\' "$FAKE_VERSION"; exit 0 ;;',
      '  download) echo "rows $FAKE_VERSION" > "$file"; echo "$AZURE_STORAGE_ACCOUNT/$COULER_CONTAINER/$name" >> "$FAKE_LOG" ;;',
      '  *) exit 1 ;;',
      'esac',
    ]);
    const { trace } = simulateArgo(compileChecked(reads('train/rows.csv')).document as unknown as Record<string, unknown>, () => ({}));
    const sync = trace.find((entry) => entry.run.template === 'sync-train-rows')!.run;
    const syncOnce = (version: string) =>
      execFileSync('sh', ['-c', sync.source!.replaceAll(DATASET_CACHE_MOUNT, cache)], { env: { PATH: `${bin}:${process.env.PATH}`, ...sync.env, FAKE_VERSION: version, FAKE_LOG: join(bin, 'downloads') }, stdio: 'pipe' });
    const downloads = () => (existsSync(join(bin, 'downloads')) ? readFileSync(join(bin, 'downloads'), 'utf8').trim().split('\n') : []);
    syncOnce('v1');
    syncOnce('v1');
    expect(downloads()).toEqual(['acct/data/train/rows.csv']);
    expect(readFileSync(join(cache, 'data'), 'utf8')).toBe('rows v1\n');
    syncOnce('v2');
    expect(downloads()).toHaveLength(2);
  });

  it('refuses an Azure dataset without an endpoint, saying the account is unknown', () => {
    const workflow = reads('train/rows.csv');
    delete (workflow.spec.datasets![0]!.source as { endpoint?: string }).endpoint;
    const error = thrown(() => compileChecked(workflow));
    expect(error).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['datasets', 'train-rows', 'source', 'endpoint'] });
  });
});
