"""Run one pypdf job in the child process of `_pdf_worker`, and stop it when it takes too long.

A child process costs about 0.15 s to start with pypdf imported (measured on the build machine, warm
disk cache); that is the price of being able to kill a parse that never ends, which a thread cannot do.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import iasante_desktop

WORKER_MODULE = "iasante_desktop.documents._pdf_worker"
FROZEN_FLAG = "--pdf-worker"  # a frozen app re-runs itself with this first argument (see cli.main)


class WorkerTimeout(Exception):
    """The child ran past its time and was killed."""


class WorkerCrashed(Exception):
    """The child died or answered something that is not its JSON answer (out of memory, killed)."""


def worker_command(op: str) -> list[str]:
    """The argv that starts the worker; tests replace it to simulate a worker that hangs."""
    if getattr(sys, "frozen", False):
        return [sys.executable, FROZEN_FLAG, op]
    return [sys.executable, "-m", WORKER_MODULE, op]


def _environment() -> dict[str, str]:
    # The child must import this very package, wherever the parent was started from.
    root = str(Path(iasante_desktop.__file__).resolve().parent.parent)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
    return env


def run(op: str, payload: bytes, timeout: float) -> dict[str, Any]:
    """The worker's JSON answer to `op` with `payload` on its stdin; WorkerTimeout / WorkerCrashed else."""
    try:
        done = subprocess.run(
            worker_command(op),
            input=payload,
            capture_output=True,
            timeout=timeout,
            env=_environment(),
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
            check=False,
        )
    except subprocess.TimeoutExpired:
        # subprocess.run has already killed and reaped the child.
        raise WorkerTimeout(op) from None
    except OSError as exc:
        raise WorkerCrashed(f"cannot start the PDF worker: {exc}") from None
    try:
        answer = json.loads(done.stdout)
    except ValueError:
        answer = None
    if done.returncode != 0 or not isinstance(answer, dict):
        tail = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [f"exit {done.returncode}"]
        raise WorkerCrashed(tail[0])
    return answer
