"""Scores of a classifier's predictions against the true labels (class indexes)."""
import math


def accuracy(truth, predicted):
    if not truth:
        return 0.0
    return sum(1 for t, p in zip(truth, predicted) if t == p) / len(truth)


def confusion_matrix(truth, predicted, class_count):
    """matrix[true][predicted] counts."""
    matrix = [[0] * class_count for _ in range(class_count)]
    for t, p in zip(truth, predicted):
        matrix[t][p] += 1
    return matrix


def macro_f1(truth, predicted, class_count):
    """The unweighted mean of each class's F1: a rare species counts as much as a common one."""
    matrix = confusion_matrix(truth, predicted, class_count)
    total = 0.0
    for c in range(class_count):
        predicted_positives = sum(row[c] for row in matrix)
        actual_positives = sum(matrix[c])
        denominator = predicted_positives + actual_positives
        total += 0.0 if denominator == 0 else 2 * matrix[c][c] / denominator
    return total / class_count


def mean(values):
    return sum(values) / len(values)


def standard_deviation(values):
    """Population standard deviation (the spread of the fold scores)."""
    average = mean(values)
    return math.sqrt(mean([(value - average) ** 2 for value in values]))
