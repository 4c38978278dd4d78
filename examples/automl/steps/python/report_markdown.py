"""The report the user reads at the end: a markdown metrics table and what was decided.
Same layout as steps/node/lib/report-markdown.mjs."""
from classifiers import settings_of


def _fixed(value):
    return f"{value:.4f}"


def _table(header, alignments, rows):
    def line(cells):
        return "| " + " | ".join(cells) + " |"

    return "\n".join([line(header), line(["---:" if align == "right" else "---" for align in alignments])] + [line(row) for row in rows])


def _value(value):
    # As JavaScript prints settings, so both variants' reports read alike (true, 0.5, 4).
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _describe_settings(metrics):
    settings = metrics.get("settings", settings_of(metrics))
    return ", ".join(f"{key}={_value(value)}" for key, value in sorted(settings.items())) or "defaults"


def report_markdown(summary, ranked, threshold, final, model_path, runtime):
    best = ranked[0]
    lines = [
        f"# AutoML report: {summary['dataset']}",
        "",
        f"{summary['rows']} {summary['dataset']} from `{summary['source']}` ({len(summary['classes'])} classes: {', '.join(summary['classes'])}; features: {', '.join(summary['features'])}), seed {summary['seed']}, {runtime}.",
        f"Stratified split: {summary['train']} rows to train, scored by {summary['folds']}-fold cross-validation; {summary['test']} held out for the final test.",
        "",
        "## Cross-validation",
        "",
        _table(
            ["rank", "model", "algorithm", "settings", "CV accuracy", "± std", "macro F1"],
            ["right", "left", "left", "left", "right", "right", "right"],
            [[str(index + 1), e["name"], e["algorithm"], _describe_settings(e), _fixed(e["accuracy"]), _fixed(e["accuracyStd"]), _fixed(e["macroF1"])] for index, e in enumerate(ranked)],
        ),
        "",
        "## Decision",
        "",
    ]
    if final is None:
        lines += [
            f"Best: **{best['name']}**, cross-validated accuracy {_fixed(best['accuracy'])} < the threshold {threshold}: no model was trained.",
            "Lower the threshold (`--param min-accuracy=…`) or add better candidates.",
            "",
        ]
        return "\n".join(lines)
    classes = final["classes"]
    lines += [
        f"Best: **{best['name']}**, cross-validated accuracy {_fixed(best['accuracy'])} ≥ the threshold {threshold}: trained on the whole training split and tested once on the held-out rows.",
        "",
        "## Held-out test",
        "",
        _table(["model", "test accuracy", "macro F1", "test rows"], ["left", "right", "right", "right"], [[final["name"], _fixed(final["testAccuracy"]), _fixed(final["macroF1"]), str(final["testRows"])]]),
        "",
        "Confusion matrix (rows: true class, columns: predicted):",
        "",
        _table([""] + classes, ["left"] + ["right"] * len(classes), [[name] + [str(count) for count in final["confusion"][index]] for index, name in enumerate(classes)]),
        "",
        f"Model: `{model_path}`",
        "",
    ]
    return "\n".join(lines)
