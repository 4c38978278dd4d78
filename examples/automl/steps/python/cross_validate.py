"""Step cross-validate (one instance per candidate): k-fold cross-validation on the training split."""
import os

from classifiers import Classifier, settings_of
from metrics import accuracy, macro_f1, mean, standard_deviation
from step_io import fail, number_argument, parse_json_argument, read_json, round4, step_arguments, write_json

args = step_arguments("cross_validate.py", ["split-dir", "candidate", "seed", "output"])
candidate = parse_json_argument(args["candidate"], "the candidate")
number_argument(args["seed"], "seed", 0, 2**32 - 1, integer=True)  # every Python candidate is deterministic
train = read_json(os.path.join(args["split-dir"], "train.json"), "the training split")

fold_accuracies, truth, predicted = [], [], []
for fold in range(train["folds"]):
    fit = [row for row in train["rows"] if row["fold"] != fold]
    held = [row for row in train["rows"] if row["fold"] == fold]
    try:
        classifier = Classifier(candidate)
        classifier.train([row["x"] for row in fit], [row["y"] for row in fit])
        predictions = classifier.predict([row["x"] for row in held])
    except ValueError as error:
        fail(f"{candidate.get('name')}, fold {fold + 1}: {error}")
    labels = [row["y"] for row in held]
    fold_accuracies.append(accuracy(labels, predictions))
    truth.extend(labels)
    predicted.extend(predictions)
    print(f"{candidate['name']}: fold {fold + 1}/{train['folds']} accuracy {fold_accuracies[-1]:.4f}", flush=True)

metrics = {
    "name": candidate["name"],
    "algorithm": candidate["algorithm"],
    "settings": settings_of(candidate),
    "accuracy": round4(mean(fold_accuracies)),
    "accuracyStd": round4(standard_deviation(fold_accuracies)),
    "macroF1": round4(macro_f1(truth, predicted, len(train["classes"]))),
    "foldAccuracies": [round4(value) for value in fold_accuracies],
}
write_json(args["output"], metrics)
print(f"{candidate['name']}: mean accuracy {metrics['accuracy']:.4f} ± {metrics['accuracyStd']:.4f}")
