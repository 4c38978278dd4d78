"""Airflow 2 DAG coinflip, compiled by Couler."""

import base64
import datetime
import json
import re

from airflow import DAG
from airflow.decorators import task
from airflow.providers.cncf.kubernetes.operators.pod import KubernetesPodOperator
from kubernetes.client import models as k8s


def couler_pushed(ti, task_id, size=None):
    """What a task pushed: a dict, or of a mapped task (`size` map indexes, or the id of
    the task that built its arguments) the list of each map index's dict, skipped indexes
    left out; None when it did not run.

    Map indexes are always named: without them, what xcom_pull answers for a mapped task
    changed between Airflow versions, and a mapped reader would ask for its own index.
    """
    if size is None:
        return ti.xcom_pull(task_ids=task_id, map_indexes=-1)
    if isinstance(size, str):
        built = ti.xcom_pull(task_ids=size, map_indexes=-1)
        if built is None:
            return None
        size = len(built)
    if size == 0:
        return []
    pushed = ti.xcom_pull(task_ids=task_id, map_indexes=list(range(size)))
    return [value for value in pushed or [] if value is not None]


def couler_output(ti, task_ids, name, sizes=None):
    """Output `name` of a step as text; `result` is its standard output.

    Of a mapped step (`sizes` given), the JSON list of the value of every map index
    that ran, in item order, values that are JSON embedded as JSON, as the local engine
    and Argo gather them. Of a loop step (several task ids), the last iteration that ran.
    """

    def text(value):
        return base64.b64decode(value).decode("utf-8", errors="replace")

    def gathered(value):
        def not_json(constant):
            raise ValueError(constant)

        try:
            return json.loads(text(value), parse_constant=not_json)
        except ValueError:
            return text(value)

    ids = [task_ids] if isinstance(task_ids, str) else task_ids
    each = sizes if isinstance(sizes, list) else [sizes] * len(ids)
    for task_id, size in reversed(list(zip(ids, each))):
        pushed = couler_pushed(ti, task_id, size)
        if not pushed:
            continue
        if size is None:
            return text(pushed[name])
        values = [gathered(value[name]) if name in value else None for value in pushed]
        return json.dumps(values, separators=(",", ":"), ensure_ascii=False)
    if sizes is not None:
        return "[]"
    raise ValueError(f"No run of {task_ids!r} pushed output {name!r}.")


def couler_escape(text):
    """Text Jinja renders as itself, whatever is joined to it.

    Escaped: a brace that opens a tag or ends the text, and carriage returns.
    """
    return re.sub(r"\{(?=[{%#\r]|\Z)", "{{ '{' }}", text).replace("\r", "{{ '\\r' }}")


# Runs a step's command in its pod; see the couler backend-airflow README.
RUN_AND_PUSH_OUTPUTS = """printf '%s' "$COULER_SCRIPT" > /tmp/couler-script
unset COULER_SCRIPT
{ "$@"; echo "$?" > /tmp/couler-status; } | tee /tmp/couler-stdout
status="$(cat /tmp/couler-status)"
if [ "$status" -ne 0 ]; then exit "$status"; fi
b64() { printf '%s' "$1" | base64 | tr -d '[:space:]'; }
mkdir -p /airflow/xcom
printf '{"result": "%s"' "$(b64 "$(cat /tmp/couler-stdout)")" > /airflow/xcom/return.json
printf '}' >> /airflow/xcom/return.json
"""

FLIP_COIN_SOURCE = """import random

res = "heads" if random.randint(0, 1) == 0 else "tails"
print(res)
"""


with DAG(
    dag_id="coinflip",
    schedule=None,
    start_date=datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc),
    catchup=False,
    tags=["couler"],
    jinja_environment_kwargs={"keep_trailing_newline": True},
) as dag:
    flip_coin = KubernetesPodOperator(
        task_id="flip_coin",
        image="python:3.12-alpine",
        cmds=["sh", "-c", RUN_AND_PUSH_OUTPUTS, "couler"],
        arguments=["python3", "/tmp/couler-script"],
        env_vars=[
            k8s.V1EnvVar(name="COULER_SCRIPT", value=couler_escape(FLIP_COIN_SOURCE)),
        ],
        do_xcom_push=True,
    )

    @task.branch(task_id="heads__when")
    def decide_heads(**context):
        ti = context["ti"]
        if couler_output(ti, "flip_coin", "result") == "heads":
            return "heads"
        return []

    heads__when = decide_heads()

    heads = KubernetesPodOperator(
        task_id="heads",
        image="alpine:3.20",
        cmds=["sh", "-c", 'echo "it was headed"'],
    )

    @task.branch(task_id="tails__when")
    def decide_tails(**context):
        ti = context["ti"]
        if couler_output(ti, "flip_coin", "result") == "tails":
            return "tails"
        return []

    tails__when = decide_tails()

    tails = KubernetesPodOperator(
        task_id="tails",
        image="alpine:3.20",
        cmds=["sh", "-c", 'echo "it was tailed"'],
    )

    flip_coin >> heads__when
    heads__when >> heads
    flip_coin >> tails__when
    tails__when >> tails
