import { cacheHistoryWorkload } from '@couler/backend-local';
import { writeTrace } from '@couler/optimizer-caching';
import type { Command } from 'commander';
import type { CliContext } from '../../cli-context';
import { writeOutput } from '../../write-output';
import { addHomeOption } from '../local/local-options';
import { withState } from '../local/with-state';

/**
 * `couler cache export-trace`: the local engine's memoization history as a cache trace (JSON
 * Lines), for `couler cache simulate --trace` or `simulateTrace`.
 */
export function addExportTraceCommand(cache: Command, context: CliContext): Command {
  const command = cache
    .command('export-trace')
    .description('write the memoization history of your runs as a cache trace (JSON Lines)')
    .option('--workflow <name>', 'only the runs of this workflow (default: every workflow)')
    .option('-o, --output <file>', 'write to a file instead of stdout');
  return addHomeOption(command).action(async (options: { workflow?: string; output?: string; home?: string }) => {
    const trace = await withState(options.home, (store) => writeTrace(cacheHistoryWorkload(store, options.workflow === undefined ? {} : { workflow: options.workflow })));
    await writeOutput(context, trace, options.output);
  });
}
