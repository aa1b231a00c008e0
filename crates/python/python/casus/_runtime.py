"""Where the wheel finds what it needs: the model it carries, ONNX Runtime of this Python, and a
thread count that suits where it runs."""

from __future__ import annotations

import importlib.util
import os
from typing import Optional

# The model directory inside the installed package (scripts/build-wheel.sh copies models/news there).
BUNDLED_MODEL = os.path.join(os.path.dirname(os.path.abspath(__file__)), "model")


def default_models() -> Optional[str]:
    """$CASUS_MODELS, else the model inside the wheel, else None (the native side then looks for
    models/news of a casus checkout, as ``casus extract`` does)."""
    env = os.environ.get("CASUS_MODELS")
    if env:
        return env
    if os.path.isfile(os.path.join(BUNDLED_MODEL, "config.json")):
        return BUNDLED_MODEL
    return None


def onnxruntime_capi() -> Optional[str]:
    """The ``onnxruntime/capi`` directory of this interpreter's onnxruntime package (a dependency of
    the wheel), found without importing it; None when it is not installed."""
    try:
        spec = importlib.util.find_spec("onnxruntime")
    except (ImportError, ValueError):
        return None
    locations = list(spec.submodule_search_locations or []) if spec else []
    for loc in locations:
        capi = os.path.join(loc, "capi")
        if os.path.isdir(capi):
            return capi
    return None


def default_threads() -> int:
    """Worker threads when none are asked for: ``$CASUS_THREADS``; inside a Spark task, the cores
    Spark gave the task (``spark.task.cpus``, usually 1: an executor runs one Python worker per core,
    so more threads would oversubscribe it); else the cores this process may run on (CPU affinity,
    which container limits and ``taskset`` narrow), not every core of the machine."""
    env = os.environ.get("CASUS_THREADS")
    if env:
        try:
            n = int(env)
        except ValueError:
            raise ValueError(f"CASUS_THREADS must be a positive integer, not {env!r}") from None
        if n < 1:
            raise ValueError(f"CASUS_THREADS must be a positive integer, not {env!r}")
        return n
    spark = _spark_task_cpus()
    if spark:
        return spark
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def _spark_task_cpus() -> Optional[int]:
    try:
        from pyspark import TaskContext  # type: ignore[import-not-found]
    except ImportError:
        return None
    ctx = TaskContext.get()
    if ctx is None:
        return None
    try:
        return max(1, int(ctx.cpus()))
    except Exception:  # older pyspark: no cpus()
        return 1
