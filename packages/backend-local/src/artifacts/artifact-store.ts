import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { chmod, cp, lstat, mkdir, readdir, readlink, realpath, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { StoredArtifact } from '../state/state-records';

async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * The hash of a directory is the hash of its listing: one line per entry, sorted by path, with
 * each file's own hash and whether it is executable. Names and bytes count; times and owners do not.
 */
async function hashTree(root: string): Promise<{ hash: string; size: number }> {
  const lines: string[] = [];
  let size = 0;
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const name = relative(root, path).split(sep).join('/');
      if (entry.isDirectory()) {
        lines.push(`D ${name}`);
        await walk(path);
      } else if (entry.isSymbolicLink()) {
        lines.push(`L ${name} ${await readlink(path)}`);
      } else if (entry.isFile()) {
        const stats = await stat(path);
        size += stats.size;
        lines.push(`F ${name} ${stats.mode & 0o111 ? 'x' : '-'} ${await hashFile(path)}`);
      }
    }
  };
  await walk(root);
  return { hash: createHash('sha256').update(lines.join('\n')).digest('hex'), size };
}

/**
 * A content-addressed store of files and directories: `<root>/sha256/ab/abcdef…`. The same
 * bytes are stored once, whichever run or step produced them. Writes go to a temporary name
 * first and are renamed into place, so a crash never leaves a half-written artifact under a hash.
 */
export class ArtifactStore {
  constructor(readonly root: string) {}

  /** Where an artifact's content lives (read it, never write it). */
  pathOf(hash: string): string {
    return join(this.root, 'sha256', hash.slice(0, 2), hash);
  }

  async has(hash: string): Promise<boolean> {
    return lstat(this.pathOf(hash)).then(
      () => true,
      () => false,
    );
  }

  /** Hashes a file or directory without storing it. */
  async hash(path: string): Promise<StoredArtifact> {
    const stats = await stat(path);
    if (stats.isDirectory()) return { kind: 'dir', ...(await hashTree(path)) };
    return { kind: 'file', hash: await hashFile(path), size: stats.size };
  }

  /**
   * Stores a file or directory (a copy of it) and returns its hash; a no-op if it is stored
   * already. A path that is itself a symbolic link stores what it points to, as its hash says:
   * copying the link would store a pointer that breaks elsewhere, and making the copy read-only
   * would change the mode of the file it points to, which may be anyone's. Links inside a
   * directory are kept as links.
   */
  async put(outputPath: string): Promise<StoredArtifact> {
    const path = (await lstat(outputPath)).isSymbolicLink() ? await realpath(outputPath) : outputPath;
    const artifact = await this.hash(path);
    const target = this.pathOf(artifact.hash);
    if (await this.has(artifact.hash)) return artifact;
    const temporary = join(this.root, 'tmp', randomUUID());
    await mkdir(dirname(temporary), { recursive: true });
    await cp(path, temporary, { recursive: true, preserveTimestamps: false, verbatimSymlinks: true });
    if (artifact.kind === 'file') await chmod(temporary, 0o444);
    await mkdir(dirname(target), { recursive: true });
    try {
      await rename(temporary, target);
    } catch (error) {
      // Another engine stored the same content first: keep theirs.
      await rm(temporary, { recursive: true, force: true });
      if (!(await this.has(artifact.hash))) throw error;
    }
    return artifact;
  }

  /** Copies a stored artifact to `target` (parents created, anything there replaced), writable. */
  async materialize(artifact: StoredArtifact, target: string, mode?: number): Promise<void> {
    await rm(target, { recursive: true, force: true });
    await mkdir(dirname(target), { recursive: true });
    await cp(this.pathOf(artifact.hash), target, { recursive: true, verbatimSymlinks: true });
    if (artifact.kind === 'file') await chmod(target, mode ?? 0o644);
    else if (mode !== undefined) await chmod(target, mode);
  }

  async remove(hash: string): Promise<void> {
    const path = this.pathOf(hash);
    // Stored files are read-only; directories may hold read-only files.
    await rm(path, { recursive: true, force: true }).catch(async () => {
      await chmod(path, 0o755);
      await rm(path, { recursive: true, force: true });
    });
  }
}
