import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Where the local engine keeps everything: `--home`, else `$COULER_HOME`, else `~/.couler`.
 *
 * ```
 * <home>/couler.db                 runs, steps, attempts, outputs, artifacts, cache (SQLite, WAL)
 * <home>/artifacts/sha256/ab/…     the content-addressed artifact store, shared by all runs
 * <home>/runs/<run>/<step>/        one directory per step instance: logs, script, its files
 * <home>/datasets/<name>-<hash>/    synced copies of datasets, shared by all runs (`couler cache`)
 * ```
 */
export interface CoulerHome {
  readonly root: string;
  readonly database: string;
  readonly artifacts: string;
  readonly runs: string;
  readonly datasets: string;
}

export function resolveCoulerHome(home?: string): CoulerHome {
  const root = resolve(home ?? process.env.COULER_HOME ?? join(homedir(), '.couler'));
  return { root, database: join(root, 'couler.db'), artifacts: join(root, 'artifacts'), runs: join(root, 'runs'), datasets: join(root, 'datasets') };
}
