import { describe, expect, it } from 'vitest';
import { transferTarget } from './transfer-target';

const keys = { accessKey: { name: 'store', key: 'id' }, secretKey: { name: 'store', key: 'secret' } };

describe('transferTarget', () => {
  it('maps an OSS location to oss://, its endpoint (TLS unless http:// is written) and its keys from their Secret', () => {
    expect(transferTarget({ type: 'oss', bucket: 'models', key: 'runs/a b.txt', endpoint: 'oss-cn-hangzhou.aliyuncs.com', ...keys }, 'output', 'OUTPUT_0')).toEqual({
      url: 'oss://models/runs/a b.txt',
      env: [
        { name: 'COULER_OUTPUT_0_ENDPOINT', value: 'https://oss-cn-hangzhou.aliyuncs.com' },
        { name: 'COULER_OUTPUT_0_ACCESS_KEY', secret: keys.accessKey },
        { name: 'COULER_OUTPUT_0_SECRET_KEY', secret: keys.secretKey },
      ],
    });
    expect(transferTarget({ type: 'oss', bucket: 'models', key: 'k', endpoint: 'http://10.0.0.7:8080' }, 'input', 'INPUT_1')).toEqual({ url: 'oss://models/k', env: [{ name: 'COULER_INPUT_1_ENDPOINT', value: 'http://10.0.0.7:8080' }] });
  });

  it('maps a GCS location to gs:// with its service-account key from a Secret, or nothing (the metadata server) without one', () => {
    const serviceAccountKey = { name: 'gcs', key: 'key.json' };
    expect(transferTarget({ type: 'gcs', bucket: 'models', key: 'k', serviceAccountKey }, 'input', 'INPUT_0')).toEqual({ url: 'gs://models/k', env: [{ name: 'COULER_INPUT_0_SERVICE_ACCOUNT_KEY', secret: serviceAccountKey }] });
    expect(transferTarget({ type: 'gcs', bucket: 'models', key: 'k' }, 'output', 'OUTPUT_0')).toEqual({ url: 'gs://models/k', env: [] });
  });

  it.each([
    { type: 'oss', bucket: 'models/other', key: 'k', endpoint: 'oss.example.com' },
    { type: 'gcs', bucket: 'models?x', key: 'k' },
    { type: 's3', bucket: 'a b', key: 'k' },
  ] as const)('refuses a bucket that is no bucket name, whose URL would name another object: $bucket', (location) => {
    expect(transferTarget(location, 'output', 'OUTPUT_0')).toEqual({ refused: `its bucket ${JSON.stringify(location.bucket)} is not a bucket name (letters, digits, ".", "-" and "_" only)` });
  });
});
