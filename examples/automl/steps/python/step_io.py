"""What every step script shares: its arguments, JSON files in and out, failing clearly."""
import json
import os
import sys


def fail(message):
    """Stops the step with a message that says what to fix (the engine shows the last log lines)."""
    sys.stderr.write(f"error: {message}\n")
    sys.exit(1)


def step_arguments(script, names):
    """The step's positional arguments by name; a wrong count stops the step with its usage."""
    values = sys.argv[1:]
    if len(values) != len(names):
        usage = " ".join(f"<{name}>" for name in names)
        fail(f"usage: {script} {usage} (got {len(values)} arguments)")
    return dict(zip(names, values))


def read_json(path, what):
    try:
        with open(path, encoding="utf-8") as file:
            text = file.read()
    except OSError as error:
        fail(f"cannot read {what} at {path}: {error.strerror}")
    try:
        return json.loads(text)
    except ValueError as error:
        fail(f"{what} at {path} is not JSON: {error}")


def parse_json_argument(text, what):
    """Parses an argument that carries JSON (map items, lists of other steps' outputs)."""
    try:
        return json.loads(text)
    except ValueError as error:
        fail(f"{what} is not JSON ({error}): {text[:120]}")


def write_text(path, text):
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "w", encoding="utf-8") as file:
        file.write(text)


def write_json(path, value):
    write_text(path, json.dumps(value, indent=2) + "\n")


def number_argument(text, name, minimum, maximum, integer=False):
    try:
        value = float(text)
    except ValueError:
        value = None
    if value is None or value != value or value < minimum or value > maximum or (integer and not value.is_integer()):
        kind = "a whole number" if integer else "a number"
        fail(f"{name} must be {kind} from {minimum} to {maximum}; got {json.dumps(text)}")
    return int(value) if integer else value


def round4(value):
    """Rounded for the report and for outputs that must be identical run after run."""
    return round(value, 4)


def report_dir_argument(text):
    """The report directory must be absolute: a step's working directory is its own, not the user's."""
    if not os.path.isabs(text):
        fail(f"report-dir must be an absolute path (steps run in their own working directories); got {json.dumps(text)}")
    return text
