/**
 * Python sources of the model zoo's churn-prediction steps (the tech report's GUI example: split
 * the data, train several well-known models on it, keep the best). Plain Python 3, no packages,
 * so the local engine runs them with the host's python3 and an engine runs them in the image.
 * Every step regenerates the same rows from the `dataset` description the split step outputs.
 * Under a fan-out each instance reads its item from `$ITEM`: the split's seed, the regression's
 * learning rate, the forest's number of trees — so each item makes a different dataset or model.
 */
const COMMON = String.raw`import json, math, os, random, sys

def load(spec):
    rng = random.Random(spec["seed"])
    rows = []
    for _ in range(spec["rows"]):
        tenure, charges, calls = rng.uniform(0, 72), rng.uniform(20, 120), rng.randint(0, 9)
        score = -0.06 * tenure + 0.03 * charges + 0.45 * calls - 1.5 + rng.gauss(0, 1)
        rows.append(([tenure / 72, charges / 120, calls / 9], 1 if score > 0 else 0))
    cut = int(len(rows) * (1 - spec["testFraction"]))
    return rows[:cut], rows[cut:]

def write_output(name, value):
    path = os.environ.get("COULER_OUTPUT_" + name.upper(), "/tmp/" + name)
    with open(path, "w") as out:
        out.write(str(value))

def from_item(value, cast, what):
    item = os.environ.get("ITEM", "")
    if item == "":
        return value
    try:
        return cast(item)
    except ValueError:
        sys.exit(f"$ITEM is {item!r}, not {what}: fan out over {what}s.")

def accuracy(predict, rows):
    return round(sum(1 for x, y in rows if predict(x) == y) / max(1, len(rows)), 4)
`;

export const SPLIT_DATA_PY = `${COMMON}
spec = {"rows": int(sys.argv[1]), "testFraction": float(sys.argv[2]), "seed": from_item(int(sys.argv[3]), int, "a seed")}
train, test = load(spec)
churned = sum(y for _, y in train)
print(f"seed {spec['seed']}: {len(train)} training rows ({churned} churned), {len(test)} test rows")
write_output("dataset", json.dumps(spec))
`;

export const LOGISTIC_REGRESSION_PY = `${COMMON}
train, test = load(json.loads(sys.argv[1]))
rate, epochs = from_item(float(sys.argv[2]), float, "a learning rate"), int(sys.argv[3])
w, b = [0.0, 0.0, 0.0], 0.0
for epoch in range(epochs):
    for x, y in train:
        p = 1 / (1 + math.exp(-(sum(wi * xi for wi, xi in zip(w, x)) + b)))
        w = [wi - rate * (p - y) * xi for wi, xi in zip(w, x)]
        b -= rate * (p - y)
score = accuracy(lambda x: 1 if sum(wi * xi for wi, xi in zip(w, x)) + b > 0 else 0, test)
print(f"logistic regression, learning rate {rate}: weights {[round(v, 3) for v in w]}, test accuracy {score}")
write_output("accuracy", score)
`;

export const RANDOM_FOREST_PY = `${COMMON}
train, test = load(json.loads(sys.argv[1]))
trees, seed = from_item(int(sys.argv[2]), int, "a number of trees"), int(sys.argv[3])
rng = random.Random(seed)

def stump(sample):
    best = None
    for feature in range(3):
        for threshold in [i / 10 for i in range(1, 10)]:
            for sign in (0, 1):
                hits = sum(1 for x, y in sample if (1 if (x[feature] > threshold) == bool(sign) else 0) == y)
                if best is None or hits > best[0]:
                    best = (hits, feature, threshold, sign)
    return best[1:]

forest = [stump([rng.choice(train) for _ in train]) for _ in range(trees)]
vote = lambda x: 1 if sum(1 if (x[f] > t) == bool(s) else 0 for f, t, s in forest) * 2 > len(forest) else 0
score = accuracy(vote, test)
print(f"random forest of {trees} stumps: test accuracy {score}")
write_output("accuracy", score)
`;

export const SELECT_BEST_PY = String.raw`import json, os, sys
# A model fanned out over items gives the list of its instances' accuracies: each is a candidate.
scores = []
for name, value in (arg.split("=", 1) for arg in sys.argv[1:]):
    listed = value.startswith("[")
    scores += [(float(v), f"{name}[{i}]" if listed else name) for i, v in enumerate(json.loads(value) if listed else [value])]
if not scores:
    sys.exit("select-best needs at least one model: connect training steps to it.")
score, name = max(scores)
for value, model in sorted(scores, reverse=True):
    print(f"{model}: {value}")
print(f"best model: {name} ({score})")
with open(os.environ.get("COULER_OUTPUT_BEST", "/tmp/best"), "w") as out:
    out.write(name)
`;
