import type { CliCommand } from './cli-command';
import { addCoulerServerOptions, coulerServerTarget } from './couler-server/couler-server-client';
import { listServerRuns } from './couler-server/server-commands';
import { elapsed, formatDuration } from './local/format-duration';
import { addHomeOption, parsePositiveInteger } from './local/local-options';
import { phaseSymbol } from './local/phase-symbol';
import { table, withState } from './local/with-state';

/** `couler runs`: the local engine's runs, newest first. */
export const runsCommand: CliCommand = {
  name: 'runs',
  register(program, context) {
    const command = program
      .command('runs')
      .description('list the runs of the local engine, newest first')
      .option('-n, --limit <n>', 'how many (default 20)', parsePositiveInteger('--limit'), 20)
      .option('--json', 'print JSON');
    addCoulerServerOptions(command);
    return addHomeOption(command).action(async (options: { home?: string; limit: number; json?: boolean; server?: string; token?: string }) => {
      const server = coulerServerTarget(options);
      if (server) return listServerRuns(context, server, options);
      await withState(options.home, (store) => {
        const runs = store.listRuns(options.limit).map((run) => {
          const steps = store.getSteps(run.id);
          const lookups = store.getCacheLookups(run.id);
          const hits = lookups.filter((lookup) => lookup.hit).length;
          return {
            run,
            done: steps.filter((step) => ['Succeeded', 'Cached', 'Skipped'].includes(step.phase)).length,
            total: steps.length,
            cache: { hits, misses: lookups.length - hits },
          };
        });
        if (options.json) {
          const rows = runs.map(({ run, done, total, cache }) => ({
            id: run.id,
            workflow: run.workflowName,
            phase: run.phase,
            ...(run.message !== undefined && { message: run.message }),
            createdAt: run.createdAt,
            ...(run.startedAt !== undefined && { startedAt: run.startedAt }),
            ...(run.finishedAt !== undefined && { finishedAt: run.finishedAt }),
            stepsDone: done,
            steps: total,
            cacheHits: cache.hits,
            cacheMisses: cache.misses,
          }));
          context.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
          return;
        }
        if (runs.length === 0) {
          context.stdout.write(`No runs in ${store.file}. Start one with: couler run <workflow file>\n`);
          return;
        }
        const rows = runs.map(({ run, done, total, cache }) => {
          const duration = elapsed(run.startedAt, run.finishedAt);
          // Hits and misses of the memoization lookups; `-` when no step was memoized.
          const lookups = cache.hits + cache.misses === 0 ? '-' : `${cache.hits} hit, ${cache.misses} miss`;
          return [run.id, run.workflowName, `${phaseSymbol(run.phase)} ${run.phase}`, run.createdAt.replace('T', ' ').slice(0, 19), duration === undefined ? '-' : formatDuration(duration), `${done}/${total}`, lookups];
        });
        context.stdout.write(`${table([['RUN', 'WORKFLOW', 'PHASE', 'CREATED (UTC)', 'TIME', 'STEPS', 'CACHE'], ...rows])}\n`);
      });
    });
  },
};
