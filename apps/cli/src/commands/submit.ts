import { ARGO_KINDS } from '@couler/backend-argo';
import { CoulerError } from '@couler/ir';
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

/** What a submission creates on each engine, in the words of that engine. */
const SUBMITTED_OBJECT: Record<string, string> = { airflow: 'DAG run', tekton: 'PipelineRun' };

/**
 * `couler submit FILE --backend argo|airflow|tekton --server URL`: compiles the workflow and
 * starts it on the engine (the Argo Server's REST API, Airflow's REST API, the Kubernetes API),
 * prints its name and page; with `--watch`, follows it like `couler watch` (exit 0 only when it
 * succeeded).
 */
export const submitCommand: CliCommand = {
  name: 'submit',
  register(program, context) {
    const command = program
      .command('submit')
      .description('compile a workflow and start it on an engine: Argo Workflows (Argo Server), Airflow (its REST API; the DAG file must be in its DAG folder: couler compile -o), Tekton (Kubernetes API)')
      .argument('<file>', 'workflow file: .ts/.mts/.cts/.js/.mjs/.cjs (DSL) or .json/.yaml/.yml (IR)');
    addRemoteOptions(command, 'argo')
      .option('-p, --param <name=value>', 'set a workflow parameter (repeatable)', collectParam)
      .addOption(new Option('--kind <kind>', 'with --backend argo: the object to create (default: Workflow, CronWorkflow when scheduled)').choices([...ARGO_KINDS]))
      .option('--dry-run', 'let the server check the workflow without creating it')
      .option('-w, --watch', 'follow the run until it ends (exit 0 only when it succeeded)')
      .option('--interval <seconds>', 'seconds between status checks with --watch', parseInterval, 2000)
      .option('--plain', 'with --watch: one line per change even on a terminal');
    return command.action(async (file: string, options: SubmitOptions) => {
      const { backend, backendId, settings, request } = await remoteContext(options, context.cwd);
      if (options.kind !== undefined && backendId !== 'argo') {
        throw new CoulerError('INVALID_FIELD', `--kind chooses an Argo object; the ${backendId} backend creates a ${SUBMITTED_OBJECT[backendId] ?? 'run'}.`, { path: ['kind'], hint: 'Drop --kind, or submit with --backend argo.' });
      }
      const { workflow } = await loadWorkflow(file, { cwd: context.cwd });
      const compiled = await backend.doCompile(workflow, { settings: { ...settings, ...(options.kind !== undefined && { kind: options.kind }) } });
      for (const warning of compiled.warnings) {
        const where = warning.path && warning.path.length > 0 ? ` at ${warning.path.join('.')}` : '';
        context.stderr.write(`warning${where}: ${warning.message}\n`);
      }
      const run = await backend.doSubmit(compiled, { ...request, ...(options.param && { parameters: options.param }), ...(options.dryRun && { serverDryRun: true }) });
      const flags = remoteFlags(backendId, options, run.namespace);
      const argoKind = options.kind ?? (workflow.spec.cron ? 'CronWorkflow' : 'Workflow');
      const kind = SUBMITTED_OBJECT[backendId] ?? argoKind;
      if (options.dryRun) {
        context.stdout.write(`✓ ${kind} ${run.runId} is valid (server dry run; nothing was created)\n`);
        return;
      }
      context.stdout.write(`✓ submitted ${kind} ${run.runId}${run.namespace ? ` in namespace ${run.namespace}` : ''}\n${run.url ? `  ${run.url}\n` : ''}`);
      if (backendId === 'argo' && argoKind !== 'Workflow') {
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
