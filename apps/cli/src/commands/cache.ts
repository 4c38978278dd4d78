import { explainCache, findRun } from '@couler/backend-local';
import { CoulerError } from '@couler/ir';
import { addDatasetCommands } from './cache/datasets';
import { addExportTraceCommand } from './cache/export-trace';
import { addSimulateCommand } from './cache/simulate-cache';
import type { CliCommand } from './cli-command';
import { addHomeOption } from './local/local-options';
import { withState } from './local/with-state';

/**
 * `couler cache` (or `couler cache datasets`): the datasets the local engine keeps, with size and
 * last use; `couler cache clear [NAME]` removes them. `couler cache why RUN STEP`: why a step was (or was not) reused from the memoization cache;
 * `couler cache simulate` and `couler cache export-trace`: compare cache policies, on the
 * paper's scenarios or on your own history.
 */
export const cacheCommand: CliCommand = {
  name: 'cache',
  register(program, context) {
    const cache = program.command('cache').description('list the local engine\'s cached datasets, inspect its memoization cache, compare cache policies');
    const why = cache
      .command('why')
      .description('explain a cache hit or miss: which part of the key (image, command, an input…) changed')
      .argument('<run>', 'run id (or its first characters)')
      .argument('<step>', 'step name, or one instance such as train[2]')
      .option('--json', 'print JSON');
    addHomeOption(why).action(async (id: string, step: string, options: { home?: string; json?: boolean }) => {
      await withState(options.home, (store) => {
        const run = findRun(store, id);
        const explanations = explainCache(store, run.id, step);
        if (explanations.length === 0) {
          throw new CoulerError('UNKNOWN_STEP', `Run "${run.id}" has no recorded step "${step}".`, { hint: `\`couler status ${run.id}\` lists its steps.` });
        }
        if (options.json) {
          context.stdout.write(`${JSON.stringify(explanations, null, 2)}\n`);
          return;
        }
        for (const explanation of explanations) context.stdout.write(`${explanation.stepId}: ${explanation.lines.join('\n')}\n`);
      });
    });
    addSimulateCommand(cache, context);
    addExportTraceCommand(cache, context);
    addDatasetCommands(cache, context);
    return cache;
  },
};
