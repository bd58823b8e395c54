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
        if not _running(pid):
            break
        time.sleep(0.1)
    else:
        raise AssertionError(f"the spare worker {pid} outlived its parent")


def _running(pid: int) -> bool:
    """Whether process `pid` still runs (a zombie has exited), asked of the system itself on every platform."""
    if sys.platform == "win32":
        out = subprocess.run(["tasklist", "/FI", f"PID eq {pid}", "/NH"], capture_output=True, text=True).stdout
        return str(pid) in out
    out = subprocess.run(["ps", "-o", "stat=", "-p", str(pid)], capture_output=True, text=True).stdout.strip()
    return bool(out) and not out.startswith("Z")


def test_the_process_check_sees_a_running_process_and_a_finished_one():
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert _running(child.pid)
    finally:
        child.kill()
        child.wait()
    assert not _running(child.pid)
