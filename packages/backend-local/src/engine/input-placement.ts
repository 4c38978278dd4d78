import { chmod, lstat, readdir, rename, rm } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { EngineError } from './step-plan';

/** Where an input lands first: beside its path when only a part of it (`subPath`) is kept. */
export function landingPath(target: string, subPath: string | undefined): string {
  return subPath === undefined ? target : `${target}.couler-whole`;
}

/**
 * Keeps only `subPath` of the artifact put at `whole` (Argo's `subPath`), moved to `target`. A
 * sub-path that climbs out of the artifact (`../x`, an absolute path) is refused: it would read
 * files of the machine, not of the artifact.
 */
export async function keepSubPath(whole: string, subPath: string, target: string, where: string): Promise<void> {
  const inside = resolve(whole, subPath.replace(/^\/+/, ''));
  const rel = relative(whole, inside);
  if (rel === '' || rel.startsWith('..') || rel.split(sep).includes('..')) {
    await rm(whole, { recursive: true, force: true });
    throw new EngineError(`The ${where} has subPath ${JSON.stringify(subPath)}, which is not a path inside the artifact.`, true);
  }
  const found = await lstat(inside).catch(() => undefined);
  if (!found) {
    await rm(whole, { recursive: true, force: true });
    throw new EngineError(`The ${where} has no ${JSON.stringify(subPath)} inside it (its subPath).`, true);
  }
  await rm(target, { recursive: true, force: true });
  await rename(inside, target);
  await rm(whole, { recursive: true, force: true });
}

/** Sets the permission bits of an input (Argo's `mode`); every file and directory below it too with `recurse`. */
export async function applyMode(target: string, mode: number, recurse: boolean): Promise<void> {
  const stats = await lstat(target);
  if (stats.isSymbolicLink()) return;
  if (recurse && stats.isDirectory()) {
    for (const entry of await readdir(target)) await applyMode(join(target, entry), mode, true);
  }
  await chmod(target, mode);
}
