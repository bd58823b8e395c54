"""The zip: named as the call requires, holding the PDF, the Word file and the attachments under names
Windows can unpack."""

from __future__ import annotations

import datetime as dt
import os
import stat
import zipfile

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pdf_samples import make_pdf

from iasante_desktop.core.dossier import Attachment
from iasante_desktop.documents.archive import _RESERVED, build_archive, safe_member_name
from iasante_desktop.documents.errors import DocumentError

WINDOWS_FORBIDDEN = set('<>:"/\\|?*') | {chr(c) for c in range(32)}


@pytest.fixture
def with_attachments(complete_dossier):
    complete_dossier.attachments = [
        Attachment(kind="letter", filename="Lettre d'intérêt.pdf", data=make_pdf(1)),
        Attachment(kind="cv", filename="CV.pdf", data=make_pdf(2), partner=1),
        Attachment(kind="cv", filename="CV.pdf", data=make_pdf(1), partner=0),
        Attachment(kind="annex", filename="..\\..\\Windows\\con.pdf", data=make_pdf(1)),
        Attachment(kind="annex", filename="données: v2?.PDF ", data=make_pdf(1)),
    ]
    return complete_dossier


def test_zip_members_are_named_after_the_calls_pattern_in_ascii(with_attachments, call, tmp_path):
    pdf, docx = tmp_path / "final.pdf", tmp_path / "final.docx"
    pdf.write_bytes(b"%PDF-final"), docx.write_bytes(b"PK-word")
    out = tmp_path / "out"
    out.mkdir()
    path = build_archive(with_attachments, call, out, pdf, docx, when=dt.datetime(2025, 12, 1, 10, 30))
    assert path.name == "IASANTE_AAPAMOR2026_NEURO-IA.zip"
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
        names = archive.namelist()
        assert names == [
            "IASANTE_AAPAMOR2026_NEURO-IA.pdf",
            "IASANTE_AAPAMOR2026_NEURO-IA.docx",
            "IASANTE_AAPAMOR2026_NEURO-IA_CV_P1_DUPONT.pdf",
            "IASANTE_AAPAMOR2026_NEURO-IA_CV_P2_BENALI.pdf",
            "IASANTE_AAPAMOR2026_NEURO-IA_LETTRE_1_Lettre-d-interet.pdf",
            "IASANTE_AAPAMOR2026_NEURO-IA_ANNEXE_1_con.pdf",
            "IASANTE_AAPAMOR2026_NEURO-IA_ANNEXE_2_donnees-v2.pdf",
        ]
        assert all(name.isascii() for name in names)
        assert archive.read("IASANTE_AAPAMOR2026_NEURO-IA.pdf") == b"%PDF-final"
        assert archive.read("IASANTE_AAPAMOR2026_NEURO-IA_CV_P2_BENALI.pdf") == with_attachments.attachments[1].data
        for info in archive.infolist():
            assert info.date_time == (2025, 12, 1, 10, 30, 0)
    assert sorted(p.name for p in out.iterdir()) == [path.name]
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_member_names_come_from_the_call_spec_not_the_code(with_attachments, call, tmp_path):
    members = (("cv", "{stem}-CURRICULUM-{partner}-{name}"), ("letter", "{stem}_L{n}"), ("annex", "{stem}_A{n}_{name}"))
    other = call._replace(submission=call.submission._replace(member_names=members))
    path = build_archive(with_attachments, other, tmp_path, None, None)
    with zipfile.ZipFile(path) as archive:
        assert archive.namelist()[:3] == [
            "IASANTE_AAPAMOR2026_NEURO-IA-CURRICULUM-1-DUPONT.pdf",
            "IASANTE_AAPAMOR2026_NEURO-IA-CURRICULUM-2-BENALI.pdf",
            "IASANTE_AAPAMOR2026_NEURO-IA_L1.pdf",
        ]


def test_each_attachment_goes_in_once_and_a_surname_is_found_behind_titles(complete_dossier, call, tmp_path):
    from iasante_desktop.documents.archive import surname

    assert surname("Pr Julien Ferrand") == "FERRAND"
    assert surname("Dr. Marie de La Tour") == "DE-LA-TOUR"
    assert surname("Roussel") == "ROUSSEL"
    assert surname("Hélène Côté") == "COTE"
    letter = make_pdf(1)
    complete_dossier.attachments = [
        Attachment(kind="letter", filename="lettre.pdf", data=letter),
        Attachment(kind="letter", filename="lettre (copie).pdf", data=letter),
    ]
    path = build_archive(complete_dossier, call, tmp_path, None, None)
    with zipfile.ZipFile(path) as archive:
        assert archive.namelist() == ["IASANTE_AAPAMOR2026_NEURO-IA_LETTRE_1_lettre.pdf"]


def test_a_dossier_without_a_valid_acronym_cannot_name_its_zip(complete_dossier, call, tmp_path):
    complete_dossier.acronym = "NEURO IA"
    with pytest.raises(DocumentError) as caught:
        build_archive(complete_dossier, call, tmp_path, None, None)
    assert "NEURO IA" in caught.value.fr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("raw", "safe"),
    [
        ("CON.pdf", "_CON.pdf"),
        ("nul", "_nul"),
        ("com1.tar.gz", "_com1.tar.gz"),
        ("lettre. . .", "lettre"),
        ("a/b\\c.pdf", "c.pdf"),
        ("", "fichier"),
        ("...", "fichier"),
        ("r\u00e9sum\u0065\u0301.pdf", "résumé.pdf"),
    ],
)
def test_names_windows_refuses_are_made_safe(raw, safe):
    assert safe_member_name(raw, set()) == safe


def test_names_equal_but_for_case_are_made_unique():
    taken: set[str] = set()
    assert [safe_member_name(n, taken) for n in ("CV.pdf", "cv.PDF", "Cv.pdf")] == ["CV.pdf", "cv (2).PDF", "Cv (3).pdf"]


@given(st.lists(st.text(max_size=300), min_size=1, max_size=8))
def test_any_names_become_distinct_windows_safe_names(raws):
    taken: set[str] = set()
    names = [safe_member_name(raw, taken) for raw in raws]
    assert len({n.casefold() for n in names}) == len(names)
    for name in names:
        assert name and len(name) <= 100
        assert not WINDOWS_FORBIDDEN & set(name)
        assert name[-1] not in ". " and name[0] != " "
        assert name.split(".")[0].upper() not in _RESERVED
