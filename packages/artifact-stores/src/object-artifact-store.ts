import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { RemoteArtifactContext, RemoteArtifactStore, RemoteArtifactVersion } from '@couler/backend-local';
import type { ArtifactLocation, ArtifactLocationType } from '@couler/ir';
import { isGzip, packArchive, unpackArchive } from './archive';
import type { ObjectStore } from './object-store';
import { StoreFailure, storeFailure } from './store-failure';

/** A location's store (client, credentials) and the key of the artifact in it. */
export interface OpenedLocation {
  readonly store: ObjectStore;
  readonly key: string;
}

/** Counts bytes as they pass, for progress. */
function counter(onBytes: (bytes: number) => void): Transform {
  let bytes = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      onBytes(bytes);
      done(null, chunk);
    },
  });
}

async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

/**
 * Where an object under a directory's prefix goes, as path parts below the target. A key with an
 * empty, `.` or `..` part (S3 and GCS allow them) would land outside the directory or on another
 * file: refused before anything is written.
 */
function treePath(store: ObjectStore, key: string, prefix: string): string[] {
  const parts = key.slice(prefix.length).split('/');
  if (parts.some((part) => part === '' || part === '.' || part === '..')) {
    throw new StoreFailure(`${store.describe(key)} cannot be read as a file of the directory ${store.describe(prefix)}: its key has an empty, "." or ".." part.`, 'permanent');
  }
  return parts;
}

async function download(store: ObjectStore, key: string, target: string, context: RemoteArtifactContext, totalBytes: number | undefined, done: number): Promise<number> {
  await mkdir(dirname(target), { recursive: true });
  let bytes = 0;
  const body = await store.read(key, context.signal);
  await pipeline(
    body,
    counter((count) => {
      bytes = count;
      context.onProgress?.({ bytes: done + count, ...(totalBytes !== undefined && { totalBytes }) });
    }),
    createWriteStream(target),
    ...(context.signal ? [{ signal: context.signal }] : []),
  );
  return bytes;
}

async function upload(store: ObjectStore, key: string, body: Readable, size: number | undefined, context: RemoteArtifactContext, done: number, totalBytes?: number): Promise<void> {
  await store.write(key, body, {
    ...(size !== undefined && { size }),
    ...(context.signal && { signal: context.signal }),
    onBytes: (bytes) => context.onProgress?.({ bytes: done + bytes, ...(totalBytes !== undefined && { totalBytes }) }),
  });
}

/**
 * A `RemoteArtifactStore` over an object store, laid out as Argo lays artifacts out, so a workflow
 * reads on this machine what it wrote on a cluster and back:
 * - an output is a gzipped tar at its key unless `archive: none`; then a file is the object
 *   itself and a directory one object per file under `key/`;
 * - an input at a key that holds an object is downloaded and, when it is a tar.gz, unpacked; at a
 *   key that holds none, every object under `key/` is downloaded as a directory.
 * Everything is streamed: no object is held in memory whole.
 */
export function objectArtifactStore(type: ArtifactLocationType, open: (location: ArtifactLocation, direction: 'input' | 'output') => Promise<OpenedLocation>): RemoteArtifactStore {
  return {
    type,
    async stat(location) {
      const { store, key } = await open(location, 'input');
      try {
        const object = await store.stat(key);
        if (object) return object;
        const keys = await store.list(`${key}/`);
        if (keys.length === 0) return undefined;
        // A tree's version is that of its objects, in key order.
        const versions = await Promise.all(keys.sort().map(async (each) => `${each}@${(await store.stat(each))?.version ?? ''}`));
        return { version: createHash('sha256').update(versions.join('\n')).digest('hex') } satisfies RemoteArtifactVersion;
      } catch (error) {
        throw storeFailure(error, `Reading the version of ${store.describe(key)}`);
      }
    },
    /** The keys under the location's key as a directory, as Argo's drivers list them for a data step. */
    async list(location) {
      const { store, key } = await open(location, 'input');
      const prefix = `${key.replace(/\/+$/, '')}/`;
      try {
        const keys = await store.list(prefix);
        if (keys.length === 0 && !(await store.stat(key))) throw new StoreFailure(`${store.describe(key)} holds no object, and no objects under ${store.describe(prefix)}`, 'permanent');
        return keys.sort();
      } catch (error) {
        throw storeFailure(error, `Listing ${store.describe(prefix)}`);
      }
    },
    async fetch(location, target, context) {
      const { store, key } = await open(location, 'input');
      try {
        const object = await store.stat(key);
        if (object) {
          const partial = `${target}.download`;
          await download(store, key, partial, context, object.size, 0);
          if (!((await isGzip(partial)) && (await unpackArchive(partial, target)))) await rename(partial, target);
          await rm(partial, { force: true });
          return;
        }
        const keys = await store.list(`${key}/`);
        if (keys.length === 0) throw new StoreFailure(`${store.describe(key)} holds no object, and no objects under ${store.describe(`${key}/`)}`, 'permanent');
        const files = keys.map((each) => ({ key: each, path: join(target, ...treePath(store, each, `${key}/`)) }));
        let done = 0;
        for (const file of files) done += await download(store, file.key, file.path, context, undefined, done);
      } catch (error) {
        throw storeFailure(error, `Downloading ${store.describe(key)}`);
      }
    },
    async put(location, source, context) {
      const { store, key } = await open(location, 'output');
      try {
        const info = await stat(source);
        if (context.archive !== 'none') {
          await upload(store, key, await packArchive(source), undefined, context, 0);
        } else if (info.isFile()) {
          await upload(store, key, createReadStream(source), info.size, context, 0, info.size);
        } else {
          let done = 0;
          for (const file of await filesUnder(source)) {
            const size = (await stat(join(source, file))).size;
            await upload(store, `${key}/${file.split(sep).join('/')}`, createReadStream(join(source, file)), size, context, done);
            done += size;
          }
        }
      } catch (error) {
        throw storeFailure(error, `Uploading to ${store.describe(key)}`);
      }
    },
  };
}
