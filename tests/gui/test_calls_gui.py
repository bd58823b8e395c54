"""Calls in the window: the start page lists them (open first) and picks the call of a new dossier; the derive
dialog; installing a file (menu, drop); « Changer d'appel »; a dossier whose call file is missing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from iasante_desktop.calls import find_call, user_calls_dir
from iasante_desktop.core.callfile import CallChanges, derive_call
from iasante_desktop.core.dossier import to_json
from iasante_desktop.drafts import Draft
from iasante_desktop.gui.dialogs.derive_call import DeriveCallDialog
from iasante_desktop.gui.pages.start import StartPage

NEW_ID = "iasante-amorcage-2026-2027"
NOV_2026 = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)


def _derived(call, cap="10000", resume=8):
    changes = CallChanges(
        id=NEW_ID, years="2026-2027", deadline=dt.date(2026, 12, 13), results="2027-01",
        file_stem="IASANTE_AAPAMOR2027_{acronym}", cap=Decimal(cap), bonus=Decimal("0"), limits={"resume": resume},
    )
    return derive_call(call, changes, user_calls_dir())


def test_the_start_page_lists_open_calls_first_and_picks_the_call_of_a_new_dossier(qtbot, call):
    from iasante_desktop.core.dossier import new_dossier
    from iasante_desktop.gui.context import AppContext

    new = _derived(call)
    ctx = AppContext(call=call, dossier=new_dossier(call))
    page = StartPage(ctx, clock=lambda: NOV_2026)
    qtbot.addWidget(page)
    items = [page.ui.callsList.item(i).text() for i in range(page.ui.callsList.count())]
    assert len(items) == 2
    assert items[0].startswith("IA pour la Santé — appel à projets d'amorçage 2026-2027 — date limite 13 décembre 2026 — ouvert")
    assert "2025-2026" in items[1] and "clos" in items[1]
    # the window's call is selected first; the calendar shows it
    assert page.chosen.id == call.id and page.ui.deadlineValue.text() == "14 décembre 2025"
    with qtbot.waitSignal(page.call_chosen) as chosen:
        page.ui.callsList.setCurrentRow(0)
    assert chosen.args[0].id == new.id
    assert page.ui.deadlineValue.text() == "13 décembre 2026"
    assert "Il reste 20 j" in page.ui.countdownLabel.text()


def test_a_new_dossier_takes_the_call_chosen_on_the_start_page(make_window, call):
    _derived(call)
    window = make_window()
    start = window.pages["start"]
    start.load_calls()
    row = next(i for i, e in enumerate(start.entries) if e.id == NEW_ID)
    start.ui.callsList.setCurrentRow(row)
    start.ui.newButton.click()
    assert window.ctx.dossier.call_id == NEW_ID
    assert window.ctx.call.id == NEW_ID
    assert window.ctx.draft.load().call_id == NEW_ID
    assert window.pages["resume"].ctx.call.section("resume").max_lines == 8


def test_the_derive_dialog_is_prefilled_from_the_source_and_installs_the_new_call(qtbot, call):
    dialog = DeriveCallDialog([call], call, "fr", clock=lambda: NOV_2026)
    qtbot.addWidget(dialog)
    # prefilled from the source call; only the id moves on, since it must differ
    assert dialog.id_edit.text() == NEW_ID
    assert dialog.name_fr.text() == call.name.fr
    assert dialog.deadline.date() == QDate(2025, 12, 14)
    assert dialog.closing_time.text() == "23:59:59+01:00"
    assert dialog.pattern.text() == "IASANTE_AAPAMOR2026_{acronym}"
    assert dialog.address.text() == "aapiasante@univ-toulouse.fr"
    assert (dialog.cap.text(), dialog.bonus.text()) == ("15000", "5000")
    assert dialog.limit_spins["resume"].value() == 10 and dialog.limit_spins["description"].value() == 2
    assert dialog.min_partners.value() == 2

    qtbot.mouseClick(dialog.suggest_button, Qt.MouseButton.LeftButton)
    assert dialog.years.text() == "2026-2027"
    assert dialog.deadline.date() == QDate(2026, 12, 14)
    assert dialog.pattern.text() == "IASANTE_AAPAMOR2027_{acronym}"
    dialog.deadline.setDate(QDate(2026, 12, 13))
    dialog.cap.setText("18 000")
    dialog.limit_spins["resume"].setValue(8)
    with qtbot.waitSignal(dialog.created) as created:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    new = created.args[0]
    assert new.id == NEW_ID and new.path.parent == user_calls_dir()
    assert new.name.fr.endswith("2026-2027")
    assert new.calendar.closes_at.isoformat() == "2026-12-13T23:59:59+01:00"
    assert new.budget.cap == Decimal("18000") and new.budget.bonus == Decimal("5000")
    assert new.section("resume").max_lines == 8
    assert find_call(NEW_ID) == new


def test_the_derive_dialog_shows_a_refusal_and_stays_open(qtbot, call):
    dialog = DeriveCallDialog([call], call, "fr")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.closing_time.setText("23:59")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "décalage UTC" in dialog.error_label.text()
    dialog.closing_time.setText("23:59:59+01:00")
    dialog.id_edit.setText(call.id)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "rien n'est installé" in dialog.error_label.text()
    assert not user_calls_dir().exists() or list(user_calls_dir().iterdir()) == []


def test_the_window_menu_opens_the_derive_dialog_and_lists_the_new_call(make_window, qtbot):
    window = make_window()
    window.act_derive_call.trigger()
    dialog = window.dialog
    dialog.suggest_next_year()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    start = window.pages["start"]
    assert any(e.id == NEW_ID for e in start.entries)
    assert start.chosen.id == NEW_ID and window.chosen_call().id == NEW_ID


def _drop(window, path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)


def test_dropping_a_call_file_installs_it_or_refuses_it_with_one_message(make_window, call, tmp_path):
    window = make_window()
    text = call.path.read_text(encoding="utf-8").replace(f'id = "{call.id}"', 'id = "appel-2027"', 1)
    bad = tmp_path / "casse.toml"
    bad.write_text(text.replace("duration_months = 12", 'duration_months = "douze"'), encoding="utf-8")
    _drop(window, bad)
    assert window.message_box.windowTitle() == "Appel refusé"
    assert "rien n'est installé" in window.message_box.text() and "calendar.duration_months" in window.message_box.text()
    assert not user_calls_dir().exists() or list(user_calls_dir().iterdir()) == []
    window.message_box.close()

    good = tmp_path / "appel-2027.toml"
    good.write_text(text, encoding="utf-8")
    _drop(window, good)
    assert window.message_box.windowTitle() == "Appel installé"
    assert find_call("appel-2027") is not None
    assert window.pages["start"].chosen.id == "appel-2027"


def test_changer_d_appel_shows_what_changes_then_moves_the_dossier_keeping_every_word(make_window, call, complete_dossier, tmp_path, qtbot):
    new = _derived(call, cap="10000", resume=8)
    path = tmp_path / "neuro.iasante"
    Draft.create(path, complete_dossier).close()
    window = make_window()
    assert window.open_path(path)
    before_text = to_json(window.ctx.dossier)
    assert "budget.cap" not in {f.rule for f in window.ctx.findings}

    window.act_change_call.trigger()
    dialog = window.dialog
    dialog.combo.setCurrentIndex(next(i for i, t in enumerate(dialog.targets) if t.id == NEW_ID))
    report = "\n".join(dialog.lines)
    assert "Résumé : 10 → 8 lignes maximum" in report
    assert "Nom des fichiers : IASANTE_AAPAMOR2026_NEURO-IA → IASANTE_AAPAMOR2027_NEURO-IA" in report
    assert "Plafond" in report and "nouveau :" in report
    qtbot.mouseClick(dialog.move_button, Qt.MouseButton.LeftButton)

    assert window.ctx.call.id == NEW_ID and window.ctx.dossier.call_id == NEW_ID
    assert "budget.cap" in {f.rule for f in window.ctx.findings}  # 12 500 € over the new 10 000 € cap
    after_text = to_json(window.ctx.dossier)
    assert after_text.pop("call_id") == NEW_ID and before_text.pop("call_id") == call.id
    assert after_text == before_text
    labels = [v.label for v in window.ctx.draft.versions()]
    assert f"Changement d'appel : {call.id} → {new.id}" in labels


def test_a_dossier_whose_call_file_is_missing_opens_read_only_with_a_message(make_window, call, complete_dossier, tmp_path):
    new = _derived(call)
    complete_dossier.call_id = NEW_ID
    path = tmp_path / "neuro.iasante"
    Draft.create(path, complete_dossier).close()
    new.path.unlink()  # the call file is gone (another computer, a cleaned folder)
    before = path.read_bytes()

    window = make_window()
    assert window.open_path(path)
    assert window.ctx.read_only
    assert window.message_box.windowTitle() == "Dossier en lecture seule"
    assert NEW_ID in window.message_box.text() and "introuvable" in window.message_box.text()
    assert "lecture seule" in window.windowTitle()
    window.show_page("resume")
    editors = [w for w in window.pages["identification"].findChildren(QLineEdit) if w.isVisibleTo(window.pages["identification"])]
    assert editors and all(e.isReadOnly() for e in editors)
    assert window.ctx.dossier.acronym == "NEURO-IA"
    window.session.save_now()
    window.close()
    assert path.read_bytes() == before  # nothing written


def test_a_read_only_dossier_becomes_editable_once_moved_to_an_installed_call(make_window, call, complete_dossier, tmp_path):
    complete_dossier.call_id = "appel-disparu"
    path = tmp_path / "neuro.iasante"
    Draft.create(path, complete_dossier).close()
    window = make_window()
    window.open_path(path)
    assert window.ctx.read_only
    assert window.change_call(call)
    assert not window.ctx.read_only and window.ctx.dossier.call_id == call.id
    assert window.ctx.draft.load().call_id == call.id
    assert window.ctx.draft.versions()[0].label == f"Changement d'appel : appel-disparu → {call.id}"


def test_the_calls_list_reads_in_english_too(qtbot, call):
    from iasante_desktop.core.dossier import new_dossier
    from iasante_desktop.gui.context import AppContext
    from iasante_desktop.gui.translation import install_language

    _derived(call)
    install_language("en")
    try:
        ctx = AppContext(call=call, dossier=new_dossier(call), lang="en")
        page = StartPage(ctx, clock=lambda: NOV_2026)
        qtbot.addWidget(page)
        first = page.ui.callsList.item(0).text()
        assert first == "AI for Health — seed funding call 2026-2027 — deadline 13 December 2026 — open (installed)"
        assert page.ui.callsList.item(1).text().endswith("— closed (shipped with the app)")
        assert page.ui.deriveCallButton.text() == "Deri&ve the next call…"
    finally:
        install_language("fr")


def test_installing_a_call_again_asks_before_replacing_it(make_window, call, tmp_path, qtbot):
    window = make_window()
    text = call.path.read_text(encoding="utf-8").replace(f'id = "{call.id}"', 'id = "appel-2027"', 1)
    path = tmp_path / "appel-2027.toml"
    path.write_text(text, encoding="utf-8")
    assert window.install_call(path) is not None
    window.message_box.close()
    path.write_text(text.replace('cap = "15000"', 'cap = "9000"', 1), encoding="utf-8")
    assert window.install_call(path) is None
    box = window.message_box
    assert box.windowTitle() == "Appel déjà installé"
    assert find_call("appel-2027").budget.cap == Decimal("15000")  # nothing replaced yet
    replace = next(b for b in box.buttons() if b.text() == "Remplacer")
    qtbot.mouseClick(replace, Qt.MouseButton.LeftButton)
    assert find_call("appel-2027").budget.cap == Decimal("9000")
