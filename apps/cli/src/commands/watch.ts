import type { CliCommand } from './cli-command';
import { addRemoteOptions, parseInterval, remoteContext, remoteFlags, type RemoteOptions } from './remote/remote-options';
import { watchRun } from './remote/watch-run';

interface WatchCommandOptions extends RemoteOptions {
  interval: number;
  plain?: boolean;
}

/** `couler watch RUN --backend argo|airflow|tekton`: a run on an engine, live until it ends; exit 0 only when it succeeded. */
export const watchCommand: CliCommand = {
  name: 'watch',
  register(program, context) {
    const command = program
      .command('watch')
      .description('follow a run on an engine (Argo Workflows, Airflow, Tekton) until it ends: a live view on a terminal, one line per change otherwise')
      .argument('<run>', 'the run, as couler submit printed it (Argo workflow, Airflow dag/run id, Tekton PipelineRun)');
    addRemoteOptions(command, 'argo')
      .option('--interval <seconds>', 'seconds between status checks', parseInterval, 2000)
      .option('--plain', 'one line per change even on a terminal');
    return command.action(async (runId: string, options: WatchCommandOptions) => {
      const { backend, backendId, request } = await remoteContext(options, context.cwd);
      const run = { backendId, runId, ...(options.namespace !== undefined && { namespace: options.namespace }) };
      await watchRun(context, backend, run, request, { intervalMs: options.interval, ...(options.plain && { plain: true }), flags: remoteFlags(backendId, options, options.namespace) });
    });
  },
};
