"""The attachments page: PDFs checked on arrival, refused with their name, stored in the dossier."""

from __future__ import annotations

import copy
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication, QFileDialog

from iasante_desktop.core.dossier import to_json
from iasante_desktop.gui.pages.attachments import AttachmentsPage
from iasante_desktop.gui.pages.partners import PartnersPage
from pagekit import checked_context


def make_pdf(path, pages: int) -> str:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setTitle("CV")
    painter = QPainter(writer)
    for n in range(pages):
        if n:
            writer.newPage()
        painter.drawText(200, 200, f"Page {n + 1}")
    painter.end()
    return str(path)


@pytest.fixture
def cv_pdf(tmp_path):
    return make_pdf(tmp_path / "cv-dupont.pdf", 3)


@pytest.fixture
def letter_pdf(tmp_path):
    return make_pdf(tmp_path / "lettre-startup.pdf", 1)


@pytest.fixture
def encrypted_pdf(tmp_path, cv_pdf):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(cv_pdf))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-128")
    path = tmp_path / "cv-protege.pdf"
    with open(path, "wb") as out:
        writer.write(out)
    return str(path)


@pytest.fixture
def page(qtbot, call, complete_dossier):
    ctx = checked_context(call, complete_dossier)
    widget = AttachmentsPage(ctx)
    qtbot.addWidget(widget)
    return widget


def attach(qtbot, page, paths: list[str], kind: str, partner: int | None = None) -> None:
    """Attach and wait for the check, which runs off the interface thread."""
    with qtbot.waitSignal(page.files_checked, timeout=30_000):
        page.attach_files(paths, kind, partner)


def drop(widget, paths: list[str], qtbot=None, page=None) -> bool:
    """Drag the files over `widget` and drop them, as a file manager does; whether the drag was accepted.
    With `qtbot` and `page`, wait until the page has checked the files."""
    if qtbot is not None:
        with qtbot.waitSignal(page.files_checked, timeout=30_000):
            accepted = drop(widget, paths)
        return accepted
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(p) for p in paths])
    enter = QDragEnterEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def test_one_cv_slot_per_partner_labelled_with_the_partner(page):
    assert len(page._slots) == 2
    assert page._slots[1].heading.text() == "Partenaire 2 : Karim Benali — CHU de Montpellier, Hôpital Gui de Chauliac"
    assert not page._slots[0].open_button.isEnabled()


def test_dropping_a_valid_cv_stores_it_and_shows_its_pages(qtbot, page, cv_pdf):
    paths = []
    page.ctx.events.edited.connect(paths.append)
    assert drop(page._slots[0], [cv_pdf], qtbot, page)
    [cv] = page.ctx.dossier.attachments
    assert (cv.kind, cv.partner, cv.filename, cv.pages) == ("cv", 0, "cv-dupont.pdf", 3)
    assert cv.data == Path(cv_pdf).read_bytes()
    assert "3 pages" in page._slots[0].info.text()
    assert "Ko" in page._slots[0].info.text()
    assert page._slots[0].open_button.isEnabled()
    assert "Joint : cv-dupont.pdf" in page._slots[0].note.text()  # beside the partner's box
    assert paths == ["attachments"]
    # The draft's interchange form carries the bytes, so the autosave keeps the file.
    assert to_json(page.ctx.dossier)["attachments"][0]["data_base64"]


def test_dropping_an_encrypted_pdf_is_refused_by_name_and_changes_nothing(qtbot, page, cv_pdf, encrypted_pdf):
    attach(qtbot, page, [cv_pdf], "cv", 0)
    before = copy.deepcopy(page.ctx.dossier)
    paths = []
    page.ctx.events.edited.connect(paths.append)
    drop(page._slots[0], [encrypted_pdf], qtbot, page)
    assert "« cv-protege.pdf » est protégé par un mot de passe" in page._slots[0].note.text()
    assert page._slots[0].note.property("status") == "error"
    assert page.ctx.dossier == before
    assert paths == []
    assert "cv-dupont.pdf" in page._slots[0].info.text()


