import type { SearchDimension, TuneGoal, TuneSpec } from '@couler/ir';
import { rankOrder } from '../algorithm/rank';
import { sampleCandidates } from '../space/sample-candidates';
import type { MeasuredTrial } from '../trials/run-trials';
import type { EvaluateCandidates } from './evaluate-candidates';
import { bestOf, type SearchResult } from './random-search';

/** The rungs of a successive-halving run: how many candidates train at which fidelity. */
export interface HalvingSchedule {
  readonly rungs: ReadonlyArray<{ readonly candidates: number; readonly fidelity: number }>;
  readonly trainings: number;
}

/**
 * Successive halving (Jamieson & Talwalkar, 2016): train many candidates at the lowest
 * fidelity, keep the best 1/η, train those at η times the fidelity, until the top fidelity.
 * The schedule starts as many candidates as `budget` trainings allow in all.
 */
export function halvingSchedule(fidelity: NonNullable<TuneSpec['fidelity']>, budget: number, eta = 3): HalvingSchedule {
  const levels: number[] = [];
  for (let value = fidelity.min; value < fidelity.max; value *= eta) levels.push(value);
  levels.push(fidelity.max);
  // A fidelity the step reads as an integer (epochs, trees) stays whole.
  const rounded = levels.map((value) => (Number.isInteger(fidelity.min) && Number.isInteger(fidelity.max) ? Math.round(value) : Number(value.toPrecision(6))));
  let best: HalvingSchedule = { rungs: [{ candidates: Math.max(1, budget), fidelity: fidelity.max }], trainings: Math.max(1, budget) };
  for (let start = 1; ; start += 1) {
    const rungs = rounded.map((value, rung) => ({ candidates: Math.max(1, Math.floor(start / eta ** rung)), fidelity: value }));
    const trainings = rungs.reduce((sum, rung) => sum + rung.candidates, 0);
    if (trainings > budget) break;
    best = { rungs, trainings };
  }
  return best;
}

export async function successiveHalving(
  space: Readonly<Record<string, SearchDimension>>,
  options: { budget: number; seed: number; goal: TuneGoal; fidelity: NonNullable<TuneSpec['fidelity']>; eta?: number },
  evaluate: EvaluateCandidates,
): Promise<SearchResult & { schedule: HalvingSchedule }> {
  const schedule = halvingSchedule(options.fidelity, options.budget, options.eta);
  const trials: MeasuredTrial[] = [];
  let survivors = sampleCandidates(space, schedule.rungs[0]!.candidates, options.seed);
  for (const [index, rung] of schedule.rungs.entries()) {
    const measured = await evaluate(survivors, rung.fidelity);
    trials.push(...measured);
    const next = schedule.rungs[index + 1];
    if (!next) break;
    survivors = rankOrder(measured.map((trial) => trial.metric), options.goal)
      .filter((position) => measured[position]!.metric !== undefined)
      .slice(0, next.candidates)
      .map((position) => measured[position]!.candidate);
    if (survivors.length === 0) break;
  }
  // The winner is the best at the highest fidelity reached, not a lucky low-fidelity one.
  const top = Math.max(...trials.map((trial) => trial.fidelity ?? 0));
  const finalRung = trials.map((trial, index) => ({ trial, index })).filter(({ trial }) => trial.fidelity === top);
  const { best } = bestOf(finalRung.map(({ trial }) => trial), options.goal);
  return { trials, schedule, ...(best !== undefined && { best: finalRung[best]!.index }) };
}
