import type { BackendV1RequestOptions, BackendV1RunHandle, BackendV1RunStatus } from '@couler/ir';
import type { CliContext } from '../../cli-context';
import type { RemoteBackend } from '../../backends';
import { elapsed, formatDuration } from '../local/format-duration';
import { phaseSymbol } from '../local/phase-symbol';
import { viewMode } from '../local/report-run';
import { createRemoteRunView } from './remote-run-view';

export interface WatchOptions {
  readonly intervalMs: number;
  readonly plain?: boolean;
  /** Flags for the "next:" hints (`--backend argo --server … -n …`). */
  readonly flags: string;
}

/**
 * Polls a remote run's status until it ends, drawing it live on a terminal (plain lines
 * otherwise), then prints how it ended; exit code 0 only when it succeeded. Ctrl-C stops
 * watching; the run goes on on the engine.
 */
export async function watchRun(context: CliContext, backend: RemoteBackend, run: BackendV1RunHandle, request: BackendV1RequestOptions, options: WatchOptions): Promise<BackendV1RunStatus | undefined> {
  const mode = viewMode(context, { plain: options.plain }) === 'tty' ? 'tty' : 'plain';
  const view = createRemoteRunView(mode, context.stdout);
  const controller = new AbortController();
  const onSignal = () => controller.abort(new Error('interrupted'));
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  let status: BackendV1RunStatus | undefined;
  try {
    for (;;) {
      status = await backend.doStatus(run, { ...request, abortSignal: controller.signal });
      view.update(status);
      if (status.phase !== 'Pending' && status.phase !== 'Running') break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, options.intervalMs);
        controller.signal.addEventListener(
          'abort',
          () => {
            clearTimeout(timer);
            resolve();
          },
          { once: true },
        );
      });
      if (controller.signal.aborted) break;
    }
  } catch (error) {
    if (!controller.signal.aborted) throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    view.close();
  }
  if (controller.signal.aborted) {
    context.stderr.write(`Stopped watching; ${run.runId} goes on. Again: couler watch ${run.runId} ${options.flags}\n`);
    context.exitCode = 130;
    return status;
  }
  const final = status!;
  const counts = new Map<string, number>();
  for (const step of final.steps) counts.set(step.phase, (counts.get(step.phase) ?? 0) + 1);
  const tally = [...counts].map(([phase, count]) => `${count} ${phase.toLowerCase()}`).join(', ');
  const time = elapsed(final.startedAt, final.finishedAt);
  const head = `${phaseSymbol(final.phase)} ${run.runId} ${final.phase.toLowerCase()}${time === undefined ? '' : ` in ${formatDuration(time)}`}${tally ? ` (${tally})` : ''}`;
  if (final.phase === 'Succeeded') {
    context.stdout.write(`${head}\n`);
    return final;
  }
  const lines = [head];
  if (final.message) lines.push(...final.message.split('\n').map((line) => `  ${line}`));
  const failed = final.steps.find((step) => step.phase === 'Failed' || step.phase === 'Error');
  lines.push(`  next: couler logs ${run.runId}${failed ? ` ${failed.name}` : ''} ${options.flags}`);
  context.stderr.write(`${lines.join('\n')}\n`);
  context.exitCode = 1;
  return final;
}
