import { assertValid, CoulerError, type Scalar, type Step, type TuneSpec, type Workflow } from '@couler/ir';
import type { LlmClient } from '@couler/llm';
import { predictTrainingLogs, type Prediction } from './algorithm/predict-training-logs';
import { spearmanRho } from './algorithm/rank';
import type { DataCard } from './cards/data-card';
import type { ModelCard } from './cards/model-card';
import { zooModelCardOf } from './cards/zoo-model-cards';
import { checkCandidate, formatCandidate, formatNumber, type Candidate } from './space/candidate';
import { sampleCandidates } from './space/sample-candidates';
import { randomSearch, type SearchResult } from './search/random-search';
import { successiveHalving } from './search/successive-halving';
import type { CandidateReport, StepTuneReport, TuneReport } from './tune-report';
import { runTrials, type MeasuredTrial, type TrialRunOptions } from './trials/run-trials';

export interface TuneOptions {
  /** The LLM for Algorithm 4. Without one, the tuner trains candidates for real instead. */
  readonly llm?: LlmClient;
  /** Required with an LLM: what the model is told about the data. */
  readonly dataCard?: DataCard;
  /** What the model is told about the model; default the step zoo's card for zoo jobs. */
  readonly modelCard?: ModelCard;
  /** H: this many candidates sampled from each space (default 8), or these explicit ones. */
  readonly candidates?: number | ReadonlyArray<Record<string, unknown>>;
  /** Seeds the sampling (default 42). */
  readonly seed?: number;
  /** With an LLM: train the K best predicted for real and keep the measured best. */
  readonly verify?: number;
  /** Without an LLM: real trainings allowed per step (default: the number of candidates). */
  readonly budget?: number;
  /** Without an LLM: `successive-halving` (default when the step has a fidelity) or `random-search`. */
  readonly strategy?: 'random-search' | 'successive-halving';
  /** Only these tunable steps (default all). */
  readonly steps?: ReadonlyArray<string>;
  /** How trials run on the local engine. */
  readonly trials?: TrialRunOptions;
  /** Progress, one line at a time. */
  readonly onProgress?: (message: string) => void;
}

const DEFAULT_CANDIDATES = 8;
const DEFAULT_SEED = 42;

/**
 * Tunes every step marked `tune`: picks h_t and makes it the default of the workflow
 * parameters of the step's space. With an LLM, by Algorithm 4 (predicted training logs,
 * optionally verified by training the top K); without, by training candidates for real
 * (successive halving when the step declares a fidelity, else random search).
 * @throws CoulerError `INVALID_WORKFLOW` for an invalid workflow, `INVALID_FIELD` for bad options,
 *   `UNKNOWN_STEP` for a step in `steps` that is not tunable, and LLM errors.
 */
export async function tuneWorkflow(workflow: Workflow, options: TuneOptions = {}): Promise<{ workflow: Workflow; report: TuneReport }> {
  assertValid(workflow);
  const tunable = workflow.spec.steps.filter((step) => step.tune !== undefined);
  for (const name of options.steps ?? []) {
    if (!tunable.some((step) => step.name === name)) {
      throw new CoulerError('UNKNOWN_STEP', `Workflow "${workflow.metadata.name}" has no tunable step "${name}".`, { hint: tunable.length > 0 ? `Its tunable steps: ${tunable.map((step) => step.name).join(', ')}.` : 'Mark a step with tune: { space, metric, goal }.' });
    }
  }
  const chosenSteps = tunable.filter((step) => !options.steps || options.steps.includes(step.name));
  if (chosenSteps.length === 0) {
    throw new CoulerError('INVALID_FIELD', `Workflow "${workflow.metadata.name}" has no step marked tunable.`, { hint: "Add tune: { space: { … }, metric: 'accuracy', goal: 'maximize' } to the step that trains, and read its hyperparameters from workflow parameters." });
  }
  checkCounts(options);
  const notes = options.llm ? [] : ['No LLM is configured, so no training log was predicted: candidates were trained for real on the local engine.'];
  const reports: StepTuneReport[] = [];
  let tuned = workflow;
  for (const step of chosenSteps) {
    const report = options.llm ? await tuneWithLlm(tuned, step, options.llm, options) : await tuneByTraining(tuned, step, options);
    reports.push(report);
    tuned = withDefaults(tuned, report.chosen);
  }
  assertValid(tuned);
  return { workflow: tuned, report: { steps: reports, notes, ...(options.llm && { usage: options.llm.usage }) } };
}

