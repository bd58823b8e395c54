"""Tests never touch the real user's folders: the autouse `private_home` fixture (tests/conftest.py) moves
every folder the app uses, in this process and in the processes a test starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import platformdirs

from testkit import fingerprint, real_user_folders
from iasante_desktop.drafts.paths import default_data_dir as data_dir


def test_every_user_folder_the_app_uses_is_inside_the_temporary_home(private_home):
    for folder in real_user_folders() + [data_dir()]:
        assert folder.is_relative_to(private_home), folder


def test_a_process_started_by_a_test_gets_the_temporary_home_too(private_home):
    code = (
        "import json, platformdirs;"
        "print(json.dumps([platformdirs.user_data_dir('iasante-desktop'), platformdirs.user_config_dir('iasante-desktop'),"
        " platformdirs.user_documents_dir()]))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=os.environ.copy(), check=True)
    for folder in json.loads(out.stdout):
        assert folder.startswith(str(private_home)), folder


def test_the_session_check_sees_a_file_written_into_a_watched_folder(tmp_path):
    watched = tmp_path / "data"
    watched.mkdir()
    before = fingerprint([watched], tmp_path / "Documents")
    (watched / "recent.json").write_text("[]")
    assert fingerprint([watched], tmp_path / "Documents") != before


def test_the_documents_folder_is_the_temporary_one(private_home):
    assert platformdirs.user_documents_dir().startswith(str(private_home))
