import type { BackendV1RunStatus, BackendV1StepStatus } from '@couler/ir';
import type { CliOutput } from '../../cli-context';
import { elapsed, formatDuration } from '../local/format-duration';
import { phaseSymbol } from '../local/phase-symbol';

/** Draws a remote run from successive status snapshots. */
export interface RemoteRunView {
  update(status: BackendV1RunStatus): void;
  close(): void;
}

const firstLine = (text: string | undefined) => (text ?? '').split('\n')[0] ?? '';

function stepLine(step: BackendV1StepStatus, now: number): string {
  const time = elapsed(step.startedAt, step.finishedAt, now);
  const duration = time === undefined || step.phase === 'Pending' ? '' : ` (${formatDuration(time)})`;
  const why = step.message && step.phase !== 'Succeeded' ? `: ${firstLine(step.message)}` : '';
  return `${phaseSymbol(step.phase)} ${step.name} ${step.phase.toLowerCase()}${duration}${why}`;
}

/** One line whenever a step (or the run) changes phase: for pipes, CI and logs. */
function plainView(output: CliOutput): RemoteRunView {
  const seen = new Map<string, string>();
  let runPhase = '';
  return {
    update(status) {
      if (status.phase !== runPhase) {
        runPhase = status.phase;
        if (status.phase === 'Pending' || status.phase === 'Running') output.write(`${phaseSymbol(status.phase)} ${status.run.runId} ${status.phase.toLowerCase()}\n`);
      }
      for (const step of status.steps) {
        if (seen.get(step.name) === step.phase || (step.phase === 'Pending' && !seen.has(step.name))) continue;
        seen.set(step.name, step.phase);
        output.write(step.phase === 'Running' ? `▶ ${step.name}\n` : `${stepLine(step, Date.now())}\n`);
      }
    },
    close() {},
  };
}

/**
 * The live view: a block redrawn on each snapshot and ten times a second, with the run's phase,
 * the time so far, the tally and every step with its phase; it stays on screen when done.
 */
function ttyView(output: CliOutput & { columns?: number }): RemoteRunView {
  let last: BackendV1RunStatus | undefined;
  let drawn = 0;
  const width = () => Math.max(40, (output.columns ?? 100) - 1);
  const clip = (text: string) => (text.length > width() ? `${text.slice(0, width() - 1)}…` : text);
  const draw = () => {
    if (!last) return;
    if (drawn > 0) output.write(`\x1b[${drawn}A\x1b[0J`);
    const now = Date.now();
    const counts = new Map<string, number>();
    for (const step of last.steps) counts.set(step.phase, (counts.get(step.phase) ?? 0) + 1);
    const tally = [...counts].map(([phase, count]) => `${count} ${phase.toLowerCase()}`).join(', ');
    const time = elapsed(last.startedAt, last.finishedAt, now);
    const lines = [`${phaseSymbol(last.phase)} ${last.run.runId} · ${last.phase.toLowerCase()}${time === undefined ? '' : ` · ${formatDuration(time)}`}${tally ? ` · ${tally}` : ''}`];
    for (const step of last.steps) lines.push(`  ${stepLine(step, now)}`);
    output.write(`${lines.map(clip).join('\n')}\n`);
    drawn = lines.length;
  };
  const timer = setInterval(draw, 100);
  timer.unref();
  return {
    update(status) {
      last = status;
      draw();
    },
    close() {
      clearInterval(timer);
      draw();
    },
  };
}

export function createRemoteRunView(mode: 'tty' | 'plain', output: CliOutput): RemoteRunView {
  return mode === 'tty' ? ttyView(output as CliOutput & { columns?: number }) : plainView(output);
}
