import { ARGO_KINDS } from '@couler/backend-argo';
import { Option } from 'commander';
import { loadWorkflow } from '../load-workflow';
import type { CliCommand } from './cli-command';
import { collectParam } from './local/local-options';
import { addRemoteOptions, parseInterval, remoteContext, remoteFlags, type RemoteOptions } from './remote/remote-options';
import { watchRun } from './remote/watch-run';

interface SubmitOptions extends RemoteOptions {
  param?: Record<string, string>;
  kind?: string;
  dryRun?: boolean;
  watch?: boolean;
  interval: number;
  plain?: boolean;
}

/**
 * `couler submit FILE --backend argo --server URL`: compiles the workflow and creates it on the
 * engine (the Argo Server's REST API), prints its name and page; with `--watch`, follows it
 * like `couler watch` (exit 0 only when it succeeded).
 */
export const submitCommand: CliCommand = {
  name: 'submit',
  register(program, context) {
    const command = program
      .command('submit')
      .description('compile a workflow and submit it to an engine (Argo Workflows through the Argo Server)')
      .argument('<file>', 'workflow file: .ts/.mts/.cts/.js/.mjs/.cjs (DSL) or .json/.yaml/.yml (IR)');
    addRemoteOptions(command, 'argo')
      .option('-p, --param <name=value>', 'set a workflow parameter (repeatable)', collectParam)
      .addOption(new Option('--kind <kind>', 'Argo object to create (default: Workflow, CronWorkflow when scheduled)').choices([...ARGO_KINDS]))
      .option('--dry-run', 'let the server check the workflow without creating it')
      .option('-w, --watch', 'follow the run until it ends (exit 0 only when it succeeded)')
      .option('--interval <seconds>', 'seconds between status checks with --watch', parseInterval, 2000)
      .option('--plain', 'with --watch: one line per change even on a terminal');
    return command.action(async (file: string, options: SubmitOptions) => {
      const { backend, backendId, request } = remoteContext(options);
      const { workflow } = await loadWorkflow(file, { cwd: context.cwd });
      const compiled = await backend.doCompile(workflow, { settings: { ...(options.kind !== undefined && { kind: options.kind }) } });
      for (const warning of compiled.warnings) {
        const where = warning.path && warning.path.length > 0 ? ` at ${warning.path.join('.')}` : '';
        context.stderr.write(`warning${where}: ${warning.message}\n`);
      }
      const run = await backend.doSubmit(compiled, { ...request, ...(options.param && { parameters: options.param }), ...(options.dryRun && { serverDryRun: true }) });
      const flags = remoteFlags(backendId, options, run.namespace);
      const kind = options.kind ?? (workflow.spec.cron ? 'CronWorkflow' : 'Workflow');
      if (options.dryRun) {
        context.stdout.write(`✓ ${kind} ${run.runId} is valid (server dry run; nothing was created)\n`);
        return;
      }
      context.stdout.write(`✓ submitted ${kind} ${run.runId}${run.namespace ? ` in namespace ${run.namespace}` : ''}\n${run.url ? `  ${run.url}\n` : ''}`);
      if (kind !== 'Workflow') {
        if (options.watch) context.stderr.write(`A ${kind} does not run by itself; nothing to watch.\n`);
        return;
      }
      if (!options.watch) {
        context.stdout.write(`  next: couler watch ${run.runId} ${flags}\n`);
        return;
      }
      await watchRun(context, backend, run, request, { intervalMs: options.interval, ...(options.plain && { plain: true }), flags });
    });
  },
};
