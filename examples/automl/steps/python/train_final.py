"""Step train-final (runs for the winning candidate only): trains it on the whole training split,
scores it once on the held-out test split, and saves the model."""
import os
import shutil

from classifiers import Classifier
from metrics import accuracy, confusion_matrix, macro_f1
from step_io import fail, number_argument, parse_json_argument, read_json, report_dir_argument, round4, step_arguments, write_json

args = step_arguments("train_final.py", ["split-dir", "candidate", "seed", "model", "test-metrics", "report-dir"])
candidate = parse_json_argument(args["candidate"], "the candidate")
number_argument(args["seed"], "seed", 0, 2**32 - 1, integer=True)
report_dir = report_dir_argument(args["report-dir"])
train = read_json(os.path.join(args["split-dir"], "train.json"), "the training split")
test = read_json(os.path.join(args["split-dir"], "test.json"), "the test split")

try:
    classifier = Classifier(candidate)
    classifier.train([row["x"] for row in train["rows"]], [row["y"] for row in train["rows"]])
    predictions = classifier.predict([row["x"] for row in test["rows"]])
except ValueError as error:
    fail(f"{candidate.get('name')}: {error}")
labels = [row["y"] for row in test["rows"]]
write_json(args["model"], {"classes": train["classes"], "features": train["features"], **classifier.to_json()})
class_count = len(train["classes"])
metrics = {
    "name": candidate["name"],
    "testRows": len(labels),
    "testAccuracy": round4(accuracy(labels, predictions)),
    "macroF1": round4(macro_f1(labels, predictions, class_count)),
    "classes": train["classes"],
    "confusion": confusion_matrix(labels, predictions, class_count),
}
write_json(args["test-metrics"], metrics)
# The model also goes where the user reads the report, beside it.
os.makedirs(report_dir, exist_ok=True)
shutil.copyfile(args["model"], os.path.join(report_dir, "model.json"))
print(f"{candidate['name']}: held-out test accuracy {metrics['testAccuracy']:.4f} on {len(labels)} penguins")
