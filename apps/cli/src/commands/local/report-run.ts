import type { EngineEvent, RunSummary } from '@couler/backend-local';
import type { CliContext } from '../../cli-context';
import { createRunView, summaryLines, type RunViewMode } from './run-view';

export interface ReportOptions {
  json?: boolean;
  plain?: boolean;
}

/** The live view on a terminal, plain lines when piped or in CI, JSON lines with `--json`. */
export function viewMode(context: CliContext, options: ReportOptions): RunViewMode {
  if (options.json) return 'json';
  const tty = (context.stdout as { isTTY?: boolean }).isTTY === true;
  return tty && !options.plain && !process.env.CI ? 'tty' : 'plain';
}

/**
 * Runs `start` with a view of its events and Ctrl-C wired to cancel it (a second Ctrl-C quits
 * at once), then prints how it ended and what to do next. Exit code 0 only on success.
 */
export async function reportRun(
  context: CliContext,
  options: ReportOptions,
  start: (controls: { signal: AbortSignal; onEvent: (event: EngineEvent) => void }) => Promise<RunSummary>,
): Promise<RunSummary> {
  const mode = viewMode(context, options);
  const view = createRunView(mode, context.stdout);
  const controller = new AbortController();
  const onSignal = () => {
    if (controller.signal.aborted) process.exit(130);
    controller.abort();
    context.stderr.write('\nCancelling: stopping running steps (Ctrl-C again to quit at once)…\n');
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  let summary: RunSummary;
  try {
    summary = await start({ signal: controller.signal, onEvent: (event) => view.onEvent(event) });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    view.close();
  }
  if (mode !== 'json') {
    const text = `${summaryLines(summary).join('\n')}\n`;
    if (summary.phase === 'Succeeded') context.stdout.write(text);
    else context.stderr.write(text);
  }
  if (summary.phase !== 'Succeeded') context.exitCode = 1;
  return summary;
}
