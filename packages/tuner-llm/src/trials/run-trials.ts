import { runWorkflow, type EngineEvent } from '@couler/backend-local';
import { metricOutputOf, type Workflow } from '@couler/ir';
import type { Candidate } from '../space/candidate';
import { buildTrialWorkflow } from './trial-workflow';

/** Where and how trials run on the local engine. */
export interface TrialRunOptions {
  /** The engine's home (state, artifacts); default `$COULER_HOME`, else `~/.couler`. */
  readonly home?: string;
  /** Workflow parameter values (`--param`), besides the hyperparameters. */
  readonly parameters?: Readonly<Record<string, string>>;
  /** Trials training at once; default the engine's (the number of cores). */
  readonly parallelism?: number;
  readonly signal?: AbortSignal;
  readonly onEvent?: (event: EngineEvent) => void;
}

/** One candidate trained for real. */
export interface MeasuredTrial {
  readonly candidate: Candidate;
  /** The metric the step wrote; undefined when the trial failed or wrote none. */
  readonly metric?: number;
  /** Why there is no metric. */
  readonly error?: string;
  /** The local run it was measured in (`couler logs <run>`). */
  readonly runId: string;
  /** The fidelity parameter's value in this trial, for successive halving. */
  readonly fidelity?: number;
}

/**
 * Trains every candidate of a tunable step on the local engine, in one run of the trial
 * workflow (a `map` over them), and reads the metric each one wrote. A failed trial is
 * reported with its reason; the others still count.
 */
export async function runTrials(workflow: Workflow, stepName: string, candidates: ReadonlyArray<Candidate>, options: TrialRunOptions & { readonly fidelity?: number } = {}): Promise<MeasuredTrial[]> {
  if (candidates.length === 0) return [];
  const trial = buildTrialWorkflow(workflow, stepName, candidates);
  const step = workflow.spec.steps.find((candidate) => candidate.name === stepName)!;
  const tune = step.tune!;
  const output = metricOutputOf(tune, (step.outputs?.parameters ?? []).map((parameter) => parameter.name))!;
  const parameters = { ...options.parameters, ...(options.fidelity !== undefined && tune.fidelity && { [tune.fidelity.parameter]: String(options.fidelity) }) };
  const summary = await runWorkflow(trial, {
    ...(options.home !== undefined && { home: options.home }),
    ...(options.parallelism !== undefined && { parallelism: options.parallelism }),
    ...(options.signal && { signal: options.signal }),
    ...(options.onEvent && { onEvent: options.onEvent }),
    parameters,
  });
  return candidates.map((candidate, index) => {
    const record = summary.steps.find((entry) => entry.stepName === stepName && entry.mapIndex === index);
    const base = { candidate, runId: summary.runId, ...(options.fidelity !== undefined && { fidelity: options.fidelity }) };
    if (!record) return { ...base, error: `never ran: ${summary.message ?? `the run ended ${summary.phase}`}` };
    if (record.phase !== 'Succeeded' && record.phase !== 'Cached') return { ...base, error: `${record.phase.toLowerCase()}${record.message ? `: ${record.message}` : ''}` };
    const value = output === 'result' ? record.outputs.result : record.outputs.parameters[output];
    const metric = readMetric(value, tune.metric);
    return metric === undefined ? { ...base, error: `output "${output}" holds no number "${tune.metric}": ${JSON.stringify((value ?? '').slice(0, 120))}` } : { ...base, metric };
  });
}

/** A number, or a JSON number, or a JSON object holding the metric as a number. */
export function readMetric(text: string | undefined, metric: string): number | undefined {
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) value = (value as Record<string, unknown>)[metric];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
