// Scores of a classifier's predictions against the true labels (class indexes).

export function accuracy(truth: ReadonlyArray<number>, predicted: ReadonlyArray<number>): number {
  let correct = 0;
  for (let i = 0; i < truth.length; i += 1) if (truth[i] === predicted[i]) correct += 1;
  return truth.length === 0 ? 0 : correct / truth.length;
}

/** `matrix[true][predicted]` counts. */
export function confusionMatrix(truth: ReadonlyArray<number>, predicted: ReadonlyArray<number>, classCount: number): number[][] {
  const matrix = Array.from({ length: classCount }, () => new Array<number>(classCount).fill(0));
  for (let i = 0; i < truth.length; i += 1) matrix[truth[i]!]![predicted[i]!]! += 1;
  return matrix;
}

/** Macro-averaged precision, recall and F1: a rare class counts as much as a common one. */
export function macroScores(truth: ReadonlyArray<number>, predicted: ReadonlyArray<number>, classCount: number): { precision: number; recall: number; f1: number } {
  const matrix = confusionMatrix(truth, predicted, classCount);
  let precision = 0;
  let recall = 0;
  let f1 = 0;
  for (let c = 0; c < classCount; c += 1) {
    const truePositives = matrix[c]![c]!;
    const predictedPositives = matrix.reduce((total, row) => total + row[c]!, 0);
    const actualPositives = matrix[c]!.reduce((total, count) => total + count, 0);
    precision += predictedPositives === 0 ? 0 : truePositives / predictedPositives;
    recall += actualPositives === 0 ? 0 : truePositives / actualPositives;
    f1 += predictedPositives + actualPositives === 0 ? 0 : (2 * truePositives) / (predictedPositives + actualPositives);
  }
  return { precision: precision / classCount, recall: recall / classCount, f1: f1 / classCount };
}

/** Rounded for tables and outputs that must be identical run after run. */
export const round4 = (value: number): number => Math.round(value * 10000) / 10000;
