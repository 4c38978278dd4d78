import type { Readable } from 'node:stream';
import type { RemoteArtifactVersion } from '@couler/backend-local';

/**
 * One bucket-like place, as the artifact layer needs it: objects by key, streamed both ways.
 * Each provider (S3, GCS, WebHDFS) implements it on its SDK or wire protocol; the layout of
 * trees and archives is the same for all of them (see `objectArtifactStore`).
 */
export interface ObjectStore {
  /** `s3://bucket/key` and the like, for messages. */
  describe(key: string): string;
  /** The version of the object at `key`; undefined when there is none. */
  stat(key: string): Promise<RemoteArtifactVersion | undefined>;
  /** Every object key under `prefix` (which ends with `/`), in any order. */
  list(prefix: string): Promise<string[]>;
  /** The object's bytes as a stream; it fails when there is no object. */
  read(key: string, signal?: AbortSignal): Promise<Readable>;
  /**
   * Writes `body` to `key`, reporting bytes sent. `size` is absent when it is not known up front
   * (a tar stream): stores that need a length then use their multipart or chunked upload.
   */
  write(key: string, body: Readable, options: ObjectWriteOptions): Promise<void>;
}

export interface ObjectWriteOptions {
  readonly size?: number;
  readonly signal?: AbortSignal;
  readonly onBytes: (bytes: number) => void;
}
