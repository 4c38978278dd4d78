import { collectGarbage, findRun, ArtifactStore, resolveCoulerHome } from '@couler/backend-local';
import { CoulerError } from '@couler/ir';
import type { CliCommand } from './cli-command';
import { addHomeOption } from './local/local-options';
import { withState } from './local/with-state';

interface CleanOptions {
  home?: string;
  olderThan?: string;
  run?: string[];
  all?: boolean;
  json?: boolean;
}

function parseAge(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([smhd])$/.exec(text.trim());
  if (!match) throw new CoulerError('INVALID_FIELD', `--older-than takes an age such as 30m, 12h or 7d; got "${text}".`);
  return Number(match[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[match[2] as 's' | 'm' | 'h' | 'd'] * 1000;
}

/** `couler clean`: drops finished runs, expired cache entries and artifacts nothing refers to. */
export const cleanCommand: CliCommand = {
  name: 'clean',
  register(program, context) {
    const command = program
      .command('clean')
      .description('delete finished runs (by age or id), expired cache entries and artifacts no run or cache entry uses')
      .option('--older-than <age>', 'delete finished runs older than this (30m, 12h, 7d)')
      .option('--run <id...>', 'delete these finished runs')
      .option('--all', 'delete every finished run')
      .option('--json', 'print what was deleted as JSON');
    return addHomeOption(command).action(async (options: CleanOptions) => {
      const home = resolveCoulerHome(options.home);
      await withState(options.home, async (store) => {
        const runIds = (options.run ?? []).map((id) => findRun(store, id).id);
        const before = options.all ? new Date(Date.now() + 1000) : options.olderThan !== undefined ? new Date(Date.now() - parseAge(options.olderThan)) : undefined;
        const result = await collectGarbage(store, new ArtifactStore(home.artifacts), { ...(before && { runsFinishedBefore: before }), runIds });
        if (options.json) {
          context.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
          return;
        }
        context.stdout.write(
          `Deleted ${result.runsDeleted.length} ${result.runsDeleted.length === 1 ? 'run' : 'runs'}, ${result.cacheEntriesDeleted} expired cache ${result.cacheEntriesDeleted === 1 ? 'entry' : 'entries'} and ${result.artifactsDeleted} unused ${result.artifactsDeleted === 1 ? 'artifact' : 'artifacts'} (${(result.bytesFreed / 1024 / 1024).toFixed(1)} MiB) from ${home.root}.\n`,
        );
      });
    });
  },
};
