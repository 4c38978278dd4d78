import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Bucket } from '@google-cloud/storage';
import type { RemoteArtifactVersion } from '@couler/backend-local';
import type { ObjectStore, ObjectWriteOptions } from '../object-store';

/** Objects larger than this (or of unknown size) go up as a resumable upload, in chunks. */
export const GCS_RESUMABLE_BYTES = 8 * 1024 * 1024;

const isNotFound = (error: unknown) => (error as { code?: unknown })?.code === 404;

/** One GCS bucket through `@google-cloud/storage` (the JSON API), loaded on first use. */
export class GcsObjectStore implements ObjectStore {
  constructor(private readonly bucket: Bucket) {}

  describe(key: string): string {
    return `gs://${this.bucket.name}/${key}`;
  }

  async stat(key: string): Promise<RemoteArtifactVersion | undefined> {
    try {
      const [metadata] = await this.bucket.file(key).getMetadata();
      const size = metadata.size === undefined ? undefined : Number(metadata.size);
      return { version: String(metadata.generation ?? metadata.etag ?? `${metadata.updated}-${size}`), ...(size !== undefined && { size }) };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async list(prefix: string): Promise<string[]> {
    const [files] = await this.bucket.getFiles({ prefix, autoPaginate: true });
    return files.map((file) => file.name).filter((name) => !name.endsWith('/'));
  }

  async read(key: string): Promise<Readable> {
    // The stream checks the object's MD5/CRC32C as GCS reports them, and fails on a mismatch.
    return this.bucket.file(key).createReadStream();
  }

  async write(key: string, body: Readable, options: ObjectWriteOptions): Promise<void> {
    const resumable = options.size === undefined || options.size > GCS_RESUMABLE_BYTES;
    const sink = this.bucket.file(key).createWriteStream({ resumable, ...(resumable && { chunkSize: GCS_RESUMABLE_BYTES }), contentType: 'application/octet-stream' });
    let bytes = 0;
    body.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      options.onBytes(bytes);
    });
    await pipeline(body, sink, ...(options.signal ? [{ signal: options.signal }] : []));
  }
}
