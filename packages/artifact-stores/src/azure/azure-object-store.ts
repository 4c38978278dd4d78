import { Readable } from 'node:stream';
import type { ContainerClient } from '@azure/storage-blob';
import type { RemoteArtifactVersion } from '@couler/backend-local';
import type { ObjectStore, ObjectWriteOptions } from '../object-store';

/** Blocks of a streamed upload: 8 MiB keeps a 50,000-block blob at 390 GiB. */
export const AZURE_BLOCK_BYTES = 8 * 1024 * 1024;
/** Blocks in flight at once. */
const BLOCK_QUEUE = 4;

const isNotFound = (error: unknown) => {
  const value = error as { statusCode?: number; code?: string };
  return value?.statusCode === 404 || value?.code === 'BlobNotFound';
};

/** One Azure Blob Storage container through `@azure/storage-blob`, loaded on first use. */
export class AzureObjectStore implements ObjectStore {
  constructor(private readonly container: ContainerClient) {}

  describe(key: string): string {
    return `azure://${this.container.containerName}/${key}`;
  }

  async stat(key: string): Promise<RemoteArtifactVersion | undefined> {
    try {
      const properties = await this.container.getBlobClient(key).getProperties();
      const size = properties.contentLength;
      return { version: properties.etag ?? `${properties.lastModified?.toISOString()}-${size}`, ...(size !== undefined && { size }) };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async list(prefix: string): Promise<string[]> {
    const keys: string[] = [];
    for await (const blob of this.container.listBlobsFlat({ prefix })) if (!blob.name.endsWith('/')) keys.push(blob.name);
    return keys;
  }

  async read(key: string, signal?: AbortSignal): Promise<Readable> {
    // The SDK's body resumes from the last byte received when the connection drops mid-blob.
    const response = await this.container.getBlobClient(key).download(0, undefined, { ...(signal && { abortSignal: signal }), maxRetryRequests: 3 });
    const body = response.readableStreamBody;
    if (!body) throw new Error(`${this.describe(key)} answered without a body`);
    return body instanceof Readable ? body : Readable.from(body as AsyncIterable<Buffer>);
  }

  /** Staged blocks, several in flight, then one commit: the blob appears whole or not at all. */
  async write(key: string, body: Readable, options: ObjectWriteOptions): Promise<void> {
    await this.container.getBlockBlobClient(key).uploadStream(body, AZURE_BLOCK_BYTES, BLOCK_QUEUE, {
      blobHTTPHeaders: { blobContentType: 'application/octet-stream' },
      onProgress: (progress) => options.onBytes(progress.loadedBytes),
      ...(options.signal && { abortSignal: options.signal }),
    });
  }
}
