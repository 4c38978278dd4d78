import { CoulerError } from '@couler/ir';
import type { StepExecution, Workload, WorkloadRun, WorkloadStep } from '../model/workload';
import type { TraceEvent } from './trace-format';

type Json = Record<string, unknown>;

/**
 * Reads a cache trace (see `trace-format.ts`) into a workload. Every problem is a `CoulerError`
 * naming the line: `INVALID_DOCUMENT` for a line that is not a JSON object, `INVALID_FIELD` for a
 * missing or mistyped field or an event out of place, `UNKNOWN_STEP` for a step the workflow does
 * not have, `CYCLE` when the reads make the DAG cyclic.
 */
export function parseTrace(text: string): Workload {
  let workflow: { name: string; steps: Array<{ name: string; inputs: Set<string> }> } | undefined;
  const stepIndex = new Map<string, number>();
  const runs: Array<{ id: string; executions: StepExecution[]; produced: Map<string, string> }> = [];
  const lines = text.split(/\r?\n/);

  lines.forEach((raw, lineIndex) => {
    const line = lineIndex + 1;
    const source = raw.trim();
    if (source === '' || source.startsWith('#')) return;
    const event = parseLine(source, line);
    const fail = (field: string, message: string, hint?: string) =>
      new CoulerError('INVALID_FIELD', `Line ${line}: ${message}`, { path: ['trace', line, field], ...(hint && { hint }) });
    const text = (field: string) => {
      const value = event[field];
      if (typeof value !== 'string' || value === '') throw fail(field, `"${field}" must be a non-empty string.`);
      return value;
    };
    const amount = (field: string) => {
      const value = event[field];
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw fail(field, `"${field}" must be a number, 0 or more.`);
      return value;
    };
    const type = text('type') as TraceEvent['type'];
    if (type !== 'workflow' && workflow === undefined) {
      throw fail('type', `a "${type}" event before the "workflow" line.`, 'A trace starts with {"type":"workflow",…}.');
    }
    const knownStep = (field: string) => {
      const name = text(field);
      if (!stepIndex.has(name)) {
        throw new CoulerError('UNKNOWN_STEP', `Line ${line}: step "${name}" is not in the trace's workflow.`, { path: ['trace', line, field], stepIds: [name] });
      }
      return name;
    };
    const currentRun = () => {
      const run = runs.at(-1);
      const id = text('run');
      if (!run || run.id !== id) throw fail('run', `event of run "${id}" outside that run: put it after {"type":"run","id":"${id}"} and before the next run.`);
      return run;
    };
    switch (type) {
      case 'workflow': {
        if (workflow) throw fail('type', 'a second "workflow" line.');
        const steps = event.steps;
        if (!Array.isArray(steps)) throw fail('steps', '"steps" must be a list of {"name", "inputs"}.');
        workflow = { name: text('name'), steps: [] };
        steps.forEach((step: unknown, index) => {
          const item = step as Json;
          if (typeof item !== 'object' || item === null || typeof item.name !== 'string' || item.name === '') throw fail('steps', `step ${index} needs a "name".`);
          if (stepIndex.has(item.name)) throw new CoulerError('DUPLICATE_STEP', `Line ${line}: there can be only one step named "${item.name}".`, { path: ['trace', line, 'steps'], stepIds: [item.name] });
          const inputs = item.inputs ?? [];
          if (!Array.isArray(inputs) || inputs.some((input) => typeof input !== 'string')) throw fail('steps', `the inputs of step "${item.name}" must be a list of step names.`);
          stepIndex.set(item.name, index);
          workflow!.steps.push({ name: item.name, inputs: new Set(inputs as string[]) });
        });
        for (const step of workflow.steps) {
          for (const input of step.inputs) {
            if (!stepIndex.has(input)) throw new CoulerError('UNKNOWN_STEP', `Line ${line}: step "${step.name}" reads from "${input}", which is not a step.`, { path: ['trace', line, 'steps'], stepIds: [step.name] });
          }
        }
        return;
      }
      case 'run': {
        const id = text('id');
        if (runs.some((run) => run.id === id)) throw fail('id', `run "${id}" opened twice.`);
        runs.push({ id, executions: [], produced: new Map() });
        return;
      }
      case 'artifact-produced': {
        const run = currentRun();
        const step = knownStep('step');
        if (run.produced.has(step)) throw fail('step', `step "${step}" produced twice in run "${run.id}".`);
        const version = text('version');
        run.produced.set(step, version);
        run.executions.push({ step, version, bytes: amount('bytes'), computeSeconds: amount('computeSeconds') });
        return;
      }
      case 'artifact-read': {
        const run = currentRun();
        const step = knownStep('step');
        const from = knownStep('from');
        const version = text('version');
        if (run.produced.get(from) !== version) {
          throw fail('version', `step "${step}" reads version "${version}" of "${from}", which run "${run.id}" has not produced before this line.`);
        }
        workflow!.steps[stepIndex.get(step)!]!.inputs.add(from);
        return;
      }
      default:
        throw fail('type', `unknown event type "${String(type)}".`, 'Known types: workflow, run, artifact-produced, artifact-read.');
    }
  });
  if (!workflow) throw new CoulerError('INVALID_DOCUMENT', 'The trace is empty: it needs a "workflow" line.', { path: ['trace'] });
  const steps = topologicalSteps(workflow.steps);
  const result: WorkloadRun[] = runs.map(({ id, executions }) => ({ id, executions }));
  return { name: workflow.name, steps, runs: result };
}

function parseLine(source: string, line: number): Json {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    throw new CoulerError('INVALID_DOCUMENT', `Line ${line} is not JSON: ${(error as Error).message}`, { path: ['trace', line], cause: error });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CoulerError('INVALID_DOCUMENT', `Line ${line} is not a JSON object.`, { path: ['trace', line] });
  }
  return value as Json;
}

/** Kahn's order, ties broken by position in the workflow line; a cycle is an error. */
function topologicalSteps(steps: ReadonlyArray<{ name: string; inputs: Set<string> }>): WorkloadStep[] {
  const remaining = new Map(steps.map((step) => [step.name, new Set(step.inputs)]));
  const ordered: WorkloadStep[] = [];
  while (remaining.size > 0) {
    const ready = steps.find((step) => remaining.has(step.name) && [...remaining.get(step.name)!].every((input) => !remaining.has(input)));
    if (!ready) {
      const stuck = [...remaining.keys()];
      throw new CoulerError('CYCLE', `The trace's steps depend on each other in a cycle: ${stuck.map((name) => `"${name}"`).join(', ')}.`, { path: ['trace'], stepIds: stuck });
    }
    remaining.delete(ready.name);
    ordered.push({ name: ready.name, inputs: [...ready.inputs] });
  }
  return ordered;
}
