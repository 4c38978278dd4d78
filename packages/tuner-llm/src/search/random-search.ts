import type { SearchDimension, TuneGoal } from '@couler/ir';
import { rankOrder } from '../algorithm/rank';
import { sampleCandidates } from '../space/sample-candidates';
import type { MeasuredTrial } from '../trials/run-trials';
import type { EvaluateCandidates } from './evaluate-candidates';

export interface SearchResult {
  /** Every real training, in the order they ran (successive halving: rung by rung). */
  readonly trials: ReadonlyArray<MeasuredTrial>;
  /** The index in `trials` of the best measured one; undefined when every trial failed. */
  readonly best?: number;
}

/** Seeded random search: `budget` candidates drawn from the space, all trained for real, the best measured kept. */
export async function randomSearch(space: Readonly<Record<string, SearchDimension>>, options: { budget: number; seed: number; goal: TuneGoal }, evaluate: EvaluateCandidates): Promise<SearchResult> {
  const trials = await evaluate(sampleCandidates(space, options.budget, options.seed));
  return { trials, ...bestOf(trials, options.goal) };
}

export function bestOf(trials: ReadonlyArray<MeasuredTrial>, goal: TuneGoal): { best?: number } {
  const [first] = rankOrder(trials.map((trial) => trial.metric), goal);
  return first !== undefined && trials[first]?.metric !== undefined ? { best: first } : {};
}
