"""Step pick-best: the candidate with the best cross-validated accuracy, as two output parameters
the workflow's `when` conditions read."""
from leaderboard import check_metrics_list, rank_candidates
from step_io import fail, parse_json_argument, step_arguments, write_text

args = step_arguments("pick_best.py", ["metrics", "best-model", "best-accuracy"])
try:
    ranked = rank_candidates(check_metrics_list(parse_json_argument(args["metrics"], "the cross-validation metrics")))
except ValueError as error:
    fail(str(error))
best = ranked[0]
write_text(args["best-model"], best["name"])
write_text(args["best-accuracy"], repr(float(best["accuracy"])))
for index, entry in enumerate(ranked):
    print(f"{index + 1}. {entry['name']} {entry['accuracy']:.4f}")
print(f"Best: {best['name']} (cross-validated accuracy {best['accuracy']:.4f})")
