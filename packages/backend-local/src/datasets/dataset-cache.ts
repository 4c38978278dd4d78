import { constants } from 'node:fs';
import { chmod, copyFile, cp, link, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ArtifactLocation, Dataset } from '@couler/ir';
import { sha256 } from '../internal/hash';
import { acquireFileLock } from './file-lock';

/** The cache's size limit when couler.config sets none: 20 GiB. */
export const DEFAULT_DATASET_CACHE_BYTES = 20 * 1024 ** 3;

/** One dataset in the cache, as `couler cache` lists it (the entry's `entry.json`). */
export interface DatasetCacheEntry {
  readonly name: string;
  readonly owner?: string;
  /** Where the data comes from, without credentials: `s3://bucket/key`. */
  readonly source: string;
  /** The source's version the copy holds (ETag, generation, mtime+size). */
  readonly version: string;
  readonly bytes: number;
  readonly syncedAt: string;
  readonly lastUsedAt: string;
  /** The entry's directory. */
  readonly directory: string;
}

/** What reading a dataset did: the copy's version, and whether this reader downloaded it. */
export interface DatasetRead {
  readonly version: string;
  readonly downloaded: boolean;
  readonly bytes: number;
}

export interface DatasetCacheOptions {
  /** `<couler home>/datasets`. */
  readonly root: string;
  /** Least-recently-used datasets leave once the cache holds more. Default 20 GiB. */
  readonly maxBytes?: number;
  readonly now?: () => Date;
}

/** Where the data comes from, for lists and messages: never a credential. */
export function describeSource(source: ArtifactLocation): string {
  switch (source.type) {
    case 's3':
    case 'oss':
    case 'gcs':
      return `${source.type}://${source.bucket}/${typeof source.key === 'string' ? source.key : '…'}${'endpoint' in source && source.endpoint ? ` at ${source.endpoint}` : ''}`;
    case 'azure':
      return `azure://${source.container}/${typeof source.blob === 'string' ? source.blob : '…'}${source.endpoint ? ` at ${source.endpoint}` : ''}`;
    case 'artifactory':
      return typeof source.url === 'string' ? source.url : '…';
    case 'hdfs':
      return `hdfs://${source.addresses[0]}${source.path}`;
    case 'http':
      return source.url;
    case 'git':
      return source.repo;
    case 'plugin':
      return `plugin ${source.name}: ${typeof source.key === 'string' ? source.key : '…'}`;
  }
}

async function sizeOf(path: string): Promise<number> {
  const info = await stat(path);
  if (!info.isDirectory()) return info.size;
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  const sizes = await Promise.all(entries.filter((entry) => entry.isFile()).map(async (entry) => (await stat(join(entry.parentPath, entry.name))).size));
  return sizes.reduce((sum, size) => sum + size, 0);
}

/**
 * The local engine's input-data cache (the tech report's §II.C): one synced copy per dataset,
 * keyed by the source's version, shared by every reader of every run on this machine.
 *
 * ```
 * <root>/<name>-<hash of source>/entry.json   what `couler cache` lists
 * <root>/<name>-<hash of source>/content      the copy (a file or a directory)
 * <root>/<name>-<hash of source>.lock         held while one reader checks, syncs or copies
 * ```
 */
