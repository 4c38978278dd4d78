import { open, readFile, rename, rm } from 'node:fs/promises';
import { hostname } from 'node:os';

/** How long a waiter sleeps between tries: a download takes seconds, a check milliseconds. */
const POLL_MS = 50;

/** Whether the process that wrote a lock file is gone (then the lock is stale). */
function isStale(content: string): boolean {
  const [pid, host] = content.split('\n');
  // A lock from another machine (a shared home on NFS) is never judged stale here.
  if (host !== hostname()) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * A lock across processes and within one: a file created with O_EXCL holding the owner's pid
 * and host. Two `couler run`s, or two steps of one run, that want the same dataset take turns;
 * a lock left by a process that died is taken over.
 *
 * @returns the release function, or undefined when `wait` is false and the lock is held.
 */
export async function acquireFileLock(path: string, options: { signal?: AbortSignal; wait?: boolean } = {}): Promise<(() => Promise<void>) | undefined> {
  for (;;) {
    options.signal?.throwIfAborted();
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(`${process.pid}\n${hostname()}\n${new Date().toISOString()}\n`);
      await handle.close();
      return () => rm(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const content = await readFile(path, 'utf8').catch(() => undefined);
    if (content !== undefined && isStale(content)) {
      // Renamed first, so that of two waiters finding it stale only one removes it.
      const aside = `${path}.stale-${process.pid}-${Math.random().toString(16).slice(2)}`;
      if (await rename(path, aside).then(() => true, () => false)) await rm(aside, { force: true });
      continue;
    }
    if (options.wait === false) return undefined;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
