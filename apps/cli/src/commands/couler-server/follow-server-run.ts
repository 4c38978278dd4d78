import type { EngineEvent, RunSummary, StepRecord } from '@couler/backend-local';
import type { CliContext } from '../../cli-context';
import { reportRun, type ReportOptions } from '../local/report-run';
import { callServer, getJson, type CoulerServerTarget } from './couler-server-client';
import { streamRunEvents, type ServerRunEvent } from './server-events';

export interface ServerRunView {
  id: string;
  workflowName: string;
  phase: string;
  message: string | null;
  outputs: Record<string, string> | null;
  startedAt: string | null;
  finishedAt: string | null;
  createdAt: string;
  cluster: string | null;
  waitReason: string | null;
  priority: number;
  steps: Array<{ id: string; name: string; phase: string; attempts: number; message: string | null; exitCode: number | null; startedAt: string | null; finishedAt: string | null }>;
  notStarted: string[];
}

const ENGINE_EVENTS = new Set(['run-started', 'notice', 'step-started', 'step-log', 'step-retrying', 'step-finished', 'run-finished']);

/** The engine's events as they are; the server's own (queued, placed, waiting …) as notices. */
function toEngineEvent(runId: string, event: ServerRunEvent): EngineEvent {
  const { seq: _seq, type, stepId, ...fields } = event;
  if (ENGINE_EVENTS.has(type)) return { ...fields, type, runId, ...(stepId !== null && { stepId }) } as unknown as EngineEvent;
  return { type: 'notice', runId, message: typeof fields.message === 'string' ? fields.message : type };
}

function summaryOf(run: ServerRunView, target: CoulerServerTarget): RunSummary {
  const started = run.startedAt ?? run.createdAt;
  return {
    runId: run.id,
    workflowName: run.workflowName,
    phase: run.phase as RunSummary['phase'],
    ...(run.message !== null && { message: run.message }),
    steps: run.steps.map((step) => ({ ...step, stepName: step.name, runId: run.id }) as unknown as StepRecord),
    home: target.url,
    runDir: '',
    durationMs: run.finishedAt === null ? 0 : Date.parse(run.finishedAt) - Date.parse(started),
    ...(run.outputs !== null && { outputs: run.outputs }),
  };
}

/**
 * Shows a run on the server as `couler run` shows a local one (its events drawn live), until it
 * ends; Ctrl-C cancels it on the server. Exit code 0 only when it succeeded.
 */
export async function followServerRun(context: CliContext, target: CoulerServerTarget, runId: string, options: ReportOptions, after = 0): Promise<RunSummary> {
  return reportRun(context, options, async ({ signal, onEvent }) => {
    const cancel = () => void callServer(target, 'POST', `/runs/${encodeURIComponent(runId)}/cancel`).catch(() => undefined);
    signal.addEventListener('abort', cancel, { once: true });
    try {
      for await (const event of streamRunEvents(target, runId, 'events', { after })) onEvent(toEngineEvent(runId, event));
    } finally {
      signal.removeEventListener('abort', cancel);
    }
    return summaryOf(await getJson<ServerRunView>(target, 'GET', `/runs/${encodeURIComponent(runId)}`), target);
  });
}
