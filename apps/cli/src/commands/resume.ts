import { resumeRun } from '@couler/backend-local';
import type { CliCommand } from './cli-command';
import { containerRuntimeOption } from './local/container-runtime-option';
import { addHomeOption, parsePositiveInteger } from './local/local-options';
import type { ContainerRuntimeChoice } from '@couler/backend-local';
import { reportRun } from './local/report-run';
import { addSecretOptions, runArtifactStores, runDatasetCache, type SecretOptions } from './local/secret-options';

/** `couler resume RUN`: continues a cancelled, failed or killed run where it stopped. */
export const resumeCommand: CliCommand = {
  name: 'resume',
  register(program, context) {
    const command = program
      .command('resume')
      .description('continue a run that was cancelled, failed or killed; steps that succeeded, were skipped or cached are kept')
      .argument('<run>', 'run id (or its first characters)')
      .option('--parallelism <n>', 'most steps running at once', parsePositiveInteger('--parallelism'))
      .option('--json', 'print engine events as JSON lines')
      .option('--plain', 'print one line per event even on a terminal')
      .addOption(containerRuntimeOption());
    addSecretOptions(command);
    return addHomeOption(command).action(async (run: string, options: SecretOptions & { home?: string; parallelism?: number; json?: boolean; plain?: boolean; containerRuntime?: ContainerRuntimeChoice }) => {
      const artifactStores = await runArtifactStores(options, context.cwd);
      const datasetCache = await runDatasetCache(context.cwd);
      await reportRun(context, options, ({ signal, onEvent }) =>
        resumeRun(run, { artifactStores, ...(datasetCache && { datasetCache }), ...(options.home !== undefined && { home: options.home }), ...(options.parallelism !== undefined && { parallelism: options.parallelism }), ...(options.containerRuntime !== undefined && { containerRuntime: options.containerRuntime }), signal, onEvent }),
      );
    });
  },
};
