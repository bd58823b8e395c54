"""Format 2: formatted texts and figures in the draft, and drafts written by the previous release (format 1)
opening unchanged."""

from __future__ import annotations

import json
import shutil
from contextlib import closing
import sqlite3
import struct
import zlib
from pathlib import Path

from iasante_desktop.core.dossier import from_json, to_json
from iasante_desktop.core.richtext import BOLD, BULLET, Cell, Figure, ListItem, Para, RichText, Span, Table
from iasante_desktop.drafts import Draft

SAMPLES = Path(__file__).parent / "samples"


def _png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + b"\x80\x20\x20" * width for _ in range(height))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def _rich_description() -> RichText:
    return RichText(
        [
            Para((Span("Objectif "), Span("principal", frozenset({BOLD})), Span(" :"))),
            Para((Span("premier point"),), ListItem(BULLET, 0, 1)),
            Para((Span("sous-point"),), ListItem(BULLET, 1, 1)),
            Figure(_png(40, 30), "image/png", 300.0, 225.0, (Span("Figure 1 : diagramme de Gantt"),), "gantt.png"),
            Table(((Cell((Para((Span("WP"),)),)), Cell((Para((Span("Mois"),)),))),), (3000, 3000), 1),
        ]
    )


def test_a_format_1_draft_from_the_previous_release_opens_with_every_word(tmp_path):
    copy = tmp_path / "ancien.iasante"
    shutil.copyfile(SAMPLES / "format1.iasante", copy)
    copy.chmod(0o600)
    expected = json.loads((SAMPLES / "format1.expected.json").read_text(encoding="utf-8"))
    with Draft.open(copy) as draft:
        dossier = draft.load()
        assert "avant migration" in [v.label for v in draft.versions()]
        old = draft.load_version(draft.versions()[-1].id)
    assert dossier.resume.plain() == expected["resume"]
    assert dossier.partners[1].team.plain() == expected["partners"][1]["team"]
    assert "\u2028" in dossier.resume.plain() and "IRIT · équipe SAMoVA" in dossier.partners[1].team.plain()
    for point, text in expected["description"].items():
        assert dossier.description[point].plain() == text
    assert dossier.title == expected["title"]
    assert old.acronym == expected["acronym"]  # the versions written in format 1 read too
    with closing(sqlite3.connect(copy)) as conn:  # migrated on open: the current state is format 2
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
        resume = json.loads(conn.execute("SELECT value FROM fields WHERE key = 'resume'").fetchone()[0])
    assert isinstance(resume, dict) and resume["blocks"]


def test_formatting_figures_and_tables_survive_a_save_and_reopen(tmp_path, complete_dossier):
    complete_dossier.description["objectifs"] = _rich_description()
    complete_dossier.resume = RichText([Para((Span("Gras", frozenset({BOLD})), Span(" puis normal")))])
    path = tmp_path / "riche.iasante"
    with Draft.create(path, complete_dossier):
        pass
    with Draft.open(path) as draft:
        loaded = draft.load()
    assert loaded.description["objectifs"] == _rich_description()
    assert loaded.resume == complete_dossier.resume
    assert loaded == complete_dossier


def test_a_figure_is_stored_once_however_many_versions_and_autosaves(tmp_path, complete_dossier):
    complete_dossier.description["objectifs"] = _rich_description()
    path = tmp_path / "riche.iasante"
    figure = _rich_description().figures()[0]
    with Draft.create(path, complete_dossier) as draft:
        for n in range(5):
            complete_dossier.description["programme"] = f"version {n}"
            draft.save(complete_dossier, reason="save")
    with closing(sqlite3.connect(path)) as conn:
        blobs = conn.execute("SELECT sha256 FROM blobs").fetchall()
        states = [row[0] for row in conn.execute("SELECT state FROM versions")]
    assert [row[0] for row in blobs] == [figure.sha256]
    assert all("data_base64" not in state for state in states)
    with Draft.open(path) as draft:  # every version still has its image
        for info in draft.versions():
            assert draft.load_version(info.id).description["objectifs"].figures()[0].data == figure.data


def test_a_figure_removed_from_every_version_is_dropped_on_close(tmp_path, complete_dossier):
    path = tmp_path / "riche.iasante"
    with Draft.create(path, complete_dossier) as draft:
        complete_dossier.description["objectifs"] = _rich_description()
        draft.save(complete_dossier, reason="autosave")
        complete_dossier.description["objectifs"] = "plus de figure"
        draft.save(complete_dossier, reason="autosave")
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT COUNT(*) FROM blobs").fetchone()[0] == 0


def test_the_interchange_form_carries_formatting_and_reads_format_1_strings():
    data = {"call_id": "x", "format_version": 1, "resume": "a\nb", "description": {"objectifs": "c"}}
    dossier = from_json(data)
    assert dossier.resume.plain() == "a\nb" and dossier.description["objectifs"].plain() == "c"
    dossier.description["objectifs"] = _rich_description()
    again = from_json(json.loads(json.dumps(to_json(dossier))))
    assert again.description["objectifs"] == _rich_description()
    assert to_json(again)["format_version"] == 2
