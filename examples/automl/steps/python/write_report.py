"""Step write-report: the markdown report, as an artifact and in the report directory."""
import os
import platform

from leaderboard import check_metrics_list, rank_candidates
from report_markdown import report_markdown
from step_io import fail, parse_json_argument, report_dir_argument, step_arguments, write_text

args = step_arguments("write_report.py", ["summary", "metrics", "min-accuracy", "final", "report-dir", "output"])
report_dir = report_dir_argument(args["report-dir"])
summary = parse_json_argument(args["summary"], "the split summary")
try:
    ranked = rank_candidates(check_metrics_list(parse_json_argument(args["metrics"], "the cross-validation metrics")))
except ValueError as error:
    fail(str(error))
# train-final is mapped over the candidates and runs for the winner only: a list of 0 or 1.
finals = parse_json_argument(args["final"], "the final test metrics")
if not isinstance(finals, list) or len(finals) > 1:
    fail(f"expected a list of at most one final model's test metrics; got {args['final'][:120]}")
final = finals[0] if finals else None
model_path = os.path.join(report_dir, "model.json")
if final is None and os.path.exists(model_path):
    # No model this run: a model.json left by an earlier run would be mistaken for this run's.
    os.remove(model_path)

markdown = report_markdown(summary, ranked, args["min-accuracy"], final, model_path, f"Python {platform.python_version()}")
report_path = os.path.join(report_dir, "report.md")
write_text(args["output"], markdown)
write_text(report_path, markdown)
print(f"Report: {report_path}")
