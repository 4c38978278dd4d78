"""The candidate algorithms in plain Python (standard library only), behind one interface:
train(rows, labels), predict(rows), to_json(). A candidate is a map item of the workflow:
{name, algorithm, ...settings}."""
import math


class Standardizer:
    """Scales each feature to mean 0 and deviation 1, learnt on the training rows only (no leakage)."""

    def fit(self, rows):
        columns = len(rows[0])
        self.means = [sum(row[j] for row in rows) / len(rows) for j in range(columns)]
        self.deviations = []
        for j in range(columns):
            variance = sum((row[j] - self.means[j]) ** 2 for row in rows) / len(rows)
            self.deviations.append(math.sqrt(variance) or 1.0)
        return self

    def transform(self, rows):
        return [[(value - self.means[j]) / self.deviations[j] for j, value in enumerate(row)] for row in rows]


class DecisionTree:
    """CART with Gini impurity; splits halfway between neighbouring values."""

    def __init__(self, settings):
        self.max_depth = int(settings.get("maxDepth", 4))
        self.min_samples = int(settings.get("minNumSamples", 3))

    def train(self, rows, labels):
        self.classes = sorted(set(labels))
        self.root = self._grow(rows, labels, 0)

    def _majority(self, labels):
        counts = {}
        for label in labels:
            counts[label] = counts.get(label, 0) + 1
        # Ties go to the smaller class index, so every run builds the same tree.
        return min(counts, key=lambda label: (-counts[label], label))

    @staticmethod
    def _gini(counts, total):
        return 1.0 - sum((count / total) ** 2 for count in counts.values())

    def _grow(self, rows, labels, depth):
        if depth >= self.max_depth or len(rows) < self.min_samples or len(set(labels)) == 1:
            return {"leaf": self._majority(labels)}
        best = None
        total = len(rows)
        for feature in range(len(rows[0])):
            order = sorted(range(total), key=lambda i: rows[i][feature])
            left, right = {}, {}
            for label in labels:
                right[label] = right.get(label, 0) + 1
            for position in range(total - 1):
                label = labels[order[position]]
                left[label] = left.get(label, 0) + 1
                right[label] -= 1
                low, high = rows[order[position]][feature], rows[order[position + 1]][feature]
                if low == high:
                    continue
                n_left = position + 1
                score = (n_left * self._gini(left, n_left) + (total - n_left) * self._gini(right, total - n_left)) / total
                if best is None or score < best[0]:
                    best = (score, feature, (low + high) / 2)
        if best is None:
            return {"leaf": self._majority(labels)}
        _, feature, threshold = best
        left_ids = [i for i in range(total) if rows[i][feature] <= threshold]
        right_ids = [i for i in range(total) if rows[i][feature] > threshold]
        return {
            "feature": feature,
            "threshold": threshold,
            "left": self._grow([rows[i] for i in left_ids], [labels[i] for i in left_ids], depth + 1),
            "right": self._grow([rows[i] for i in right_ids], [labels[i] for i in right_ids], depth + 1),
        }

    def predict(self, rows):
        out = []
        for row in rows:
            node = self.root
            while "leaf" not in node:
                node = node["left"] if row[node["feature"]] <= node["threshold"] else node["right"]
            out.append(node["leaf"])
        return out

    def to_json(self):
        return {"tree": self.root}


class LogisticRegression:
    """Multinomial (softmax) logistic regression fitted by batch gradient descent from zero weights."""

    def __init__(self, settings):
        self.steps = int(settings.get("steps", 300))
        self.learning_rate = float(settings.get("learningRate", 0.5))

    def _probabilities(self, row):
        scores = [bias + sum(w * x for w, x in zip(weights, row)) for weights, bias in zip(self.weights, self.biases)]
        top = max(scores)
        exps = [math.exp(score - top) for score in scores]
        total = sum(exps)
        return [value / total for value in exps]

    def train(self, rows, labels):
        class_count = max(labels) + 1
        features = len(rows[0])
        self.weights = [[0.0] * features for _ in range(class_count)]
        self.biases = [0.0] * class_count
        n = len(rows)
        for _ in range(self.steps):
            weight_gradient = [[0.0] * features for _ in range(class_count)]
            bias_gradient = [0.0] * class_count
            for row, label in zip(rows, labels):
                probabilities = self._probabilities(row)
                for c in range(class_count):
                    error = probabilities[c] - (1.0 if c == label else 0.0)
                    bias_gradient[c] += error
                    gradient = weight_gradient[c]
                    for j, x in enumerate(row):
                        gradient[j] += error * x
            for c in range(class_count):
                self.biases[c] -= self.learning_rate * bias_gradient[c] / n
                for j in range(features):
                    self.weights[c][j] -= self.learning_rate * weight_gradient[c][j] / n

    def predict(self, rows):
        out = []
        for row in rows:
            probabilities = self._probabilities(row)
            out.append(max(range(len(probabilities)), key=lambda c: (probabilities[c], -c)))
        return out

    def to_json(self):
        return {"weights": self.weights, "biases": self.biases}


