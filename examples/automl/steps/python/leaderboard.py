"""The candidates' cross-validation metrics, best first."""


def rank_candidates(metrics):
    """Higher accuracy first; ties go to the higher macro F1, then to the name (so runs agree)."""
    return sorted(metrics, key=lambda entry: (-entry["accuracy"], -entry["macroF1"], entry["name"]))


def check_metrics_list(value):
    """Checks the list a mapped step hands over: one metrics object per candidate."""
    if not isinstance(value, list) or not value:
        raise ValueError("expected a non-empty JSON list of cross-validation metrics")
    for entry in value:
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or not isinstance(entry.get("accuracy"), (int, float)) or not isinstance(entry.get("macroF1"), (int, float)):
            raise ValueError(f"not cross-validation metrics: {str(entry)[:120]}")
    return value