def test_a_file_that_is_not_a_pdf_is_refused_by_name(qtbot, page, tmp_path):
    fake = tmp_path / "cv.pdf"
    fake.write_text("Ceci est un CV en texte.")
    attach(qtbot, page, [str(fake)], "cv", 1)
    assert "« cv.pdf » n'est pas un fichier PDF" in page._slots[1].note.text()
    assert page.ctx.dossier.attachments == []


def test_dropping_a_second_cv_replaces_the_first(qtbot, page, cv_pdf, letter_pdf):
    attach(qtbot, page, [cv_pdf], "cv", 1)
    drop(page._slots[1], [letter_pdf], qtbot, page)
    [cv] = page.ctx.dossier.attachments
    assert (cv.filename, cv.partner, cv.pages) == ("lettre-startup.pdf", 1, 1)


def test_two_files_on_one_cv_slot_are_refused(qtbot, page, cv_pdf, letter_pdf):
    drop(page._slots[0], [cv_pdf, letter_pdf], qtbot, page)
    assert "Un seul CV" in page.message.text()
    assert page.ctx.dossier.attachments == []


def test_letters_list_takes_several_drops_and_refuses_duplicates(qtbot, page, letter_pdf, cv_pdf):
    assert drop(page.letters.list.viewport(), [letter_pdf, cv_pdf], qtbot, page)
    assert [a.filename for a in page.ctx.dossier.attachments] == ["lettre-startup.pdf", "cv-dupont.pdf"]
    assert all(a.kind == "letter" for a in page.ctx.dossier.attachments)
    assert page.letters.list.count() == 2
    assert "1 page," in page.letters.list.item(0).text()
    drop(page.letters, [letter_pdf], qtbot, page)
    assert "déjà joint" in page.message.text()
    assert len(page.ctx.dossier.attachments) == 2
    assert "2 pièces jointes, 4 pages" in page.totals.text()


def test_a_drag_without_local_files_is_not_accepted(page):
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.org/cv.pdf")])
    enter = QDragEnterEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page.annexes, enter)
    assert not enter.isAccepted()


def test_choose_button_attaches_the_chosen_file(qtbot, page, cv_pdf, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (cv_pdf, "PDF"))
    with qtbot.waitSignal(page.files_checked, timeout=30_000):
        page._slots[1].choose_button.click()
    assert page.ctx.dossier.attachments[0].partner == 1
    assert page._slots[1].choose_button.text() == "Remplacer…"


def test_remove_takes_the_file_out_of_the_dossier(qtbot, page, letter_pdf):
    attach(qtbot, page, [letter_pdf], "annex")
    page.annexes.list.setCurrentRow(0)
    page.annexes.remove_button.click()
    assert page.ctx.dossier.attachments == []
    assert page.annexes.list.count() == 0


