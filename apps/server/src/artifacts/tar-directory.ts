import { constants } from 'node:fs';
import { lstat, open, readdir, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import tar from 'tar-stream';

/**
 * A directory as a tar stream, under `prefix/`. Nothing outside `root` is read: symbolic links go
 * into the tar as links (never followed), files are opened with O_NOFOLLOW, and anything else
 * (sockets, devices) is left out.
 */
export function tarDirectory(root: string, prefix: string): Readable {
  const pack = tar.pack();
  const walk = async (relative: string): Promise<void> => {
    const entries = (await readdir(join(root, relative), { withFileTypes: true })).map((entry) => entry.name).sort();
    for (const name of entries) {
      const path = relative === '' ? name : `${relative}/${name}`;
      const full = join(root, path);
      const stats = await lstat(full);
      const header = { name: `${prefix}/${path}`, mode: stats.mode & 0o777, mtime: stats.mtime };
      if (stats.isSymbolicLink()) {
        pack.entry({ ...header, type: 'symlink', linkname: await readlink(full) });
      } else if (stats.isDirectory()) {
        pack.entry({ ...header, name: `${header.name}/`, type: 'directory' });
        await walk(path);
      } else if (stats.isFile()) {
        const file = await open(full, constants.O_RDONLY | constants.O_NOFOLLOW);
        try {
          const { size } = await file.stat();
          // Exactly the size the header says, even if the file changed since (the store's never do).
          if (size === 0) pack.entry({ ...header, type: 'file', size }, Buffer.alloc(0));
          else await pipeline(file.createReadStream({ autoClose: false, start: 0, end: size - 1 }), pack.entry({ ...header, type: 'file', size }));
        } finally {
          await file.close();
        }
      }
    }
  };
  pack.entry({ name: `${prefix}/`, type: 'directory', mode: 0o755 });
  walk('').then(
    () => pack.finalize(),
    (error: unknown) => pack.destroy(error as Error),
  );
  // tar-stream's streams are streamx ones: a Node stream for Fastify's reply.
  return Readable.from(pack);
}
