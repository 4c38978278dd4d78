import { describe, expect, it } from 'vitest';
import { catchCouler } from './__tests__/helpers';
import { artifactorySource, azureSource, createLocalArtifact, dataset, gcsSource, httpSource, obtainSecret, runContainer, s3Source, workflow } from './index';

const image = 'alpine:3.20';

describe('dataset()', () => {
  it('declares the dataset once, with the secret as credential references, and steps read it by name', () => {
    const built = workflow('train', () => {
      const rows = dataset({ name: 'train-rows', owner: 'alice', source: s3Source({ bucket: 'data', key: 'rows.csv', endpoint: 'minio:9000' }), secret: 's3-creds', storage: '20Gi' });
      runContainer({ image, stepName: 'a', command: ['cat', '/in/rows.csv'], input: rows.mount('/in/rows.csv') });
      runContainer({ image, stepName: 'b', command: ['wc', '/data/r'], input: rows.mount('/data/r', { name: 'table' }) });
    });
    expect(built.spec.datasets).toEqual([
      {
        name: 'train-rows',
        owner: 'alice',
        source: { type: 's3', bucket: 'data', key: 'rows.csv', endpoint: 'minio:9000', accessKey: { name: 's3-creds', key: 'accessKey' }, secretKey: { name: 's3-creds', key: 'secretKey' } },
        storage: '20Gi',
      },
    ]);
    expect(built.spec.secrets).toEqual([{ name: 's3-creds', keys: ['accessKey', 'secretKey'] }]);
    expect(built.spec.steps.map((step) => step.inputs?.artifacts)).toEqual([[{ name: 'rows', path: '/in/rows.csv', dataset: 'train-rows' }], [{ name: 'table', path: '/data/r', dataset: 'train-rows' }]]);
  });

  it('an azure source takes its account key from the secret', () => {
    const built = workflow('w', () => {
      const rows = dataset({ name: 'rows', source: azureSource({ container: 'data', blob: 'train/rows.csv', endpoint: 'https://acct.blob.core.windows.net' }), secret: 'az-creds' });
      runContainer({ image, input: rows.mount('/in/rows.csv') });
    });
    expect(built.spec.datasets?.[0]?.source).toEqual({ type: 'azure', container: 'data', blob: 'train/rows.csv', endpoint: 'https://acct.blob.core.windows.net', accountKey: { name: 'az-creds', key: 'accountKey' } });
    expect(built.spec.secrets).toEqual([{ name: 'az-creds', keys: ['accountKey'] }]);
  });

  it('an artifactory source takes its user name and password from the secret, which is declared', () => {
    const url = 'https://acme.jfrog.io/artifactory/data/train/rows.csv';
    const built = workflow('w', () => {
      const rows = dataset({ name: 'rows', source: artifactorySource({ url }), secret: 'jfrog-creds' });
      runContainer({ image, input: rows.mount('/in/rows.csv') });
    });
    expect(built.spec.datasets?.[0]?.source).toEqual({ type: 'artifactory', url, username: { name: 'jfrog-creds', key: 'username' }, password: { name: 'jfrog-creds', key: 'password' } });
    expect(built.spec.secrets).toEqual([{ name: 'jfrog-creds', keys: ['password', 'username'] }]);
  });

  it('refuses a secret handle without the keys the source reads, and a secret for http', () => {
    const missing = catchCouler(() =>
      workflow('w', () => {
        dataset({ name: 'd', source: gcsSource({ bucket: 'b', key: 'k' }), secret: obtainSecret(['token'], { name: 'gcp' }) });
      }),
    );
    expect(missing.message).toContain('reads keys "serviceAccountKey" of Secret "gcp"');
    const http = catchCouler(() =>
      workflow('w', () => {
        dataset({ name: 'd', source: httpSource({ url: 'https://example.com/x' }), secret: 'creds' });
      }),
    );
    expect(http.message).toContain('reads from http, which takes no secret');
  });

  it('refuses a dataset as an output, a name Kubernetes would refuse, and two datasets of one name with other sources', () => {
    const output = catchCouler(() =>
      workflow('w', () => {
        const rows = dataset({ name: 'rows', source: s3Source({ bucket: 'b', key: 'k' }) });
        runContainer({ image, output: rows.mount('/out/x') });
      }),
    );
    expect(output.message).toContain('a dataset is read by steps (input), never written');
    const hostile = catchCouler(() =>
      workflow('w', () => {
        const rows = dataset({ name: "rows'; $(rm -rf /) {{x}}", source: s3Source({ bucket: 'b', key: 'k' }) });
        runContainer({ image, input: rows.mount('/in/x') });
      }),
    );
    expect(JSON.stringify(hostile.toJSON())).toContain('datasets');
    const twice = catchCouler(() =>
      workflow('w', () => {
        dataset({ name: 'rows', source: s3Source({ bucket: 'b', key: 'k' }) });
        dataset({ name: 'rows', source: s3Source({ bucket: 'b', key: 'other' }) });
        runContainer({ image, output: createLocalArtifact('/out/x') });
      }),
    );
    expect(twice.code).toBe('DUPLICATE_NAME');
  });
});
