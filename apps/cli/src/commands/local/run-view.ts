import type { EngineEvent, RunSummary } from '@couler/backend-local';
import { describeBytes } from '@couler/ir';
import type { CliOutput } from '../../cli-context';
import { formatDuration } from './format-duration';
import { phaseSymbol } from './phase-symbol';

/** Draws a run as it goes, from the engine's events. */
export interface RunView {
  onEvent(event: EngineEvent): void;
  /** Stops redrawing; call once the run has finished. */
  close(): void;
}

export type RunViewMode = 'tty' | 'plain' | 'json';

const firstLine = (text: string | undefined) => (text ?? '').split('\n')[0] ?? '';

function finishedLine(event: Extract<EngineEvent, { type: 'step-finished' }>): string {
  const duration = event.durationMs > 0 ? ` (${formatDuration(event.durationMs)})` : '';
  const why = event.message === undefined ? '' : `: ${firstLine(event.message)}`;
  return `${phaseSymbol(event.phase)} ${event.stepId} ${event.phase.toLowerCase()}${duration}${why}`;
}

function progressLine(event: Extract<EngineEvent, { type: 'artifact-progress' }>): string {
  const total = event.totalBytes === undefined ? '' : ` of ${describeBytes(event.totalBytes)}`;
  return `${event.direction === 'download' ? '⇣' : '⇡'} ${event.artifact} ${describeBytes(event.bytes)}${total}`;
}

/** One line per event, for logs and pipes. */
function plainView(output: CliOutput): RunView {
  return {
    onEvent(event) {
      switch (event.type) {
        case 'run-started':
          output.write(`${event.resumed ? 'Resuming' : 'Running'} ${event.workflow} as run ${event.runId} (${event.steps.length} ${event.steps.length === 1 ? 'step' : 'steps'})\n`);
          break;
        case 'notice':
          output.write(`! ${event.message}\n`);
          break;
        case 'step-started':
          output.write(`▶ ${event.stepId}\n`);
          break;
        case 'artifact-progress':
          output.write(`  ${event.stepId}: ${progressLine(event)}\n`);
          break;
        case 'step-retrying':
          output.write(`⟳ ${event.stepId}: attempt ${event.attempt} in ${formatDuration(event.delayMs)} after ${event.reason}\n`);
          break;
        case 'step-finished':
          output.write(`${finishedLine(event)}\n`);
          break;
        default:
          break;
      }
    },
    close() {},
  };
}

/** JSON lines: every event as it is, for machines. */
function jsonView(output: CliOutput): RunView {
  return { onEvent: (event) => output.write(`${JSON.stringify(event)}\n`), close() {} };
}

/**
 * The live view: finished steps scroll by as permanent lines; below them a block redrawn ten
 * times a second shows the counts, the elapsed time and each running step with its last log line.
 */
function ttyView(output: CliOutput & { columns?: number }): RunView {
  const running = new Map<string, { since: number; line: string }>();
  const counts = new Map<string, number>();
  let runId = '';
  let workflow = '';
  let started = Date.now();
  let drawn = 0;
  const width = () => Math.max(40, (output.columns ?? 100) - 1);
  const clip = (text: string) => (text.length > width() ? `${text.slice(0, width() - 1)}…` : text);
  const erase = () => {
    if (drawn > 0) output.write(`\x1b[${drawn}A\x1b[0J`);
    drawn = 0;
  };
  const draw = () => {
    erase();
    const tally = ['Succeeded', 'Cached', 'Skipped', 'Failed', 'Error', 'Omitted']
      .filter((phase) => (counts.get(phase) ?? 0) > 0)
      .map((phase) => `${counts.get(phase)} ${phase.toLowerCase()}`)
      .join(', ');
    const lines = [`${workflow} ${runId} · ${formatDuration(Date.now() - started)} · ${running.size} running${tally ? `, ${tally}` : ''}`];
    for (const [id, state] of running) lines.push(`  ⟳ ${id} ${formatDuration(Date.now() - state.since)}${state.line ? ` │ ${state.line.trim()}` : ''}`);
    output.write(`${lines.map(clip).join('\n')}\n`);
    drawn = lines.length;
  };
  const permanent = (text: string) => {
    erase();
    output.write(`${text}\n`);
    draw();
  };
  const timer = setInterval(draw, 100);
  timer.unref();
  return {
    onEvent(event) {
      switch (event.type) {
        case 'run-started':
          runId = event.runId;
          workflow = event.workflow;
          started = Date.parse(event.at);
          permanent(`${event.resumed ? 'Resuming' : 'Running'} ${event.workflow} as run ${event.runId}`);
          break;
        case 'notice':
          permanent(`! ${event.message}`);
          break;
        case 'step-started':
          running.set(event.stepId, { since: Date.parse(event.at), line: '' });
          break;
        case 'step-log': {
          const state = running.get(event.stepId);
          if (state && event.line.trim() !== '') state.line = event.line;
          break;
        }
        case 'artifact-progress': {
          const state = running.get(event.stepId);
          if (state) state.line = progressLine(event);
          break;
        }
        case 'step-retrying':
          permanent(`⟳ ${event.stepId}: attempt ${event.attempt} in ${formatDuration(event.delayMs)} after ${event.reason}`);
          break;
        case 'step-finished':
          running.delete(event.stepId);
          counts.set(event.phase, (counts.get(event.phase) ?? 0) + 1);
          permanent(finishedLine(event));
          break;
        case 'run-finished':
          break;
      }
    },
    close() {
      clearInterval(timer);
      erase();
    },
  };
}

export function createRunView(mode: RunViewMode, output: CliOutput): RunView {
  if (mode === 'json') return jsonView(output);
  if (mode === 'tty') return ttyView(output as CliOutput & { columns?: number });
  return plainView(output);
}

/** The closing lines: how it ended and, when it did not succeed, what to do next. */
export function summaryLines(summary: RunSummary): string[] {
  const counts = new Map<string, number>();
  for (const step of summary.steps) counts.set(step.phase, (counts.get(step.phase) ?? 0) + 1);
  const tally = [...counts].map(([phase, count]) => `${count} ${phase.toLowerCase()}`).join(', ');
  const head = `${phaseSymbol(summary.phase)} ${summary.runId} ${summary.phase.toLowerCase()} in ${formatDuration(summary.durationMs)}${tally ? ` (${tally})` : ''}`;
  if (summary.phase === 'Succeeded') {
    // The workflow's outputs, one per line; a long value is cut (the summary's JSON has it whole).
    const outputs = Object.entries(summary.outputs ?? {}).map(([name, value]) => `  output ${name} = ${value.length > 200 ? `${value.slice(0, 200)}…` : value}`);
    return [head, ...outputs];
  }
  const lines = [head];
  if (summary.message) lines.push(...summary.message.split('\n').map((line) => `  ${line}`));
  const failed = summary.steps.find((step) => step.phase === 'Failed' || step.phase === 'Error');
  if (summary.phase === 'Cancelled') lines.push(`  next: couler resume ${summary.runId}   (finished steps are kept)`);
  else {
    const logs = failed ? `couler logs ${summary.runId} ${failed.id}` : `couler status ${summary.runId}`;
    lines.push(`  next: ${logs}   then fix the cause and: couler retry ${summary.runId}`);
  }
  return lines;
}
