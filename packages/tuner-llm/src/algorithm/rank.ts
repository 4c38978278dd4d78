import type { TuneGoal } from '@couler/ir';

/** Indexes of `values` from best to worst for the goal; undefined values last, ties by index. */
export function rankOrder(values: ReadonlyArray<number | undefined>, goal: TuneGoal): number[] {
  const sign = goal === 'maximize' ? -1 : 1;
  return values
    .map((value, index) => ({ value, index }))
    .sort((a, b) => {
      if (a.value === undefined || b.value === undefined) return (a.value === undefined ? 1 : 0) - (b.value === undefined ? 1 : 0) || a.index - b.index;
      return sign * (a.value - b.value) || a.index - b.index;
    })
    .map(({ index }) => index);
}

/** Ranks 1…n of `values` (1 = smallest), ties sharing the average of their ranks. */
function averageRanks(values: ReadonlyArray<number>): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const ranks = new Array<number>(values.length);
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]!.value === order[start]!.value) end += 1;
    for (let position = start; position <= end; position += 1) ranks[order[position]!.index] = (start + end) / 2 + 1;
    start = end + 1;
  }
  return ranks;
}

/**
 * Spearman's rank correlation of two paired lists: Pearson's correlation of their ranks (ties
 * averaged). 1 when they order the items alike, −1 when opposite; undefined below two pairs or
 * when one list is constant.
 */
export function spearmanRho(xs: ReadonlyArray<number>, ys: ReadonlyArray<number>): number | undefined {
  if (xs.length !== ys.length || xs.length < 2) return undefined;
  const rx = averageRanks(xs);
  const ry = averageRanks(ys);
  const mean = (xs.length + 1) / 2;
  let covariance = 0;
  let varianceX = 0;
  let varianceY = 0;
  for (let index = 0; index < xs.length; index += 1) {
    covariance += (rx[index]! - mean) * (ry[index]! - mean);
    varianceX += (rx[index]! - mean) ** 2;
    varianceY += (ry[index]! - mean) ** 2;
  }
  return varianceX === 0 || varianceY === 0 ? undefined : covariance / Math.sqrt(varianceX * varianceY);
}
