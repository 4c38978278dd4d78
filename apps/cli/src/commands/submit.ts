import { ARGO_KINDS, workflowFromTemplate } from '@couler/backend-argo';
import type { BackendV1CompileResult } from '@couler/ir';
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
  fromTemplate?: string;
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
      .argument('[file]', 'workflow file: .ts/.mts/.cts/.js/.mjs/.cjs (DSL) or .json/.yaml/.yml (IR); none with --from-template');
    addRemoteOptions(command, 'argo')
      .option('-p, --param <name=value>', 'set a workflow parameter (repeatable)', collectParam)
      .addOption(new Option('--kind <kind>', 'with --backend argo: the object to create (default: Workflow, CronWorkflow when scheduled)').choices([...ARGO_KINDS]))
      .option('--from-template <name>', 'with --backend argo: run the WorkflowTemplate of this name already in the cluster (a Workflow with workflowTemplateRef), with --param values')
      .option('--dry-run', 'let the server check the workflow without creating it')
      .option('-w, --watch', 'follow the run until it ends (exit 0 only when it succeeded)')
      .option('--interval <seconds>', 'seconds between status checks with --watch', parseInterval, 2000)
      .option('--plain', 'with --watch: one line per change even on a terminal');
    return command.action(async (file: string | undefined, options: SubmitOptions) => {
      const { backend, backendId, settings, request } = await remoteContext(options, context.cwd);
      if (options.kind !== undefined && backendId !== 'argo') {
        throw new CoulerError('INVALID_FIELD', `--kind chooses an Argo object; the ${backendId} backend creates a ${SUBMITTED_OBJECT[backendId] ?? 'run'}.`, { path: ['kind'], hint: 'Drop --kind, or submit with --backend argo.' });
      }
      checkSource(file, options, backendId);
      let compiled: BackendV1CompileResult;
      let argoKind = 'Workflow';
      if (options.fromTemplate !== undefined) {
        // The template checks its parameters on the server; they go into the Workflow as they are.
        compiled = workflowFromTemplate(options.fromTemplate, { ...(options.param && { parameters: options.param }) });
      } else {
        const { workflow } = await loadWorkflow(file!, { cwd: context.cwd });
        compiled = await backend.doCompile(workflow, { settings: { ...settings, ...(options.kind !== undefined && { kind: options.kind }) } });
        argoKind = options.kind ?? (workflow.spec.cron ? 'CronWorkflow' : 'Workflow');
      }
      for (const warning of compiled.warnings) {
        const where = warning.path && warning.path.length > 0 ? ` at ${warning.path.join('.')}` : '';
        context.stderr.write(`warning${where}: ${warning.message}\n`);
      }
      const parameters = options.fromTemplate === undefined ? options.param : undefined;
      const run = await backend.doSubmit(compiled, { ...request, ...(parameters && { parameters }), ...(options.dryRun && { serverDryRun: true }) });
      const flags = remoteFlags(backendId, options, run.namespace);
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

/** A workflow file, or (Argo only) --from-template with --kind left out; not both, not neither. */
function checkSource(file: string | undefined, options: SubmitOptions, backendId: string): void {
  if (options.fromTemplate === undefined) {
    if (file === undefined) throw new CoulerError('INVALID_FIELD', 'couler submit needs a workflow file, or --from-template NAME to run a WorkflowTemplate already in the cluster.', { path: ['file'] });
    return;
  }
  if (file !== undefined) throw new CoulerError('INVALID_FIELD', `couler submit takes a workflow file or --from-template, not both (got "${file}" and --from-template ${options.fromTemplate}).`, { path: ['fromTemplate'] });
  if (backendId !== 'argo') {
    throw new CoulerError('INVALID_FIELD', `--from-template runs an Argo WorkflowTemplate; it cannot be used with --backend ${backendId}.`, {
      path: ['fromTemplate'],
      hint: 'Submit the workflow file for this engine instead, or use --backend argo.',
    });
  }
  if (options.kind !== undefined) throw new CoulerError('INVALID_FIELD', '--from-template always creates a Workflow; drop --kind.', { path: ['kind'] });
}
