"""`iasante-desktop export` and `iasante-desktop attach`: exit codes, one clear line per problem, the files."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pdf_samples import encrypt, make_pdf

from iasante_desktop.cli import main
from iasante_desktop.drafts import Draft

STEM = "IASANTE_AAPAMOR2026_NEURO-IA"


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path, monkeypatch):
    """Drafts' bookkeeping (sessions, recent list) in the test's folder, never the user's data folder."""
    monkeypatch.setenv("IASANTE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))


@pytest.fixture
def draft_path(complete_dossier, tmp_path):
    path = tmp_path / "neuro.iasante"
    Draft.create(path, complete_dossier).close()
    return path


@pytest.fixture
def cv(tmp_path):
    def make(name: str, pages: int = 1):
        path = tmp_path / name
        path.write_bytes(make_pdf(pages, text=name))
        return path

    return make


def attachments_of(draft_path):
    with Draft.open(draft_path) as draft:
        return [(a.kind, a.partner, a.filename, a.pages) for a in draft.load().attachments]


def test_attach_adds_a_cv_for_partner_n_counted_from_one(draft_path, cv, capsys):
    assert main(["attach", str(draft_path), str(cv("cv-benali.pdf", 2)), "--cv", "2"]) == 0
    assert "CV du partenaire 2" in capsys.readouterr().out
    assert attachments_of(draft_path) == [("cv", 1, "cv-benali.pdf", 2)]


def test_a_second_cv_for_the_same_partner_replaces_the_first_and_says_so(draft_path, cv, capsys):
    main(["attach", str(draft_path), str(cv("cv-2024.pdf")), "--cv", "1"])
    capsys.readouterr()
    assert main(["attach", str(draft_path), str(cv("cv-2025.pdf", 3)), "--cv", "1"]) == 0
    out = capsys.readouterr().out
    assert "remplacé" in out and "cv-2024.pdf" in out and "cv-2025.pdf" in out
    assert attachments_of(draft_path) == [("cv", 0, "cv-2025.pdf", 3)]


def test_letters_and_annexes_accumulate(draft_path, cv):
    assert main(["attach", str(draft_path), str(cv("lettre-a.pdf")), "--letter"]) == 0
    assert main(["attach", str(draft_path), str(cv("lettre-b.pdf")), "--letter"]) == 0
    assert main(["attach", str(draft_path), str(cv("annexe.pdf")), "--annex"]) == 0
    assert [a[2] for a in attachments_of(draft_path)] == ["lettre-a.pdf", "lettre-b.pdf", "annexe.pdf"]


def test_attach_refuses_a_password_protected_pdf_in_one_line(draft_path, tmp_path, capsys):
    locked = tmp_path / "cv-verrouillé.pdf"
    locked.write_bytes(encrypt(make_pdf(), user_password="secret"))
    assert main(["attach", str(draft_path), str(locked), "--cv", "1"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "cv-verrouillé.pdf" in err and "mot de passe" in err
    assert attachments_of(draft_path) == []


def test_attach_refuses_a_partner_that_does_not_exist(draft_path, cv, capsys):
    assert main(["attach", str(draft_path), str(cv("cv.pdf")), "--cv", "3"]) == 2
    assert "de 1 à 2" in capsys.readouterr().err


def test_export_writes_the_files_and_lists_them(draft_path, cv, tmp_path, capsys):
    main(["attach", str(draft_path), str(cv("cv-dupont.pdf")), "--cv", "1"])
    out_dir = tmp_path / "envoi"
    capsys.readouterr()
    assert main(["export", str(draft_path), "--to", str(out_dir)]) == 0
    out = capsys.readouterr().out
    for suffix in ("pdf", "zip", "docx", "eml"):
        assert str(out_dir / f"{STEM}.{suffix}") in out
    assert sorted(p.name for p in out_dir.iterdir()) == sorted(f"{STEM}.{s}" for s in ("pdf", "zip", "docx", "eml"))
    with Draft.open(draft_path) as draft:
        assert len(draft.exports()) == 1


def test_export_of_one_format(draft_path, tmp_path):
    assert main(["export", str(draft_path), "--to", str(tmp_path / "o"), "--format", "docx"]) == 0
    assert [p.name for p in (tmp_path / "o").iterdir()] == [f"{STEM}.docx"]


def test_export_with_errors_exits_1_prints_them_and_writes_nothing(complete_dossier, tmp_path, capsys):
    complete_dossier.partners[0].budget["fonctionnement"] = Decimal("90000")
    path = tmp_path / "trop.iasante"
    Draft.create(path, complete_dossier).close()
    out_dir = tmp_path / "envoi"
    out_dir.mkdir()
    assert main(["export", str(path), "--to", str(out_dir)]) == 1
    err = capsys.readouterr().err
    assert "aucun fichier n'a été écrit" in err and "budget.cap" in err
    assert list(out_dir.iterdir()) == []


def test_export_of_an_unreadable_file_exits_2(tmp_path, capsys):
    bogus = tmp_path / "dossier.docx"
    bogus.write_bytes(b"not a word file")
    assert main(["export", str(bogus), "--to", str(tmp_path / "o")]) == 2
    assert capsys.readouterr().err.strip()
    assert not (tmp_path / "o").exists()