async function tuneWithLlm(workflow: Workflow, step: Step, llm: LlmClient, options: TuneOptions): Promise<StepTuneReport> {
  const tune = step.tune!;
  const seed = options.seed ?? DEFAULT_SEED;
  const dataCard = options.dataCard;
  if (!dataCard) throw new CoulerError('INVALID_FIELD', `Tuning step "${step.name}" with an LLM needs a Data Card: what the model is told about the data.`, { path: ['dataCard'], hint: 'Pass --data-card FILE (JSON or YAML: name, inputType, labels, metrics, size).' });
  const modelCard = options.modelCard ?? zooModelCardOf(step);
  if (!modelCard) throw new CoulerError('INVALID_FIELD', `Tuning step "${step.name}" with an LLM needs a Model Card; it is not a step-zoo job, which would have a default one.`, { path: ['modelCard'], hint: 'Pass --model-card FILE (JSON or YAML: name, structure, description, architecture).' });
  const candidates = candidateSet(tune, options, seed, step.name);
  options.onProgress?.(`${step.name}: predicting ${candidates.length} training logs with ${llm.config.model}`);
  let done = 0;
  const predicted = await predictTrainingLogs({
    client: llm,
    dataCard,
    modelCard,
    candidates,
    space: tune.space,
    metric: tune.metric,
    goal: tune.goal,
    onPrediction: (index, prediction) => options.onProgress?.(`${step.name}: ${++done}/${candidates.length} ${formatCandidate(candidates[index]!)} → ${'log' in prediction ? `${tune.metric} ${formatNumber(prediction.log.finalMetric)}` : 'no usable prediction'}`),
  });
  const rankOf = new Map(predicted.ranking.map((index, position) => [index, position + 1]));
  const finalOf = (index: number) => ((predicted.predictions[index] as { log?: { finalMetric: number } }).log?.finalMetric);
  let chosen = predicted.best;
  let reason = `${formatCandidate(candidates[chosen]!)} has the best predicted final ${tune.metric} (${formatNumber(finalOf(chosen)!)}) of ${countPredicted(predicted.predictions)} predicted candidates${runnerUp(predicted.ranking, candidates, finalOf, tune.metric)}.`;
  const reasoning = (predicted.predictions[chosen] as { log?: { reasoning: string } }).log?.reasoning;
  if (reasoning) reason += ` The model's reasoning: ${reasoning}`;
  let measured: MeasuredTrial[] = [];
  let spearman: number | undefined;
  const verify = Math.min(options.verify ?? 0, countPredicted(predicted.predictions));
  if (verify > 0) {
    const top = predicted.ranking.slice(0, verify);
    options.onProgress?.(`${step.name}: training the ${verify} best predicted for real on the local engine`);
    measured = await runTrials(workflow, step.name, top.map((index) => candidates[index]!), options.trials);
    const pairs = measured.map((trial, position) => ({ trial, index: top[position]! })).filter(({ trial }) => trial.metric !== undefined);
    spearman = spearmanRho(pairs.map(({ index }) => finalOf(index)!), pairs.map(({ trial }) => trial.metric!));
    const best = pairs.sort((a, b) => (tune.goal === 'maximize' ? b.trial.metric! - a.trial.metric! : a.trial.metric! - b.trial.metric!))[0];
    if (best) {
      const agreed = best.index === chosen;
      chosen = best.index;
      reason = `${formatCandidate(candidates[chosen]!)} has the best measured ${tune.metric} (${formatNumber(best.trial.metric!)}) of the ${verify} best predicted, trained for real${agreed ? '; it was also the best predicted' : `; the best predicted was ${formatCandidate(candidates[predicted.best]!)}`}.${spearman === undefined ? '' : ` Spearman's rho of predicted against measured: ${spearman.toFixed(2)}.`}`;
    } else reason += ` None of the ${verify} verification trainings succeeded, so the prediction stands.`;
  }
  const measuredOf = new Map(measured.map((trial) => [trial.candidate, trial]));
  return {
    step: step.name,
    metric: tune.metric,
    goal: tune.goal,
    tuner: 'llm',
    promptTemplate: predicted.template,
    seed,
    candidates: candidates.map((candidate, index): CandidateReport => {
      const prediction = predicted.predictions[index]!;
      const trial = measuredOf.get(candidate);
      return {
        candidate,
        ...('log' in prediction ? { predicted: prediction.log, predictedRank: rankOf.get(index)! } : { predictionError: prediction.error }),
        ...(trial?.metric !== undefined && { measured: trial.metric }),
        ...(trial?.error !== undefined && { measuredError: trial.error }),
        trainings: trial ? 1 : 0,
      };
    }),
    chosen: candidates[chosen]!,
    reason,
    trainings: measured.length,
    ...(spearman !== undefined && { spearmanRho: spearman }),
    runIds: [...new Set(measured.map((trial) => trial.runId))],
  };
}

