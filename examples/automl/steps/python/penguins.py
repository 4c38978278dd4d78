"""The Palmer penguins table as vega-datasets ships it: one object per bird."""
import math

TARGET = "Species"
FEATURES = ["Beak Length (mm)", "Beak Depth (mm)", "Flipper Length (mm)", "Body Mass (g)"]


def _is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def to_dataset(records, source):
    """The birds with every measurement, as {x, y} rows (y indexes the sorted species)."""
    if not isinstance(records, list):
        raise ValueError(f"{source} is not a list of records")
    complete = [r for r in records if isinstance(r.get(TARGET), str) and all(_is_number(r.get(f)) for f in FEATURES)]
    if not complete:
        raise ValueError(f'{source} has no record with "{TARGET}" and every feature')
    classes = sorted({r[TARGET] for r in complete})
    return {
        "name": "penguins",
        "source": source,
        "target": TARGET,
        "features": FEATURES,
        "classes": classes,
        "dropped": len(records) - len(complete),
        "rows": [{"x": [r[f] for f in FEATURES], "y": classes.index(r[TARGET])} for r in complete],
    }
