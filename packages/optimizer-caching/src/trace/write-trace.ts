import type { Workload } from '../model/workload';
import type { TraceEvent } from './trace-format';

/** A workload as a cache trace (JSON Lines): the format `parseTrace` reads and engines export. */
export function writeTrace(workload: Workload): string {
  const events: TraceEvent[] = [{ type: 'workflow', name: workload.name, steps: workload.steps.map(({ name, inputs }) => ({ name, inputs: [...inputs] })) }];
  const inputsOf = new Map(workload.steps.map((step) => [step.name, step.inputs]));
  for (const run of workload.runs) {
    events.push({ type: 'run', id: run.id });
    const produced = new Map<string, { version: string; bytes: number }>();
    for (const execution of run.executions) {
      for (const from of inputsOf.get(execution.step) ?? []) {
        const input = produced.get(from);
        if (input) events.push({ type: 'artifact-read', run: run.id, step: execution.step, from, version: input.version, bytes: input.bytes });
      }
      events.push({ type: 'artifact-produced', run: run.id, step: execution.step, version: execution.version, bytes: execution.bytes, computeSeconds: execution.computeSeconds });
      produced.set(execution.step, { version: execution.version, bytes: execution.bytes });
    }
  }
  return `${events.map((event) => JSON.stringify(event)).join('\n')}\n`;
}
