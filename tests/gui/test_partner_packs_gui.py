"""The partners board and the diff dialog of a returned partner pack."""

from __future__ import annotations

import datetime as dt
import email
from decimal import Decimal
from email import policy

import pytest
from factories import make_complete_dossier
from packkit import fill
from pdf_samples import make_pdf

from iasante_desktop.core.dossier import Partner, to_json
from iasante_desktop.gui.pages.partners import PartnersPage
from pagekit import checked_context


@pytest.fixture
def page(qtbot, call, complete_dossier, tmp_path):
    complete_dossier.partners[1].email = "karim.benali@chu-montpellier.fr"
    complete_dossier.partners.append(Partner(carrier_name="Léa Martin", email="lea.martin@chu-nimes.fr"))
    ctx = checked_context(call, complete_dossier)
    widget = PartnersPage(ctx)
    qtbot.addWidget(widget)
    widget.board.choose_folder = lambda: tmp_path / "out"
    widget.show()
    return widget


def cell(page, row, column):
    return page.board.table.item(row, column).text()


def test_the_board_shows_what_each_partner_still_owes(page):
    assert page.board.table.rowCount() == 3
    assert cell(page, 2, 0) == "Partenaire 3 — Léa Martin"
    assert cell(page, 2, 4) == "CV en PDF, statut, site, colonne du budget, lettre"
    assert cell(page, 0, 4) == "CV en PDF, lettre"
    assert cell(page, 2, 2) == "—" and cell(page, 2, 3) == "—"


def test_writing_a_pack_records_the_sending_and_a_reminder_lists_what_is_missing(page, tmp_path):
    page.board.table.selectRow(2)
    page.board.pack_button.click()
    out = tmp_path / "out"
    assert (out / "NEURO-IA-partenaire-3.docx").is_file() and (out / "NEURO-IA-partenaire-3.eml").is_file()
    assert cell(page, 2, 2) == dt.date.today().strftime("%d/%m/%Y")
    assert page.ctx.dossier.packs[-1].slot == 3
    page.board.reminder_button.click()
    message = email.message_from_bytes((out / "NEURO-IA-partenaire-3-relance.eml").read_bytes(), policy=policy.default)
    assert message["To"] == "lea.martin@chu-nimes.fr"
    assert "CV en PDF, statut, site, colonne du budget, lettre" in message.get_body(("plain",)).get_content()


def test_the_diff_dialog_shows_each_change_and_waits_for_a_choice_on_a_conflict(page, tmp_path, qtbot):
    page.board.table.selectRow(1)
    page.board.pack_button.click()
    page.ctx.dossier.partners[1].unit = "CHU de Montpellier, neurologie"  # the assistant, after sending
    filled = fill(
        tmp_path / "out" / "NEURO-IA-partenaire-2.docx", tmp_path / "retour.docx",
        {"Unité de rattachement": "CMRR", "Budget : Mission": "2 500", "Présentation de l'équipe": "Nouvelle équipe."},
    )
    cv = tmp_path / "cv-benali.pdf"
    cv.write_bytes(make_pdf(1, "Karim Benali"))
    dialog = page.merge_pack(filled, [cv])
    assert dialog is not None and dialog.isVisible()
    keys = [change.key for change, _ in dialog.choices]
    assert keys == ["unit", "team", "budget.mission"]
    assert not dialog.apply_button.isEnabled()  # the conflict on the unit waits for a choice
    assert "1 conflit" in dialog.pending.text()
    _, unit_choice = dialog.choices[0]
    unit_choice.button(0).setChecked(True)  # keep the dossier's unit
    dialog.choices[1][1].setChecked(False)  # refuse the team text
    assert dialog.apply_button.isEnabled()
    dialog.apply_button.click()
    partner = page.ctx.dossier.partners[1]
    assert partner.unit == "CHU de Montpellier, neurologie"
    assert partner.team.plain() == "Centre mémoire de ressources et de recherche."
    assert partner.budget["mission"] == Decimal("2500")
    assert [(a.kind, a.partner) for a in page.ctx.dossier.attachments] == [("cv", 1)]
    assert cell(page, 1, 3) == dt.date.today().strftime("%d/%m/%Y")
    assert "Reçu de Karim Benali" in dialog.outcome.label and "retour.docx" in dialog.outcome.label


def test_accept_all_takes_every_partner_value(page, tmp_path):
    page.board.table.selectRow(1)
    page.board.pack_button.click()
    page.ctx.dossier.partners[1].unit = "Autre"
    filled = fill(tmp_path / "out" / "NEURO-IA-partenaire-2.docx", tmp_path / "r.docx", {"Unité de rattachement": "CMRR"})
    dialog = page.merge_pack(filled)
    dialog.accept_all_button.click()
    dialog.apply_button.click()
    assert page.ctx.dossier.partners[1].unit == "CMRR"


