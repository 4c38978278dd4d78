"""Step load-data: reads the penguins table vega-datasets ships and writes it as feature rows."""
import re

from penguins import to_dataset
from step_io import fail, read_json, step_arguments, write_json

args = step_arguments("load_data.py", ["source", "output"])
# .../node_modules/.pnpm/.../node_modules/vega-datasets/data/penguins.json -> vega-datasets/data/penguins.json
shown = re.split(r"[\\/]node_modules[\\/]", args["source"])[-1]
try:
    dataset = to_dataset(read_json(args["source"], "the penguins table"), shown)
except ValueError as error:
    fail(str(error))
write_json(args["output"], dataset)
counts = ", ".join(f"{sum(1 for row in dataset['rows'] if row['y'] == index)} {name}" for index, name in enumerate(dataset["classes"]))
print(f"Loaded {len(dataset['rows'])} penguins ({counts}); left out {dataset['dropped']} with a missing measurement.")
