import type { TuneGoal } from '@couler/ir';
import type { UsageTotals } from '@couler/llm';
import type { TrainingLog } from './algorithm/training-log';
import type { Candidate } from './space/candidate';

/** Which tuner decided: the LLM (Algorithm 4), or one that trains every candidate it tries. */
export type TunerKind = 'llm' | 'random-search' | 'successive-halving';

/** One candidate h_i of one step: what was predicted, what was measured. */
export interface CandidateReport {
  readonly candidate: Candidate;
  /** t_i, from the LLM. */
  readonly predicted?: TrainingLog;
  /** Why there is no prediction. */
  readonly predictionError?: string;
  /** 1 = best predicted final metric. */
  readonly predictedRank?: number;
  /** The metric of a real training (`--verify`, or the non-LLM tuner); the highest fidelity's for successive halving. */
  readonly measured?: number;
  readonly measuredError?: string;
  /** The fidelity of the measurement (successive halving). */
  readonly fidelity?: number;
  /** Real trainings of this candidate (successive halving trains survivors again). */
  readonly trainings: number;
}

export interface StepTuneReport {
  readonly step: string;
  readonly metric: string;
  readonly goal: TuneGoal;
  readonly tuner: TunerKind;
  /** The prompt template, for the LLM tuner: `predict-training-log@1`. */
  readonly promptTemplate?: string;
  readonly seed: number;
  readonly candidates: ReadonlyArray<CandidateReport>;
  /** h_t: the values now the defaults of the workflow parameters. */
  readonly chosen: Candidate;
  /** One or two sentences: why h_t won. */
  readonly reason: string;
  /** Real trainings run for this step. */
  readonly trainings: number;
  /** Spearman's rho of predicted against measured metrics over the verified candidates. */
  readonly spearmanRho?: number;
  /** Local runs the trainings ran in. */
  readonly runIds: ReadonlyArray<string>;
}

export interface TuneReport {
  readonly steps: ReadonlyArray<StepTuneReport>;
  /** Tokens (and cost) the LLM used, when one was. */
  readonly usage?: UsageTotals;
  /** Said once, e.g. that no LLM is configured and the tuner trained candidates instead. */
  readonly notes: ReadonlyArray<string>;
}
