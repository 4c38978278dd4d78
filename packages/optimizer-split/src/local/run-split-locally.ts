import { CoulerError, type Workflow } from '@couler/ir';
import type { SplitCrossing, SplitResult } from '../parts/split-types';

/** The part of a local run's summary that `runSplitLocally` reads (`RunSummary` of @couler/backend-local). */
export interface SplitLocalRunSummary {
  readonly runId: string;
  readonly phase: string;
  readonly message?: string;
  readonly steps: ReadonlyArray<{
    readonly stepName: string;
    readonly stage: 'main' | 'exit';
    readonly iteration: number;
    readonly mapIndex?: number;
    readonly phase: string;
    readonly outputs: { readonly result?: string; readonly parameters: Readonly<Record<string, string>> };
  }>;
}

/**
 * Runs one workflow to the end: `(workflow, options) => runWorkflow(workflow, { ...options, home })`
 * with @couler/backend-local. Injected, so that this package does not depend on an engine.
 */
export type SplitLocalRunner = (workflow: Workflow, options: { readonly parameters: Readonly<Record<string, string>> }) => Promise<SplitLocalRunSummary>;

export interface RunSplitLocallyOptions {
  readonly run: SplitLocalRunner;
  /** Values for the workflow's parameters, as for the whole workflow. */
  readonly parameters?: Readonly<Record<string, string>>;
}

export interface SplitRunResult {
  readonly phase: 'Succeeded' | 'Failed';
  readonly message?: string;
  /** The run of each part; `undefined` for a part that never started. */
  readonly runs: ReadonlyArray<SplitLocalRunSummary | undefined>;
  /** The value of every parameter that crossed parts, by crossing name. */
  readonly crossingValues: Readonly<Record<string, string>>;
}

const isSuccess = (phase: string) => phase === 'Succeeded' || phase === 'Cached';

/**
 * Runs the parts of a split workflow on the local engine: each part as soon as the parts it
 * depends on have succeeded (independent parts at the same time), handing each the outputs it
 * reads from earlier parts as parameters. Stops starting parts at the first failure.
 *
 * @throws CoulerError `UNSUPPORTED_BY_BACKEND` for a workflow with an exit handler: the local
 *   engine cannot hand the status of the whole split run to a separate exit-handler run.
 */
export async function runSplitLocally(split: SplitResult, options: RunSplitLocallyOptions): Promise<SplitRunResult> {
  if (split.workflow.spec.onExit?.length) {
    throw new CoulerError('UNSUPPORTED_BY_BACKEND', `The local backend cannot run the exit handler of split workflow "${split.workflow.metadata.name}" ("onExit"): it would not see the status of the whole run.`, {
      path: ['onExit'],
      hint: 'Run the workflow unsplit (it fits one machine anyway), or run the split on Argo, where the parent workflow runs the exit handler.',
    });
  }
  const partCount = split.parts.length;
  const runs: Array<SplitLocalRunSummary | undefined> = new Array(partCount).fill(undefined);
  const values: Record<string, string> = {};
  const exportsOf: SplitCrossing[][] = Array.from({ length: partCount }, () => []);
  for (const crossing of split.crossings) if (crossing.kind === 'parameter') exportsOf[crossing.producer.part]!.push(crossing);
  const started = new Uint8Array(partCount);
  const succeeded = new Uint8Array(partCount);
  let failure: string | undefined;

  const startReady = (): Array<Promise<void>> => {
    if (failure !== undefined) return [];
    const ready: Array<Promise<void>> = [];
    for (let part = 0; part < partCount; part++) {
      if (started[part] || !split.partDependencies[part]!.every((other) => succeeded[other])) continue;
      started[part] = 1;
      ready.push(runPart(part));
    }
    return ready;
  };
  const runPart = async (part: number): Promise<void> => {
    const workflow = split.parts[part]!;
    const declared = new Set((workflow.spec.parameters ?? []).map((parameter) => parameter.name));
    const parameters: Record<string, string> = {};
    for (const [name, value] of Object.entries(options.parameters ?? {})) if (declared.has(name)) parameters[name] = value;
    for (const name of declared) if (Object.hasOwn(values, name)) parameters[name] = values[name]!;
    const summary = await options.run(workflow, { parameters });
    runs[part] = summary;
    if (!isSuccess(summary.phase)) {
      failure ??= `Part ${part + 1} ("${workflow.metadata.name}") ended ${summary.phase}${summary.message ? `: ${summary.message}` : '.'}`;
      return;
    }
    for (const crossing of exportsOf[part]!) {
      const value = crossingValue(summary, crossing);
      if (value === undefined) {
        failure ??= `Output "${crossing.producer.output}" of step "${crossing.producer.step}" (part ${part + 1}) has no value, so the parts reading it cannot start.`;
        return;
      }
      values[crossing.name] = value;
    }
    succeeded[part] = 1;
    await Promise.all(startReady());
  };

  await Promise.all(startReady());
  return {
    phase: failure === undefined && succeeded.every((done) => done === 1) ? 'Succeeded' : 'Failed',
    ...(failure !== undefined && { message: failure }),
    runs,
    crossingValues: values,
  };
}

/**
 * The value of a crossing in the run of the part that produces it: what the reading step would
 * have seen in one run (the last iteration's value, or every map item's as a JSON list);
 * undefined when the producing step has none. For whatever runs parts apart (the server's queue).
 */
export function crossingValue(summary: SplitLocalRunSummary, crossing: SplitCrossing): string | undefined {
  const { step, output } = crossing.producer;
  const records = summary.steps.filter((record) => record.stage === 'main' && record.stepName === step);
  if (records.length === 0) return undefined;
  const last = Math.max(...records.map((record) => record.iteration));
  const recordValue = (record: (typeof records)[number]) => (output === 'result' ? record.outputs.result : record.outputs.parameters[output]);
  const current = records.filter((record) => record.iteration === last);
  if (crossing.type === 'list' && current.some((record) => record.mapIndex !== undefined)) {
    const items = current
      .filter((record) => record.mapIndex !== undefined && isSuccess(record.phase))
      .sort((a, b) => a.mapIndex! - b.mapIndex!)
      .map((record) => {
        const value = recordValue(record);
        return value === undefined ? null : parseJson(value);
      });
    return JSON.stringify(items);
  }
  const record = current.find((candidate) => isSuccess(candidate.phase));
  return record === undefined ? undefined : recordValue(record);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