class KNearestNeighbours:
    """Majority vote of the k closest training rows (Euclidean distance)."""

    def __init__(self, settings):
        self.k = int(settings.get("k", 5))

    def train(self, rows, labels):
        self.rows = rows
        self.labels = labels

    def predict(self, rows):
        out = []
        for row in rows:
            distances = sorted((sum((a - b) ** 2 for a, b in zip(row, other)), index) for index, other in enumerate(self.rows))
            votes = {}
            for _, index in distances[: self.k]:
                label = self.labels[index]
                votes[label] = votes.get(label, 0) + 1
            out.append(min(votes, key=lambda label: (-votes[label], label)))
        return out

    def to_json(self):
        return {"k": self.k, "rows": self.rows, "labels": self.labels}


class GaussianNaiveBayes:
    """Each feature normal within a class, the features independent given the class."""

    def __init__(self, settings):
        self.smoothing = float(settings.get("varSmoothing", 1e-9))

    def train(self, rows, labels):
        classes = sorted(set(labels))
        features = len(rows[0])
        all_variances = []
        for j in range(features):
            column = [row[j] for row in rows]
            average = sum(column) / len(column)
            all_variances.append(sum((v - average) ** 2 for v in column) / len(column))
        epsilon = self.smoothing * max(all_variances)
        self.classes = classes
        self.priors, self.means, self.variances = [], [], []
        for c in classes:
            members = [row for row, label in zip(rows, labels) if label == c]
            self.priors.append(len(members) / len(rows))
            means = [sum(row[j] for row in members) / len(members) for j in range(features)]
            self.means.append(means)
            self.variances.append([sum((row[j] - means[j]) ** 2 for row in members) / len(members) + epsilon for j in range(features)])

    def predict(self, rows):
        out = []
        for row in rows:
            best = None
            for index, c in enumerate(self.classes):
                score = math.log(self.priors[index])
                for x, mu, var in zip(row, self.means[index], self.variances[index]):
                    score -= 0.5 * math.log(2 * math.pi * var) + (x - mu) ** 2 / (2 * var)
                if best is None or score > best[0]:
                    best = (score, c)
            out.append(best[1])
        return out

    def to_json(self):
        return {"classes": self.classes, "priors": self.priors, "means": self.means, "variances": self.variances}


ALGORITHMS = {
    "decision-tree": DecisionTree,
    "logistic-regression": LogisticRegression,
    "k-nearest-neighbours": KNearestNeighbours,
    "gaussian-naive-bayes": GaussianNaiveBayes,
}


def settings_of(candidate):
    """The settings of a candidate: everything but its name and algorithm."""
    return {key: value for key, value in candidate.items() if key not in ("name", "algorithm")}


class Classifier:
    """A candidate's algorithm, with its features standardized first when it says standardize: true."""

    def __init__(self, candidate):
        make = ALGORITHMS.get(candidate.get("algorithm"))
        if make is None:
            known = ", ".join(ALGORITHMS)
            raise ValueError(f'unknown algorithm "{candidate.get("algorithm")}" in candidate "{candidate.get("name")}"; known: {known}')
        self.candidate = candidate
        settings = settings_of(candidate)
        self.model = make(settings)
        self.scaler = Standardizer() if settings.get("standardize") is True else None

    def train(self, rows, labels):
        self.model.train(self.scaler.fit(rows).transform(rows) if self.scaler else rows, labels)

    def predict(self, rows):
        return self.model.predict(self.scaler.transform(rows) if self.scaler else rows)

    def to_json(self):
        out = {"candidate": self.candidate, "model": self.model.to_json()}
        if self.scaler:
            out["standardizer"] = {"means": self.scaler.means, "deviations": self.scaler.deviations}
        return out
