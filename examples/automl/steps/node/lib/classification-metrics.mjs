// Scores of a classifier's predictions against the true labels (class indexes).

export function accuracy(truth, predicted) {
  let correct = 0;
  for (let i = 0; i < truth.length; i += 1) if (truth[i] === predicted[i]) correct += 1;
  return truth.length === 0 ? 0 : correct / truth.length;
}

/** `matrix[true][predicted]` counts. */
export function confusionMatrix(truth, predicted, classCount) {
  const matrix = Array.from({ length: classCount }, () => new Array(classCount).fill(0));
  for (let i = 0; i < truth.length; i += 1) matrix[truth[i]][predicted[i]] += 1;
  return matrix;
}

/** The unweighted mean of each class's F1: a rare species counts as much as a common one. */
export function macroF1(truth, predicted, classCount) {
  const matrix = confusionMatrix(truth, predicted, classCount);
  let sum = 0;
  for (let c = 0; c < classCount; c += 1) {
    const truePositives = matrix[c][c];
    const predictedPositives = matrix.reduce((total, row) => total + row[c], 0);
    const actualPositives = matrix[c].reduce((total, count) => total + count, 0);
    const denominator = predictedPositives + actualPositives;
    sum += denominator === 0 ? 0 : (2 * truePositives) / denominator;
  }
  return sum / classCount;
}

export function mean(values) {
  return values.reduce((total, value) => total + value, 0) / values.length;
}

/** Population standard deviation (the spread of the fold scores). */
export function standardDeviation(values) {
  const average = mean(values);
  return Math.sqrt(mean(values.map((value) => (value - average) ** 2)));
}