export class DatasetCache {
  private readonly now: () => Date;
  constructor(private readonly options: DatasetCacheOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /** The entry's directory: by name and source, so a dataset whose source moves starts afresh. */
  directoryOf(dataset: Dataset): string {
    const { accessKey: _a, secretKey: _s, serviceAccountKey: _k, ...where } = dataset.source as Record<string, unknown>;
    return join(this.options.root, `${dataset.name}-${sha256(JSON.stringify(where)).slice(0, 12)}`);
  }

  /**
   * Puts the dataset's current version at `target`: from the cache when it holds that version,
   * else downloaded once into the cache first. Readers of one dataset take turns (a lock file),
   * so concurrent readers in any process wait for one download.
   */
  async read(
    dataset: Dataset,
    target: string,
    source: { version(): Promise<string>; download(into: string): Promise<void> },
    signal?: AbortSignal,
  ): Promise<DatasetRead> {
    const directory = this.directoryOf(dataset);
    await mkdir(this.options.root, { recursive: true });
    const release = (await acquireFileLock(`${directory}.lock`, { ...(signal && { signal }) }))!;
    let read: DatasetRead;
    let staged: string | undefined;
    try {
      const version = await source.version();
      const entry = await this.entryAt(directory);
      const content = join(directory, 'content');
      let downloaded = false;
      let bytes = entry?.bytes ?? 0;
      const at = this.now().toISOString();
      if (entry?.version !== version || !(await stat(content).then(() => true, () => false))) {
        const incoming = join(directory, `incoming-${process.pid}`);
        await rm(incoming, { recursive: true, force: true });
        await mkdir(incoming, { recursive: true });
        await source.download(join(incoming, 'content'));
        await rm(content, { recursive: true, force: true });
        await rename(join(incoming, 'content'), content);
        await rm(incoming, { recursive: true, force: true });
        bytes = await sizeOf(content);
        downloaded = true;
      }
      await this.writeEntry(directory, {
        name: dataset.name,
        ...(dataset.owner !== undefined && { owner: dataset.owner }),
        source: describeSource(dataset.source),
        version,
        bytes,
        syncedAt: downloaded || !entry ? at : entry.syncedAt,
        lastUsedAt: at,
      });
      await rm(target, { recursive: true, force: true });
      await mkdir(dirname(target), { recursive: true });
      if ((await stat(content)).isDirectory()) {
        // A tree is copied while the lock is held: nothing may replace it half-way.
        await cp(content, target, { recursive: true, mode: constants.COPYFILE_FICLONE });
      } else {
        // A file is linked under the lock and copied after it: the link keeps this version's bytes
        // even if a newer one replaces the entry, and readers copy side by side.
        staged = `${target}.couler-dataset-${process.pid}`;
        await rm(staged, { force: true });
        const linked = await link(content, staged).then(() => true, () => false);
        if (!linked) {
          // Another file system, or one without hard links: copied under the lock instead.
          staged = undefined;
          await copyFile(content, target, constants.COPYFILE_FICLONE);
          await chmod(target, 0o644);
        }
      }
      read = { version, downloaded, bytes };
    } finally {
      await release();
    }
    if (staged) {
      try {
        // A clone where the file system has them (btrfs, xfs, APFS), else a copy: the step may
        // change its input, and the cache must not see it.
        await copyFile(staged, target, constants.COPYFILE_FICLONE);
        await chmod(target, 0o644);
      } finally {
        await rm(staged, { force: true });
      }
    }
    if (read.downloaded) await this.evict(directory);
    return read;
  }

  /** Every dataset in the cache, most recently used first. */
  async list(): Promise<DatasetCacheEntry[]> {
    const names = await readdir(this.options.root, { withFileTypes: true }).catch(() => []);
    const entries = await Promise.all(names.filter((each) => each.isDirectory()).map((each) => this.entryAt(join(this.options.root, each.name))));
    return entries.filter((entry): entry is DatasetCacheEntry => entry !== undefined).sort((a, b) => b.lastUsedAt.localeCompare(a.lastUsedAt) || a.name.localeCompare(b.name));
  }

  /**
   * Removes the datasets named `name` (every one without it); an entry a reader holds right now is
   * skipped and reported.
   */
  async clear(name?: string): Promise<{ removed: DatasetCacheEntry[]; busy: DatasetCacheEntry[] }> {
    const removed: DatasetCacheEntry[] = [];
    const busy: DatasetCacheEntry[] = [];
    for (const entry of await this.list()) {
      if (name !== undefined && entry.name !== name) continue;
      (await this.remove(entry)) ? removed.push(entry) : busy.push(entry);
    }
    return { removed, busy };
  }

  /** Least-recently-used entries leave until the cache fits its limit; `keep` stays. */
  private async evict(keep: string): Promise<void> {
    const limit = this.options.maxBytes ?? DEFAULT_DATASET_CACHE_BYTES;
    const entries = await this.list();
    let total = entries.reduce((sum, entry) => sum + entry.bytes, 0);
    for (const entry of [...entries].reverse()) {
      if (total <= limit) return;
      if (entry.directory === keep) continue;
      if (await this.remove(entry)) total -= entry.bytes;
    }
  }

  private async remove(entry: DatasetCacheEntry): Promise<boolean> {
    const release = await acquireFileLock(`${entry.directory}.lock`, { wait: false });
    if (!release) return false;
    try {
      await rm(entry.directory, { recursive: true, force: true });
      return true;
    } finally {
      await release();
    }
  }

  private async entryAt(directory: string): Promise<DatasetCacheEntry | undefined> {
    const text = await readFile(join(directory, 'entry.json'), 'utf8').catch(() => undefined);
    if (text === undefined) return undefined;
    try {
      return { ...(JSON.parse(text) as Omit<DatasetCacheEntry, 'directory'>), directory };
    } catch {
      return undefined;
    }
  }

  private async writeEntry(directory: string, entry: Omit<DatasetCacheEntry, 'directory'>): Promise<void> {
    await mkdir(directory, { recursive: true });
    const temporary = join(directory, `entry.json.${process.pid}`);
    await writeFile(temporary, `${JSON.stringify(entry, null, 2)}\n`);
    await rename(temporary, join(directory, 'entry.json'));
  }
}
