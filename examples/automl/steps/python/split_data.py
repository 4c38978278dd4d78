"""Step split-data: a stratified train/test split, and stratified cross-validation folds on the
training part, all from one seed. Every candidate is scored on the same folds."""
import os
import random

from step_io import fail, number_argument, read_json, step_arguments, write_json

args = step_arguments("split_data.py", ["dataset", "output-dir", "summary", "test-fraction", "folds", "seed"])
test_fraction = number_argument(args["test-fraction"], "test-fraction", 0.05, 0.5)
folds = number_argument(args["folds"], "folds", 2, 20, integer=True)
seed = number_argument(args["seed"], "seed", 0, 2**32 - 1, integer=True)
dataset = read_json(args["dataset"], "the dataset")
generator = random.Random(seed)

train, test = [], []
for label, name in enumerate(dataset["classes"]):
    rows = [row for row in dataset["rows"] if row["y"] == label]
    generator.shuffle(rows)
    test_count = round(len(rows) * test_fraction)
    if len(rows) - test_count < folds:
        fail(f'class "{name}" has {len(rows)} rows: too few for {folds} folds after the test split')
    test.extend(rows[:test_count])
    # Dealing each class's rows round-robin keeps its share the same in every fold.
    train.extend({**row, "fold": index % folds} for index, row in enumerate(rows[test_count:]))

header = {key: value for key, value in dataset.items() if key != "rows"}
write_json(os.path.join(args["output-dir"], "train.json"), {**header, "folds": folds, "rows": train})
write_json(os.path.join(args["output-dir"], "test.json"), {**header, "rows": test})
summary = {
    "dataset": dataset["name"],
    "source": dataset["source"],
    "rows": len(dataset["rows"]),
    "train": len(train),
    "test": len(test),
    "folds": folds,
    "seed": seed,
    "classes": dataset["classes"],
    "features": dataset["features"],
}
write_json(args["summary"], summary)
print(f"Split {len(dataset['rows'])} rows: {len(train)} to train ({folds} folds), {len(test)} held out for the final test (seed {seed}).")