async function tuneByTraining(workflow: Workflow, step: Step, options: TuneOptions): Promise<StepTuneReport> {
  const tune = step.tune!;
  const seed = options.seed ?? DEFAULT_SEED;
  const budget = options.budget ?? (typeof options.candidates === 'number' ? options.candidates : DEFAULT_CANDIDATES);
  const strategy = options.strategy ?? (tune.fidelity ? 'successive-halving' : 'random-search');
  if (strategy === 'successive-halving' && !tune.fidelity) {
    throw new CoulerError('INVALID_FIELD', `Successive halving needs a fidelity on step "${step.name}": a parameter that sets how much a trial trains.`, { path: ['steps', step.name, 'tune', 'fidelity'], hint: "Add fidelity: { parameter: 'epochs', min: 1, max: 27 } to its tune, or use random search." });
  }
  const evaluate = (candidates: ReadonlyArray<Candidate>, fidelity?: number) => {
    options.onProgress?.(`${step.name}: training ${candidates.length} candidate${candidates.length === 1 ? '' : 's'}${fidelity === undefined ? '' : ` at ${tune.fidelity!.parameter}=${formatNumber(fidelity)}`} on the local engine`);
    return runTrials(workflow, step.name, candidates, { ...options.trials, ...(fidelity !== undefined && { fidelity }) });
  };
  let search: SearchResult;
  let how: string;
  if (strategy === 'successive-halving') {
    const halving = await successiveHalving(tune.space, { budget, seed, goal: tune.goal, fidelity: tune.fidelity! }, evaluate);
    search = halving;
    how = `successive halving (seed ${seed}: ${halving.schedule.rungs.map((rung) => `${rung.candidates} at ${tune.fidelity!.parameter}=${formatNumber(rung.fidelity)}`).join(', then ')})`;
  } else {
    search = await randomSearch(tune.space, { budget, seed, goal: tune.goal }, evaluate);
    how = `seeded random search (seed ${seed}, ${search.trials.length} candidates)`;
  }
  if (search.best === undefined) {
    const first = search.trials.find((trial) => trial.error)?.error ?? 'no trial ran';
    throw new CoulerError('ENGINE_ERROR', `Every trial of step "${step.name}" failed, so there is nothing to choose; the first: ${first}.`, {
      stepIds: [step.name],
      hint: `\`couler logs ${search.trials[0]?.runId ?? '<run>'}\` shows the trials' logs.`,
    });
  }
  const winner = search.trials[search.best]!;
  // One row per candidate: its latest (highest-fidelity) measurement, and how often it trained.
  const rows = new Map<string, CandidateReport>();
  for (const trial of search.trials) {
    const key = JSON.stringify(trial.candidate);
    rows.set(key, {
      candidate: trial.candidate,
      ...(trial.metric !== undefined && { measured: trial.metric }),
      ...(trial.error !== undefined && { measuredError: trial.error }),
      ...(trial.fidelity !== undefined && { fidelity: trial.fidelity }),
      trainings: (rows.get(key)?.trainings ?? 0) + 1,
    });
  }
  return {
    step: step.name,
    metric: tune.metric,
    goal: tune.goal,
    tuner: strategy,
    seed,
    candidates: [...rows.values()],
    chosen: winner.candidate,
    reason: `${formatCandidate(winner.candidate)} has the best measured ${tune.metric} (${formatNumber(winner.metric!)}${winner.fidelity === undefined ? '' : ` at ${tune.fidelity!.parameter}=${formatNumber(winner.fidelity)}`}) found by ${how}, in ${search.trials.length} real trainings.`,
    trainings: search.trials.length,
    runIds: [...new Set(search.trials.map((trial) => trial.runId))],
  };
}

function candidateSet(tune: TuneSpec, options: TuneOptions, seed: number, stepName: string): Candidate[] {
  if (Array.isArray(options.candidates)) return options.candidates.map((candidate, index) => checkCandidate(candidate, tune.space, `Candidate ${index + 1} of step "${stepName}"`));
  return sampleCandidates(tune.space, (options.candidates as number | undefined) ?? DEFAULT_CANDIDATES, seed);
}

function checkCounts(options: TuneOptions): void {
  for (const [name, value] of [['candidates', typeof options.candidates === 'number' ? options.candidates : undefined], ['verify', options.verify], ['budget', options.budget]] as const) {
    if (value !== undefined && !(Number.isInteger(value) && value >= (name === 'verify' ? 0 : 1))) {
      throw new CoulerError('INVALID_FIELD', `${name} must be a whole number ≥ ${name === 'verify' ? 0 : 1}; got ${value}.`, { path: [name] });
    }
  }
  if (Array.isArray(options.candidates) && options.candidates.length === 0) throw new CoulerError('INVALID_FIELD', 'The explicit candidate list is empty.', { path: ['candidates'] });
}

function countPredicted(predictions: ReadonlyArray<Prediction>): number {
  return predictions.filter((prediction) => 'log' in prediction).length;
}

function runnerUp(ranking: ReadonlyArray<number>, candidates: ReadonlyArray<Candidate>, finalOf: (index: number) => number | undefined, metric: string): string {
  const second = ranking[1];
  const value = second === undefined ? undefined : finalOf(second);
  return value === undefined ? '' : `; next best: ${formatCandidate(candidates[second!]!)} at ${formatNumber(value)} ${metric}`;
}

/** The workflow with h_t as the defaults of its parameters. */
function withDefaults(workflow: Workflow, chosen: Candidate): Workflow {
  const parameters = (workflow.spec.parameters ?? []).map((parameter) => (parameter.name in chosen ? { ...parameter, default: chosen[parameter.name] as Scalar } : parameter));
  return { ...workflow, spec: { ...workflow.spec, parameters } };
}
