import { describe, expect, it } from 'vitest';
import { artifactStoreEnv, resolveArtifactStore } from './artifact-store';

describe('resolveArtifactStore', () => {
  it('fills the region and drops a trailing slash', () => {
    expect(resolveArtifactStore({ url: 's3://bucket/runs/' }, ['settings', 'artifactStore'])).toEqual({ url: 's3://bucket/runs', endpoint: undefined, region: 'us-east-1', secretName: undefined });
    expect(resolveArtifactStore({ url: 'gs://bucket' }, [])?.region).toBe('auto');
    expect(resolveArtifactStore(undefined, [])).toBeUndefined();
  });

  it('names the field that is wrong', () => {
    const at = ['settings', 'artifactStore'];
    expect(() => resolveArtifactStore({ url: 'http://bucket' }, at)).toThrow(expect.objectContaining({ code: 'INVALID_FIELD', path: [...at, 'url'] }));
    expect(() => resolveArtifactStore({ url: 's3://bucket', secret: 'x' }, at)).toThrow(expect.objectContaining({ path: [...at, 'secret'], message: 'artifactStore has no field "secret".' }));
    expect(() => resolveArtifactStore('s3://bucket', at)).toThrow(expect.objectContaining({ code: 'INVALID_FIELD', path: at }));
  });
});

describe('artifactStoreEnv', () => {
  it('reads the keys from the Secret, never as text', () => {
    const store = resolveArtifactStore({ url: 's3://bucket', endpoint: 'http://minio:9000', secretName: 'keys' }, [])!;
    expect(artifactStoreEnv(store, 'STORE')).toEqual([
      { name: 'COULER_STORE_ENDPOINT', value: 'http://minio:9000' },
      { name: 'COULER_STORE_REGION', value: 'us-east-1' },
      { name: 'COULER_STORE_ACCESS_KEY', secret: { name: 'keys', key: 'AWS_ACCESS_KEY_ID' } },
      { name: 'COULER_STORE_SECRET_KEY', secret: { name: 'keys', key: 'AWS_SECRET_ACCESS_KEY' } },
    ]);
  });
});