def test_open_writes_a_private_copy_and_hands_it_to_the_desktop(qtbot, page, cv_pdf, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    attach(qtbot, page, [cv_pdf], "cv", 0)
    page._slots[0].open_button.click()
    [url] = opened
    path = page.last_opened
    assert url.toLocalFile() == str(path)
    assert path.name == "cv-dupont.pdf"
    assert path.read_bytes() == Path(cv_pdf).read_bytes()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_cv_slots_follow_partners_added_and_moved(qtbot, call, complete_dossier, cv_pdf):
    ctx = checked_context(call, complete_dossier)
    partners, page = PartnersPage(ctx), AttachmentsPage(ctx)
    qtbot.addWidget(partners)
    qtbot.addWidget(page)
    attach(qtbot, page, [cv_pdf], "cv", 0)
    partners.add_button.click()
    assert len(page._slots) == 3
    partners.list.setCurrentRow(0)
    partners.down_button.click()
    assert "cv-dupont.pdf" in page._slots[1].info.text()
    assert page._slots[1].heading.text().startswith("Partenaire 2 : Claire Dupont")
    assert "Déposez ici" in page._slots[0].info.text()


def test_every_control_has_an_accessible_name(page):
    from PySide6.QtWidgets import QAbstractButton, QListWidget

    controls = [w for kind in (QAbstractButton, QListWidget) for w in page.findChildren(kind)]
    assert len(controls) >= 2 * 3 + 2 * 4
    assert [w for w in controls if not w.accessibleName()] == []


def test_a_cv_checked_while_partners_are_reordered_goes_to_the_partner_it_was_dropped_on(qtbot, call, complete_dossier, cv_pdf):
    ctx = checked_context(call, complete_dossier)
    partners, page = PartnersPage(ctx), AttachmentsPage(ctx)
    qtbot.addWidget(partners)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.files_checked, timeout=30_000):
        drop(page._slots[0], [cv_pdf])
        assert page.busy and "Vérification de « cv-dupont.pdf »" in page._slots[0].note.text()
        partners.move(0, +1)  # the interface is not blocked while the file is checked
    [cv] = ctx.dossier.attachments
    assert ctx.dossier.partners[cv.partner].carrier_name == "Claire Dupont"
    assert not page.busy


def test_a_cv_whose_partner_was_removed_during_the_check_is_not_attached(qtbot, call, complete_dossier, cv_pdf):
    ctx = checked_context(call, complete_dossier)
    partners, page = PartnersPage(ctx), AttachmentsPage(ctx)
    qtbot.addWidget(partners)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.files_checked, timeout=30_000):
        page.attach_files([cv_pdf], "cv", 1)
        partners.remove(1, confirm=False)
    assert ctx.dossier.attachments == []
    assert "supprimé" in page.message.text()


def test_a_cv_moves_to_another_partner_and_every_action_can_be_undone(qtbot, page, cv_pdf, letter_pdf):
    attach(qtbot, page, [cv_pdf], "cv", 0)
    attach(qtbot, page, [letter_pdf], "letter")
    assert [a.text() for a in page._slots[0].move_menu.actions()] == ["Partenaire 2 — Karim Benali"]
    page._slots[0].move_menu.actions()[0].trigger()
    assert [(a.kind, a.partner) for a in page.ctx.dossier.attachments] == [("cv", 1), ("letter", None)]
    assert "déplacé vers le partenaire 2" in page._slots[1].note.text()
    page.remove(page.ctx.dossier.attachments[1])
    assert page.undo() and [(a.kind, a.partner) for a in page.ctx.dossier.attachments] == [("cv", 1), ("letter", None)]
    assert page.undo() and [(a.kind, a.partner) for a in page.ctx.dossier.attachments] == [("cv", 0), ("letter", None)]
    assert page.undo() and [(a.kind, a.partner) for a in page.ctx.dossier.attachments] == [("cv", 0)]
    page.undo_button.click()
    assert page.ctx.dossier.attachments == []
    assert "Annulé : ajout de cv-dupont.pdf" in page.message.text()
    assert not page.undo_button.isEnabled()


def test_the_same_cv_on_two_partners_shows_beside_both_boxes(qtbot, call, complete_dossier, cv_pdf):
    ctx = checked_context(call, complete_dossier)
    page = AttachmentsPage(ctx)
    qtbot.addWidget(page)
    attach(qtbot, page, [cv_pdf], "cv", 0)
    attach(qtbot, page, [cv_pdf], "cv", 1)
    from iasante_desktop.checking import check

    ctx.findings = check(ctx.dossier, call).findings
    page.refresh()
    for slot in page._slots:
        assert "est joint au partenaire 1 (Claire Dupont) et au partenaire 2 (Karim Benali)" in slot.note.text()
        assert slot.note.property("status") == "error"
