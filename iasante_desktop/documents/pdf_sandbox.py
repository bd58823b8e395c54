"""Run one pypdf job in the child process of `_pdf_worker`, and stop it when it takes too long.

A child process costs about 0.15 s to start with pypdf imported (measured on the build machine, warm
disk cache); that is the price of being able to kill a parse that never ends, which a thread cannot do.
"""

from __future__ import annotations

import atexit
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


class Job:
    """A worker started ahead of its request: it imports pypdf (about 0.15 s) while the caller is still
    preparing the payload, e.g. drawing the dossier's pages."""

    def __init__(self, op: str):
        self.op = op
        self.command = worker_command(op)
        self._asked = False
        try:
            self._process = subprocess.Popen(
                self.command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=_environment(),
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
            )
        except OSError as exc:
            raise WorkerCrashed(f"cannot start the PDF worker: {exc}") from None

    def answer(self, payload: bytes, timeout: float) -> dict[str, Any]:
        """The worker's JSON answer to `payload`; WorkerTimeout / WorkerCrashed else."""
        process = self._process
        self._asked = True
        try:
            stdout, stderr = process.communicate(payload, timeout=timeout)
        except subprocess.TimeoutExpired:
            self.cancel()
            raise WorkerTimeout(self.op) from None
        except OSError as exc:  # the child died before reading its request
            self.cancel()
            raise WorkerCrashed(str(exc)) from None
        try:
            answer = json.loads(stdout)
        except ValueError:
            answer = None
        if process.returncode != 0 or not isinstance(answer, dict):
            tail = stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [f"exit {process.returncode}"]
            raise WorkerCrashed(tail[0])
        return answer

    def cancel(self) -> None:
        """Stop the worker (the request will not come, or came too late) and reap it. Harmless after an
        answer."""
        if self._process.poll() is None:
            self._process.kill()
        if not self._asked or self._process.returncode is None:
            self._asked = True
            self._process.communicate()


    def usable(self) -> bool:
        """Still waiting for its request, and started the way a new worker would be now."""
        return not self._asked and self._process.poll() is None and self.command == worker_command(self.op)


# One idle worker per operation, pypdf already imported, for the next request (the applicant who fixes a
# typo and exports again). It costs one idle process; it exits by itself when this process ends, since
# its stdin then closes.
_spares: dict[str, Job] = {}


def start(op: str) -> Job:
    """A worker for `op`: the spare one if it is ready, a new one otherwise."""
    spare = _spares.pop(op, None)
    if spare is not None and spare.usable():
        return spare
    if spare is not None:
        spare.cancel()
    return Job(op)


def prestart(op: str) -> None:
    """Have a worker for `op` waiting, so that the next request skips its start (about 0.15 s)."""
    spare = _spares.get(op)
    if spare is not None and spare.usable():
        return
    try:
        _spares[op] = Job(op)
    except WorkerCrashed:
        _spares.pop(op, None)  # the request itself will report it


@atexit.register
def stop_spares() -> None:
    for job in _spares.values():
        job.cancel()
    _spares.clear()


def run(op: str, payload: bytes, timeout: float) -> dict[str, Any]:
    """The worker's JSON answer to `op` with `payload` on its stdin; WorkerTimeout / WorkerCrashed else."""
    return start(op).answer(payload, timeout)
