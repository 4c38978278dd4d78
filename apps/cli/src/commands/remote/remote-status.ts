import type { CliContext } from '../../cli-context';
import { elapsed, formatDuration } from '../local/format-duration';
import { phaseSymbol } from '../local/phase-symbol';
import { table } from '../local/with-state';
import { remoteContext, type RemoteOptions } from './remote-options';

/** `couler status RUN --backend argo`: the run's phase and each step instance's, from the engine. */
export async function printRemoteStatus(context: CliContext, runId: string, options: RemoteOptions & { json?: boolean }): Promise<void> {
  const { backend, backendId, request } = await remoteContext(options, context.cwd);
  const status = await backend.doStatus({ backendId, runId, ...(options.namespace !== undefined && { namespace: options.namespace }) }, request);
  if (options.json) {
    context.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
    return;
  }
  const time = elapsed(status.startedAt, status.finishedAt);
  const lines = [`${phaseSymbol(status.phase)} ${runId}  ${status.phase}${time === undefined ? '' : `  ${formatDuration(time)}`}`];
  if (status.run.url) lines.push(`  ${status.run.url}`);
  if (status.message) lines.push(...status.message.split('\n').map((line) => `  ${line}`));
  const rows = status.steps.map((step) => {
    const took = elapsed(step.startedAt, step.finishedAt);
    return [step.name, `${phaseSymbol(step.phase)} ${step.phase}`, took === undefined ? '-' : formatDuration(took), step.phase === 'Succeeded' ? '' : ((step.message ?? '').split('\n')[0] ?? '')];
  });
  lines.push('', table([['STEP', 'PHASE', 'TIME', 'NOTE'], ...rows]));
  context.stdout.write(`${lines.join('\n')}\n`);
}
