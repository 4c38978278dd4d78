import { runWorkflow, type ContainerRuntimeChoice } from '@couler/backend-local';
import { DEFAULT_CACHE_POLICY_ID, ONLINE_CACHE_POLICY_IDS, parseByteSize } from '@couler/optimizer-caching';
import { loadWorkflow } from '../load-workflow';
import { addCoulerServerOptions, coulerServerTarget } from './couler-server/couler-server-client';
import { runOnServer } from './couler-server/server-commands';
import type { CliCommand } from './cli-command';
import { containerRuntimeOption } from './local/container-runtime-option';
import { addHomeOption, collectParam, parsePositiveInteger } from './local/local-options';
import { reportRun } from './local/report-run';
import { addSecretOptions, runArtifactStores, runDatasetCache, type SecretOptions } from './local/secret-options';

interface RunOptions extends SecretOptions {
  param?: Record<string, string>;
  home?: string;
  parallelism?: number;
  cache?: boolean;
  cachePolicy?: string;
  cacheSize?: number;
  json?: boolean;
  plain?: boolean;
  runId?: string;
  containerRuntime?: ContainerRuntimeChoice;
  server?: string;
  token?: string;
  priority?: number;
}

/**
 * `couler run FILE`: runs a workflow on this machine with the embedded engine, showing its
 * progress; exit 0 only when it succeeded.
 */
export const runCommand: CliCommand = {
  name: 'run',
  register(program, context) {
    const command = program
      .command('run')
      .description('run a workflow on this machine (embedded engine: processes, SQLite state, retries, memoization)')
      .argument('<file>', 'workflow file: .ts/.mts/.cts/.js/.mjs/.cjs (DSL) or .json/.yaml/.yml (IR)')
      .option('-p, --param <name=value>', 'set a workflow parameter (repeatable)', collectParam)
      .option('--parallelism <n>', 'most steps running at once (default: number of cores)', parsePositiveInteger('--parallelism'))
      .option('--no-cache', 'do not memoize or reuse any step this run')
      .option('--cache', 'memoize every step, not only those with a cache hint')
      .option('--cache-policy <id>', `what the memoization cache keeps: ${ONLINE_CACHE_POLICY_IDS.join(', ')} (default: evict the least recently used; ${DEFAULT_CACHE_POLICY_ID} is the caching optimizer's own)`)
      .option('--cache-size <size>', 'size limit of the memoization cache: 10GB, 512MiB … (default 5GiB)', (text: string) => parseByteSize(text))
      .option('--json', 'print engine events as JSON lines instead of the progress view')
      .option('--plain', 'print one line per event even on a terminal')
      .option('--run-id <id>', 'id for the new run (default: <workflow>-<date>-<time>-<hex>)')
      .addOption(containerRuntimeOption())
      .option('--priority <n>', 'with --server: queue priority, higher first', (text: string) => Number.parseInt(text, 10));
    addCoulerServerOptions(command);
    addSecretOptions(command);
    return addHomeOption(command).action(async (file: string, options: RunOptions) => {
      const { workflow, source } = await loadWorkflow(file, { cwd: context.cwd });
      const server = coulerServerTarget(options);
      if (server) return runOnServer(context, server, workflow, options);
      // commander gives `cache: true` by default because of --no-cache; only an explicit flag counts.
      const cacheFlag = command.getOptionValueSource('cache') === 'cli' ? options.cache : undefined;
      const artifactStores = await runArtifactStores(options, context.cwd);
      const datasetCache = await runDatasetCache(context.cwd);
      await reportRun(context, options, ({ signal, onEvent }) =>
        runWorkflow(workflow, {
          ...(options.home !== undefined && { home: options.home }),
          ...(options.param && { parameters: options.param }),
          ...(options.parallelism !== undefined && { parallelism: options.parallelism }),
          ...(cacheFlag !== undefined && { cache: cacheFlag }),
          ...(options.cachePolicy !== undefined && { cachePolicy: options.cachePolicy }),
          ...(options.cacheSize !== undefined && { maxCacheBytes: options.cacheSize }),
          ...(options.runId !== undefined && { runId: options.runId }),
          ...(options.containerRuntime !== undefined && { containerRuntime: options.containerRuntime }),
          artifactStores,
          ...(datasetCache && { datasetCache }),
          sourceFile: source.file,
          // loadWorkflow validated it: once is enough.
          validated: true,
          signal,
          onEvent,
        }),
      );
    });
  },
};
