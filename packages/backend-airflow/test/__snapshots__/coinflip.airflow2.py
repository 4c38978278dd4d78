"""Airflow 2 DAG coinflip, compiled by Couler."""

import base64
import datetime
import json
import re

from airflow import DAG
from airflow.decorators import task
from airflow.providers.cncf.kubernetes.operators.pod import KubernetesPodOperator
from kubernetes.client import models as k8s


def couler_output(ti, task_ids, name):
    """Output `name` of a step as text; `result` is its standard output.

    Of a mapped step, the JSON list of every run's value; of a loop step (several
    task ids), the value of the last iteration that ran.
    """
    for task_id in reversed([task_ids] if isinstance(task_ids, str) else task_ids):
        pushed = ti.xcom_pull(task_ids=task_id)
        if pushed is None:
            continue
        if isinstance(pushed, dict):
            return base64.b64decode(pushed[name]).decode("utf-8", errors="replace")
        return json.dumps(
            [
                base64.b64decode(value[name]).decode("utf-8", errors="replace")
                for value in pushed
                if value is not None
            ]
        )
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
