import type { RunStep } from '../api/api-client';
import { PhaseBadge } from './phase-badge';

/** Each step's start and duration on one time axis, from the run's start to its end (or now). */
export function GanttChart({ steps, startedAt, finishedAt }: { steps: ReadonlyArray<RunStep>; startedAt: string | null; finishedAt: string | null }) {
  const timed = steps.filter((step) => step.startedAt !== null);
  if (timed.length === 0 || startedAt === null) return <p>No step has started yet.</p>;
  const origin = Math.min(Date.parse(startedAt), ...timed.map((step) => Date.parse(step.startedAt!)));
  const end = Math.max(finishedAt ? Date.parse(finishedAt) : Date.now(), ...timed.map((step) => Date.parse(step.finishedAt ?? new Date().toISOString())));
  const span = Math.max(1, end - origin);
  return (
    <table className="gantt">
      <caption className="visually-hidden">Step timings</caption>
      <thead><tr><th scope="col">Step</th><th scope="col">Timeline ({(span / 1000).toFixed(1)} s)</th></tr></thead>
      <tbody>
        {timed.map((step) => {
          const start = Date.parse(step.startedAt!) - origin;
          const duration = (step.finishedAt ? Date.parse(step.finishedAt) : end) - Date.parse(step.startedAt!);
          return (
            <tr key={step.id}>
              <th scope="row">{step.name}</th>
              <td>
                <div className="gantt-track">
                  <div className={`gantt-bar phase-${step.phase.toLowerCase()}`} style={{ left: `${(start / span) * 100}%`, width: `${Math.max(0.5, (duration / span) * 100)}%` }} title={`${step.name}: ${(duration / 1000).toFixed(2)} s, ${step.phase}`} />
                </div>
                <span className="visually-hidden">starts at {(start / 1000).toFixed(2)} s, takes {(duration / 1000).toFixed(2)} s, <PhaseBadge phase={step.phase} /></span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
