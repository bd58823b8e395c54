"""The start page: the call's calendar with a live countdown, and the notice once the deadline passed."""

from __future__ import annotations

import datetime as dt

from iasante_desktop.gui.pages.start import StartPage


def _page(qtbot, ctx_factory, now):
    ctx = ctx_factory()
    page = StartPage(ctx, clock=lambda: now)
    qtbot.addWidget(page)
    return page


def _ctx(call):
    from iasante_desktop.core.dossier import new_dossier
    from iasante_desktop.gui.context import AppContext

    return lambda: AppContext(call=call, dossier=new_dossier(call))


def test_the_deadline_has_passed_today_and_the_notice_says_so(qtbot, call):
    page = _page(qtbot, _ctx(call), dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC))
    assert page.ui.deadlineValue.text() == "14 décembre 2025"
    assert page.ui.countdownLabel.text() == "Date limite dépassée depuis 344 jours."
    assert page.ui.noticeLabel.isVisibleTo(page)
    assert "14/12/2025" in page.ui.noticeLabel.text()
    assert "plus recevable" in page.ui.noticeLabel.text()


def test_before_the_deadline_a_countdown_runs_to_the_end_of_the_day_in_paris(qtbot, call):
    # 13 Dec 2025 11:00 UTC = 12:00 in Paris: 1 day, 11 h 59 min 59 s left until 23:59:59 on the 14th.
    page = _page(qtbot, _ctx(call), dt.datetime(2025, 12, 13, 11, 0, tzinfo=dt.UTC))
    assert page.ui.countdownLabel.text() == "Il reste 1 j 11 h 59 min 59 s avant la date limite."
    assert not page.ui.noticeLabel.isVisibleTo(page)


def test_the_countdown_is_live(qtbot, call):
    now = [dt.datetime(2025, 12, 14, 22, 59, 50, tzinfo=dt.UTC)]
    ctx = _ctx(call)()
    page = StartPage(ctx, clock=lambda: now[0])
    qtbot.addWidget(page)
    assert page.ui.countdownLabel.text() == "Il reste 0 j 0 h 00 min 09 s avant la date limite."
    now[0] += dt.timedelta(seconds=5)
    qtbot.waitUntil(lambda: "04 s" in page.ui.countdownLabel.text(), timeout=2500)


def test_recent_drafts_are_listed_and_open_on_activation(window, make_window):
    path = window.ctx.draft.path
    window.close()
    other = make_window()
    start = other.pages["start"]
    start.load()
    assert start.ui.recentList.count() >= 1
    assert path.name in start.ui.recentList.item(0).text()
    start.ui.openRecentButton.click()
    assert other.ctx.draft is not None and other.ctx.draft.path == path


def test_the_calendar_reads_in_english_too(qtbot, call):
    from iasante_desktop.core.dossier import new_dossier
    from iasante_desktop.gui.context import AppContext

    ctx = AppContext(call=call, dossier=new_dossier(call), lang="en")
    page = StartPage(ctx, clock=lambda: dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC))
    qtbot.addWidget(page)
    assert page.ui.deadlineValue.text() == "14 December 2025"
    assert "1 March 2026" in page.ui.projectValue.text() and "28 February 2027" in page.ui.projectValue.text()


def test_the_project_starts_on_the_1er_mars_and_one_day_late_is_singular(qtbot, call):
    page = _page(qtbot, _ctx(call), dt.datetime(2025, 12, 15, 9, 0, tzinfo=dt.UTC))
    assert "du 1er mars 2026 au 28 février 2027" in page.ui.projectValue.text()
    assert page.ui.countdownLabel.text() == "Date limite dépassée depuis 1 jour."
