import { open, readdir, rename, rm, mkdtemp } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { PassThrough, type Readable } from 'node:stream';

/** The tar package, loaded when an archive is first read or written. */
const loadTar = () => import('tar');

/** Whether a downloaded file starts as gzip does: Argo's default archive (`tgz`) then. */
export async function isGzip(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

/**
 * A gzipped tar of `source` holding one entry named after it, as Argo's executor archives an
 * output (`tar -czf - -C dirname basename`), streamed.
 */
export async function packArchive(source: string): Promise<Readable> {
  const tar = await loadTar();
  // tar's stream is a Minipass: piped into a Node stream for the SDKs that check for one.
  return tar.create({ gzip: true, cwd: dirname(source), portable: true }, [basename(source)]).pipe(new PassThrough());
}

/**
 * Unpacks `archive` to `target` as Argo's executor does: one top-level entry becomes `target`
 * itself, several become the contents of a directory `target`. False when it is not a tar
 * (a plain gzip file stays a file).
 */
export async function unpackArchive(archive: string, target: string): Promise<boolean> {
  const tar = await loadTar();
  const scratch = await mkdtemp(join(dirname(target), '.unpack-'));
  try {
    await tar.extract({ file: archive, cwd: scratch, strict: true });
    const entries = await readdir(scratch);
    if (entries.length === 0) return false;
    await rm(target, { recursive: true, force: true });
    if (entries.length === 1) await rename(join(scratch, entries[0] as string), target);
    else await rename(scratch, target);
    return true;
  } catch {
    return false;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
