import { expandSubWorkflows, findRun, stepTree, type StepTreeNode } from '@couler/backend-local';
import type { CliCommand } from './cli-command';
import { coulerServerTarget } from './couler-server/couler-server-client';
import { printServerStatus } from './couler-server/server-commands';
import { elapsed, formatDuration } from './local/format-duration';
import { addHomeOption } from './local/local-options';
import { phaseSymbol } from './local/phase-symbol';
import { table, withState } from './local/with-state';
import { addRemoteOptions, wantsRemote, type RemoteOptions } from './remote/remote-options';
import { printRemoteStatus } from './remote/remote-status';

/** `couler status RUN`: a run's phase and every step instance's; with `--backend argo`, of a run on Argo. */
export const statusCommand: CliCommand = {
  name: 'status',
  register(program, context) {
    const command = program
      .command('status')
      .description('show a run: its phase and each step (attempts, time, why it failed); local engine unless --backend')
      .argument('<run>', 'run id (or its first characters); with --backend, the engine\'s name for it')
      .option('--json', 'print JSON');
    addRemoteOptions(command);
    return addHomeOption(command).action(async (id: string, options: RemoteOptions & { home?: string; json?: boolean }) => {
      const server = options.backend === undefined ? coulerServerTarget(options) : undefined;
      if (server) return printServerStatus(context, server, id, options);
      if (wantsRemote(options)) return printRemoteStatus(context, id, options);
      await withState(options.home, (store) => {
        const run = findRun(store, id);
        const steps = store.getSteps(run.id);
        const started = new Set(steps.map((step) => step.stepName));
        // Calls of sub-workflows run as their steps (call[i].step): list those, not the call alone.
        const { workflow } = expandSubWorkflows(run.workflow, run.parameters);
        const notStarted = [...workflow.spec.steps, ...(workflow.spec.onExit ?? [])].map((step) => step.name).filter((name) => !started.has(name));
        const tree = stepTree([...steps.map((step) => step.id), ...notStarted]);
        if (options.json) {
          const { workflow: _workflow, ...rest } = run;
          // The Prometheus metrics the run recorded (steps' and the workflow's), when it has any.
          const metrics = store.getMetrics(run.id);
          context.stdout.write(`${JSON.stringify({ ...rest, steps, notStarted, ...(run.workflow.spec.subWorkflows?.length && { tree }), ...(metrics.length > 0 && { metrics }) }, null, 2)}\n`);
          return;
        }
        const duration = elapsed(run.startedAt, run.finishedAt);
        const lines = [`${phaseSymbol(run.phase)} ${run.id}  ${run.workflowName}  ${run.phase}${duration === undefined ? '' : `  ${formatDuration(duration)}`}`];
        if (run.settings.sourceFile) lines.push(`  from ${run.settings.sourceFile}`);
        const parameters = Object.entries(run.parameters);
        if (parameters.length > 0) lines.push(`  parameters: ${parameters.map(([name, value]) => `${name}=${value}`).join(' ')}`);
        if (run.message) lines.push(...run.message.split('\n').map((line) => `  ${line}`));
        const byId = new Map(steps.map((step) => [step.id, step]));
        // A call opens into its iterations and their steps, indented under it.
        const rows: string[][] = [];
        const addRows = (nodes: ReadonlyArray<StepTreeNode>, depth: number) => {
          for (const node of nodes) {
            const indent = '  '.repeat(depth);
            const step = byId.get(node.id);
            if (node.kind === 'iteration') rows.push([`${indent}${node.id}`, '', '', '', '']);
            else if (step) {
              const time = elapsed(step.startedAt, step.finishedAt);
              const note = step.phase === 'Succeeded' ? '' : (step.message ?? '').split('\n')[0] ?? '';
              rows.push([`${indent}${step.id}`, `${phaseSymbol(step.phase)} ${step.phase}`, String(step.attempts), time === undefined ? '-' : formatDuration(time), note]);
            } else rows.push([`${indent}${node.id}`, `${phaseSymbol('Pending')} Pending`, '0', '-', '']);
            addRows(node.children, depth + 1);
          }
        };
        addRows(tree, 0);
        lines.push('', table([['STEP', 'PHASE', 'ATTEMPTS', 'TIME', 'NOTE'], ...rows]));
        context.stdout.write(`${lines.join('\n')}\n`);
      });
    });
  },
};
