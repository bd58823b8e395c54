"""The PDF worker kept ready for the next export: used when it matches, never left behind."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from iasante_desktop.documents import pdf_sandbox
from pdf_samples import make_pdf


def test_a_prestarted_worker_answers_the_next_request(monkeypatch):
    monkeypatch.setattr(pdf_sandbox, "_spares", {})
    pdf_sandbox.prestart("check")
    spare = pdf_sandbox._spares["check"]
    job = pdf_sandbox.start("check")
    assert job is spare
    answer = job.answer(make_pdf(2), timeout=30)
    assert answer["ok"] and answer["pages"] == 2
    assert not job.usable()  # a worker answers once
    fresh = pdf_sandbox.start("check")
    assert fresh is not job
    fresh.cancel()


def test_a_spare_started_another_way_is_not_used(monkeypatch):
    monkeypatch.setattr(pdf_sandbox, "_spares", {})
    pdf_sandbox.prestart("check")
    spare = pdf_sandbox._spares["check"]
    hanging = [sys.executable, "-c", "import time; time.sleep(60)"]
    monkeypatch.setattr(pdf_sandbox, "worker_command", lambda op: hanging)
    job = pdf_sandbox.start("check")
    assert job is not spare and job.command == hanging
    job.cancel()
    assert spare._process.poll() is not None  # the stale spare was stopped, not leaked


def test_a_spare_ends_with_the_process_that_started_it():
    script = (
        "from iasante_desktop.documents import pdf_sandbox;"
        "pdf_sandbox.prestart('assemble');"
        "print(pdf_sandbox._spares['assemble']._process.pid, flush=True);"
        "import os; os._exit(0)"  # no atexit: as if the app were killed
    )
    parent = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, cwd=os.getcwd())
    pid = int(parent.stdout.split()[0])
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            with open(f"/proc/{pid}/stat") as stat:
                if stat.read().split()[2] == "Z":
                    break  # exited; a zombie until init reaps it
        except FileNotFoundError:
            break
        time.sleep(0.1)
    else:
        raise AssertionError(f"the spare worker {pid} outlived its parent")