def test_a_pack_of_another_dossier_dropped_on_the_window_is_refused_in_one_line(window, call, tmp_path):
    from iasante_desktop.partner_packs import make_pack

    other = make_complete_dossier(call)
    other.acronym = "AUTRE"
    pack, _ = make_pack(other, call, 1, tmp_path)
    before = to_json(window.ctx.dossier)
    assert window.drop_files([pack], [tmp_path / "x.pdf"]) is None
    text = window.message_box.text()
    assert text == ("Ce pack partenaire appartient à un autre dossier (« AUTRE ») : rien n'a été modifié.\n"
                    "This partner pack belongs to another dossier (« AUTRE »): nothing was changed.")
    assert to_json(window.ctx.dossier) == before


def test_a_pack_dropped_on_the_window_with_its_cv_opens_the_diff(window, call, tmp_path):
    dossier = window.ctx.dossier
    dossier.partners[1].carrier_name = "Karim Benali"
    from iasante_desktop.partner_packs import make_pack

    pack, _ = make_pack(dossier, call, 1, tmp_path)
    filled = fill(pack, tmp_path / "retour.docx", {"Site": "Montpellier"})
    cv = tmp_path / "cv.pdf"
    cv.write_bytes(make_pdf(1, "Karim Benali"))
    dialog = window.drop_files([filled], [cv])
    assert [c.key for c, _ in dialog.choices] == ["site"]
    dialog.apply_button.click()
    assert dossier.partners[1].site == "Montpellier"
    assert [(a.kind, a.partner) for a in dossier.attachments] == [("cv", 1)]
    labels = [v.label for v in window.ctx.draft.versions()]
    assert any(l.startswith("Reçu de Karim Benali le ") and "retour.docx" in l for l in labels)


def test_a_new_draft_takes_the_acronym_name_once_the_acronym_is_left(window):
    first = window.ctx.draft.path
    assert first.name.startswith("brouillon-")
    window.ctx.dossier.acronym = "NEURO-IA"
    window.ctx.edited("acronym")
    assert window.session.save_now()
    assert window.ctx.draft.path == first  # not while the acronym is being typed
    window.ctx.dossier.title = "Titre"
    window.ctx.edited("title")
    assert window.session.save_now()
    renamed = window.ctx.draft.path
    assert renamed.name == "NEURO-IA-" + first.name[len("brouillon-"):]
    assert renamed.is_file() and not first.exists()
    assert "NEURO-IA" in window.windowTitle()


def test_reimporting_the_dossiers_own_word_file_merges_with_a_diff_and_keeps_attachments(window, call, tmp_path):
    import copy

    from iasante_desktop.core.dossier import Attachment
    from iasante_desktop.documents.word_export import render_docx

    dossier = make_complete_dossier(call)
    dossier.attachments = [Attachment("cv", "cv-dupont.pdf", make_pdf(1, "Dupont"), partner=0, pages=1)]
    window.session.replace_dossier(dossier)
    draft_path = window.ctx.draft.path
    edited = copy.deepcopy(dossier)
    edited.title = "Un nouveau titre"
    edited.partners[1].team = "Centre mémoire, nouvelle présentation."
    edited.partners[0].cv = ""  # an empty field in the Word file never erases the dossier's
    word = tmp_path / "neuro-ia.docx"
    word.write_bytes(render_docx(edited, call))
    dialog = window.open_word_file(word)
    assert [c.key for c, _ in dialog.choices] == ["title", "partners[1].team"]
    dialog.apply_button.click()
    assert window.ctx.draft.path == draft_path  # the same dossier, not a second one
    current = window.ctx.dossier
    assert current.title == "Un nouveau titre"
    assert current.partners[1].team.plain() == "Centre mémoire, nouvelle présentation."
    assert current.partners[0].cv.plain() == dossier.partners[0].cv.plain()
    assert [a.filename for a in current.attachments] == ["cv-dupont.pdf"]
    assert any(v.label.startswith("Importé de neuro-ia.docx") for v in window.ctx.draft.versions())


def test_a_partner_with_the_app_opens_the_pack_and_what_they_write_back_is_recognised(make_window, call, tmp_path):
    from iasante_desktop.partner_packs import make_pack, prepare_merge

    assistant = make_complete_dossier(call)
    pack, _ = make_pack(assistant, call, 1, tmp_path / "sent")
    window = make_window()  # the partner's app, no dossier open
    assert window.open_word_file(pack) is True
    dossier = window.ctx.dossier
    assert len(dossier.partners) == 2 and dossier.partners[1].carrier_name == "Karim Benali"
    assert window.current_page_id() == "partners"
    dossier.partners[1].site = "Nîmes"
    window.pages["partners"].board.choose_folder = lambda: tmp_path / "back"
    written, _ = window.pages["partners"].board.write_pack(1)
    plan = prepare_merge(assistant, call, written)  # the assistant's dossier recognises it
    assert plan.index == 1 and [c.key for c in plan.changes] == ["site"]
