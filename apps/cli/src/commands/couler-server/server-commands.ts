import type { Workflow } from '@couler/ir';
import type { CliContext } from '../../cli-context';
import { elapsed, formatDuration } from '../local/format-duration';
import { phaseSymbol } from '../local/phase-symbol';
import type { ReportOptions } from '../local/report-run';
import { table } from '../local/with-state';
import { getJson, type CoulerServerTarget } from './couler-server-client';
import { followServerRun, type ServerRunView } from './follow-server-run';
import { streamRunEvents } from './server-events';

const symbol = (phase: string) => (phase === 'Queued' ? phaseSymbol('Pending') : phaseSymbol(phase as 'Running'));
const runPath = (runId: string) => `/runs/${encodeURIComponent(runId)}`;

/** `couler run FILE --server URL`: submits, then follows the run like a local one. */
export async function runOnServer(context: CliContext, target: CoulerServerTarget, workflow: Workflow, options: ReportOptions & { param?: Record<string, string>; priority?: number }): Promise<void> {
  const submitted = await getJson<{ run: ServerRunView }>(target, 'POST', '/workflows', {
    workflow,
    ...(options.param && { parameters: options.param }),
    ...(options.priority !== undefined && { priority: options.priority }),
  });
  if (!options.json) context.stderr.write(`Submitted ${workflow.metadata.name} to ${target.url} as run ${submitted.run.id}\n`);
  await followServerRun(context, target, submitted.run.id, options);
}

/** `couler retry RUN --server URL [--from STEP]`. */
export async function retryOnServer(context: CliContext, target: CoulerServerTarget, runId: string, options: ReportOptions & { from?: string }): Promise<void> {
  // Only what the retry adds: the events of the earlier attempts were shown when they happened.
  let after = 0;
  for (;;) {
    const page = await getJson<{ items: unknown[]; next: number }>(target, 'GET', `${runPath(runId)}/events?after=${after}&limit=5000`);
    if (page.items.length === 0) break;
    after = page.next;
  }
  await getJson(target, 'POST', `${runPath(runId)}/retry`, options.from === undefined ? {} : { from: options.from });
  await followServerRun(context, target, runId, options, after);
}

/** `couler cancel RUN --server URL`. */
export async function cancelOnServer(context: CliContext, target: CoulerServerTarget, runId: string): Promise<void> {
  const run = await getJson<ServerRunView>(target, 'POST', `${runPath(runId)}/cancel`);
  context.stdout.write(run.phase === 'Cancelled' ? `⊘ ${run.id} cancelled before it started\n` : `⊘ ${run.id}: cancelling (its running steps are being stopped)\n`);
}

/** `couler runs --server URL`. */
export async function listServerRuns(context: CliContext, target: CoulerServerTarget, options: { limit: number; json?: boolean }): Promise<void> {
  const page = await getJson<{ items: ServerRunView[] }>(target, 'GET', `/runs?limit=${options.limit}`);
  if (options.json) {
    context.stdout.write(`${JSON.stringify(page.items, null, 2)}\n`);
    return;
  }
  if (page.items.length === 0) {
    context.stdout.write(`No runs on ${target.url}. Start one with: couler run <workflow file> --server ${target.url}\n`);
    return;
  }
  const rows = page.items.map((run) => {
    const duration = elapsed(run.startedAt ?? undefined, run.finishedAt ?? undefined);
    return [run.id, run.workflowName, `${symbol(run.phase)} ${run.phase}`, run.createdAt.replace('T', ' ').slice(0, 19), duration === undefined ? '-' : formatDuration(duration), run.cluster ?? '-'];
  });
  context.stdout.write(`${table([['RUN', 'WORKFLOW', 'PHASE', 'CREATED (UTC)', 'TIME', 'CLUSTER'], ...rows])}\n`);
}

/** `couler status RUN --server URL`. */
export async function printServerStatus(context: CliContext, target: CoulerServerTarget, runId: string, options: { json?: boolean }): Promise<void> {
  const run = await getJson<ServerRunView>(target, 'GET', runPath(runId));
  if (options.json) {
    context.stdout.write(`${JSON.stringify(run, null, 2)}\n`);
    return;
  }
  const duration = elapsed(run.startedAt ?? undefined, run.finishedAt ?? undefined);
  const lines = [`${symbol(run.phase)} ${run.id}  ${run.workflowName}  ${run.phase}${duration === undefined ? '' : `  ${formatDuration(duration)}`}${run.cluster ? `  on ${run.cluster}` : ''}`];
  if (run.waitReason) lines.push(`  ${run.waitReason}`);
  if (run.message) lines.push(...run.message.split('\n').map((line) => `  ${line}`));
  const rows = run.steps.map((step) => {
    const time = elapsed(step.startedAt ?? undefined, step.finishedAt ?? undefined);
    return [step.id, `${symbol(step.phase)} ${step.phase}`, String(step.attempts), time === undefined ? '-' : formatDuration(time), step.phase === 'Succeeded' ? '' : ((step.message ?? '').split('\n')[0] ?? '')];
  });
  for (const name of run.notStarted) rows.push([name, `${phaseSymbol('Pending')} Pending`, '0', '-', '']);
  lines.push('', table([['STEP', 'PHASE', 'ATTEMPTS', 'TIME', 'NOTE'], ...rows]));
  context.stdout.write(`${lines.join('\n')}\n`);
}

/** `couler logs RUN [STEP] [-f] --server URL`: the steps' lines, streamed to the end with -f. */
export async function printServerLogs(context: CliContext, target: CoulerServerTarget, runId: string, step: string | undefined, options: { follow?: boolean }): Promise<void> {
  let lastHeader = '';
  let printed = 0;
  const print = (stepId: string | null, line: string) => {
    const header = `==> ${stepId} <==`;
    if (step === undefined && header !== lastHeader) context.stdout.write(`${lastHeader ? '\n' : ''}${header}\n`);
    lastHeader = header;
    context.stdout.write(`${line}\n`);
    printed++;
  };
  if (options.follow) {
    for await (const event of streamRunEvents(target, runId, 'logs', { ...(step !== undefined && { step }) })) print(event.stepId, String(event.line));
  } else {
    let after = 0;
    for (;;) {
      const page = await getJson<{ items: Array<{ stepId: string | null; data: { line: string } }>; next: number }>(target, 'GET', `${runPath(runId)}/logs?after=${after}${step === undefined ? '' : `&step=${encodeURIComponent(step)}`}`);
      for (const item of page.items) print(item.stepId, item.data.line);
      if (page.items.length === 0 || page.next === after) break;
      after = page.next;
    }
  }
  if (printed === 0) context.stderr.write(`No output recorded for ${step === undefined ? `run ${runId}` : `"${step}" in run ${runId}`} yet.\n`);
}
