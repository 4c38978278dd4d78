import { retryRun } from '@couler/backend-local';
import { loadWorkflow } from '../load-workflow';
import { addCoulerServerOptions, coulerServerTarget } from './couler-server/couler-server-client';
import { retryOnServer } from './couler-server/server-commands';
import type { CliCommand } from './cli-command';
import { addHomeOption } from './local/local-options';
import { reportRun } from './local/report-run';
import { addSecretOptions, runArtifactStores, type SecretOptions } from './local/secret-options';

interface RetryCommandOptions {
  home?: string;
  from?: string;
  workflow?: string;
  json?: boolean;
  plain?: boolean;
  server?: string;
  token?: string;
}

/** `couler retry RUN [--from STEP]`: runs a finished run again from its failure point. */
export const retryCommand: CliCommand = {
  name: 'retry',
  register(program, context) {
    const command = program
      .command('retry')
      .description('run a failed run again from its failure point (with --from, from that step on)')
      .argument('<run>', 'run id (or its first characters)')
      .option('--from <step>', 'also re-run this step and every step after it; a step of a fan-out iteration as couler status names it (models[1].train)')
      .option('-f, --workflow <file>', 'a fixed version of the workflow: changed steps and what follows them run again')
      .option('--json', 'print engine events as JSON lines')
      .option('--plain', 'print one line per event even on a terminal');
    addCoulerServerOptions(command);
    addSecretOptions(command);
    return addHomeOption(command).action(async (run: string, options: RetryCommandOptions & SecretOptions) => {
      const server = coulerServerTarget(options);
      if (server) return retryOnServer(context, server, run, options);
      const workflow = options.workflow === undefined ? undefined : (await loadWorkflow(options.workflow, { cwd: context.cwd })).workflow;
      const artifactStores = await runArtifactStores(options, context.cwd);
      await reportRun(context, options, ({ signal, onEvent }) =>
        retryRun(run, {
          artifactStores,
          ...(options.home !== undefined && { home: options.home }),
          ...(options.from !== undefined && { from: options.from }),
          ...(workflow && { workflow }),
          signal,
          onEvent,
        }),
      );
    });
  },
};
