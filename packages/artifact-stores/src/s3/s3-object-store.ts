import { Readable } from 'node:stream';
import type { S3Client } from '@aws-sdk/client-s3';
import type { RemoteArtifactVersion } from '@couler/backend-local';
import type { ObjectStore, ObjectWriteOptions } from '../object-store';

/** Parts of a multipart upload: S3's least is 5 MiB; 8 MiB keeps a 10,000-part object at 78 GiB. */
export const S3_PART_BYTES = 8 * 1024 * 1024;
/** Parts in flight at once. */
const PART_QUEUE = 4;

const isNotFound = (error: unknown) => {
  const value = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return value?.name === 'NotFound' || value?.name === 'NoSuchKey' || value?.$metadata?.httpStatusCode === 404;
};

/** One S3 (or S3-compatible: MinIO, OSS) bucket through `@aws-sdk/client-s3`, loaded on first use. */
export class S3ObjectStore implements ObjectStore {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
    private readonly scheme: 's3' | 'oss',
  ) {}

  describe(key: string): string {
    return `${this.scheme}://${this.bucket}/${key}`;
  }

  async stat(key: string): Promise<RemoteArtifactVersion | undefined> {
    const { HeadObjectCommand } = await import('@aws-sdk/client-s3');
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return { version: head.ETag ?? `${head.LastModified?.toISOString()}-${head.ContentLength}`, ...(head.ContentLength !== undefined && { size: head.ContentLength }) };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async list(prefix: string): Promise<string[]> {
    const { ListObjectsV2Command } = await import('@aws-sdk/client-s3');
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const page = await this.client.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ...(token && { ContinuationToken: token }) }));
      for (const object of page.Contents ?? []) if (object.Key && !object.Key.endsWith('/')) keys.push(object.Key);
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return keys;
  }

  async read(key: string, signal?: AbortSignal): Promise<Readable> {
    const { GetObjectCommand } = await import('@aws-sdk/client-s3');
    const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }), { ...(signal && { abortSignal: signal }) });
    if (!(object.Body instanceof Readable)) throw new Error(`${this.describe(key)} answered without a body`);
    return object.Body;
  }

  /** One PUT for a small object, a multipart upload (parts in parallel) for a large or unsized one. */
  async write(key: string, body: Readable, options: ObjectWriteOptions): Promise<void> {
    const { Upload } = await import('@aws-sdk/lib-storage');
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: key, Body: body, ...(options.size !== undefined && { ContentLength: options.size }) },
      partSize: S3_PART_BYTES,
      queueSize: PART_QUEUE,
      ...(options.signal && { abortController: abortControllerOf(options.signal) }),
    });
    upload.on('httpUploadProgress', (progress) => {
      if (progress.loaded !== undefined) options.onBytes(progress.loaded);
    });
    await upload.done();
  }
}

/** lib-storage takes a controller, not a signal. */
function abortControllerOf(signal: AbortSignal): AbortController {
  const controller = new AbortController();
  if (signal.aborted) controller.abort();
  else signal.addEventListener('abort', () => controller.abort(), { once: true });
  return controller;
}
