"""The start page: new dossier, open, import, recent drafts, and the call's calendar with a countdown."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QListWidgetItem, QWidget

from iasante_desktop.core.wording import counted
from iasante_desktop.gui.calendar_text import countdown, now_utc
from iasante_desktop.gui.context import AppContext
from iasante_desktop.gui.forms.ui_start_page import Ui_StartPage
from iasante_desktop.gui.pages.base import DossierPage
from iasante_desktop.gui.qt_values import TAB_FOCUS, TEXT_SELECTABLE_BY_MOUSE, USER_ROLE
from iasante_desktop.gui.style import OK, WARNING, status_color

PATH_ROLE = USER_ROLE


def _locale(lang: str) -> QLocale:
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom) if lang == "en" else QLocale(
        QLocale.Language.French, QLocale.Country.France
    )


def _long_date(locale: QLocale, day: dt.date) -> str:
    """"14 décembre 2025" / "14 December 2025". Built from the month's name rather than with
    QLocale.toString(date): converting a date makes PySide6 build QDate's and QCalendar's classes (1.5 ms)
    while the start page is first shown."""
    from iasante_desktop.core.wording import long_date

    return long_date(day, "en" if locale.language() == QLocale.Language.English else "fr")


def _known_calls() -> list:
    from iasante_desktop.calls import all_calls

    return all_calls()[0]


class StartPage(DossierPage):
    page_id = "start"
    new_requested = Signal()
    open_requested = Signal()
    import_requested = Signal()
    recent_chosen = Signal(Path)
    install_call_requested = Signal()
    derive_call_requested = Signal()
    call_chosen = Signal(object)  # the CallSpec chosen for the next new dossier

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        recent: Callable[[], list[Path]] | None = None,
        clock: Callable[[], dt.datetime] = now_utc,
        calls: Callable[[], list] | None = None,
    ):
        super().__init__(ctx, parent)
        self.ui = Ui_StartPage()
        self.ui.setupUi(self)
        self._recent = recent or (lambda: [])
        self._calls = calls or _known_calls
        self.ui.recentList.setMaximumHeight(self.ui.recentList.fontMetrics().lineSpacing() * 12)
        self.ui.callsList.setMaximumHeight(self.ui.callsList.fontMetrics().lineSpacing() * 7)
        self.clock = clock
        self.chosen = ctx.call  # the call of the next new dossier, and the calendar shown
        self.entries: list = []
        self.ui.callsList.currentRowChanged.connect(self._call_row_changed)
        self.ui.installCallButton.clicked.connect(self.install_call_requested)
        self.ui.deriveCallButton.clicked.connect(self.derive_call_requested)
        self.ui.newButton.clicked.connect(self.new_requested)
        self.ui.openButton.clicked.connect(self.open_requested)
        self.ui.importButton.clicked.connect(self.import_requested)
        self.ui.openRecentButton.clicked.connect(self._open_recent)
        self.ui.recentList.itemActivated.connect(lambda _item: self._open_recent())
        self.ui.recentList.currentRowChanged.connect(self._update_buttons)
        # Reachable from the keyboard, so a screen reader can read the deadline notice the review points to.
        self.ui.noticeLabel.setProperty("focusPolicy", TAB_FOCUS)
        self.ui.currentLabel.setProperty("textInteractionFlags", TEXT_SELECTABLE_BY_MOUSE)  # to copy the path
        font = self.ui.countdownLabel.font()
        font.setBold(True)
        self.ui.countdownLabel.setFont(font)
        self.load_calls(select=ctx.call.id)
        # A live countdown: once a second is plenty and costs nothing measurable.
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.update_countdown)
        self.timer.start()
        self.load()

    # ---- calls ---------------------------------------------------------------------------------------------

    def load_calls(self, select: str | None = None) -> None:
        """List the known calls, open ones first, and select `select` (else the chosen one, else the first)."""
        from iasante_desktop.core.callfile import CallEntry, by_openness

        wanted = select or self.chosen.id
        now = self.clock()
        try:
            entries = list(self._calls())
        except Exception:  # noqa: BLE001 - a broken folder of calls must not keep the start page from showing
            entries = []
        for spec in (self.ctx.call, self.chosen):
            if all(e.id != spec.id for e in entries):
                entries.append(CallEntry(spec, "shipped" if spec.path.name == "call.toml" else "installed"))
        entries = by_openness(entries, now)
        self.entries = entries
        locale = _locale(self.ctx.lang)
        self.ui.callsList.blockSignals(True)
        self.ui.callsList.clear()
        for entry in entries:
            state = self.tr("ouvert") if entry.is_open(now) else self.tr("clos")
            origin = self.tr("fourni avec l'application") if entry.origin == "shipped" else self.tr("installé")
            item = QListWidgetItem(
                self.tr("{name} — date limite {deadline} — {state} ({origin})").format(
                    name=entry.name.get(self.ctx.lang),
                    deadline=_long_date(locale, entry.spec.calendar.deadline),
                    state=state,
                    origin=origin,
                )
            )
            item.setToolTip(str(entry.path))
            item.setData(PATH_ROLE, entry.id)
            self.ui.callsList.addItem(item)
        row = next((i for i, e in enumerate(entries) if e.id == wanted), 0)
        self.ui.callsList.setCurrentRow(row)
        self.ui.callsList.blockSignals(False)
        previous = self.chosen
        self._show_call(entries[row].spec if entries else self.ctx.call)
        if self.chosen is not previous:
            self.call_chosen.emit(self.chosen)

    def _call_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.entries):
            self._show_call(self.entries[row].spec)
            self.call_chosen.emit(self.chosen)

    def _show_call(self, spec) -> None:
        self.chosen = spec
        self.ui.callNameLabel.setText(f"<b>{spec.name.get(self.ctx.lang)}</b> — {spec.submission.address}")
        self._fill_calendar()

    # ---- calendar ------------------------------------------------------------------------------------------

    def _fill_calendar(self) -> None:
        cal = self.chosen.calendar
        locale = _locale(self.ctx.lang)
        self.ui.deadlineValue.setText(_long_date(locale, cal.deadline))
        try:
            year, month = (int(x) for x in cal.results.split("-")[:2])
            results = locale.standaloneMonthName(month) + f" {year}"
        except ValueError:
            results = cal.results  # the spec may state it in words
        self.ui.resultsValue.setText(results)
        self.ui.projectValue.setText(
            self.tr("{months} mois, du {start} au {end}").format(
                months=cal.duration_months,
                start=_long_date(locale, cal.project_start),
                end=_long_date(locale, cal.project_end),
            )
        )
        self.update_countdown()

    def update_countdown(self) -> None:
        cal = self.chosen.calendar
        left = countdown(cal, self.clock())
        deadline = f"{cal.deadline:%d/%m/%Y}"
        if left.passed:
            self.ui.countdownLabel.setText(
                counted(self.ctx.lang, left.days, self.tr("Date limite dépassée depuis {n} jour."), self.tr("Date limite dépassée depuis {n} jours."))
            )
            self.ui.noticeLabel.setText(
                self.tr(
                    "La date limite de dépôt de cet appel ({deadline}) est passée : un dossier envoyé maintenant "
                    "ne sera plus recevable pour cet appel. Vous pouvez encore préparer, relire ou exporter un "
                    "dossier, par exemple pour l'appel suivant."
                ).format(deadline=deadline)
            )
            self.ui.noticeLabel.show()
            status = WARNING
        else:
            self.ui.countdownLabel.setText(
                self.tr("Il reste {d} j {h} h {m} min {s} s avant la date limite.").format(
                    d=left.days, h=left.hours, m=f"{left.minutes:02d}", s=f"{left.seconds:02d}"
                )
            )
            self.ui.noticeLabel.clear()
            self.ui.noticeLabel.hide()
            status = OK
        for label in (self.ui.countdownLabel, self.ui.noticeLabel):
            palette = label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, status_color(status, self.palette()))
            label.setPalette(palette)

    # ---- dossier and recent drafts -------------------------------------------------------------------------

    def load(self) -> None:
        self.ui.recentList.clear()
        for path in self._recent():
            try:
                modified = dt.datetime.fromtimestamp(path.stat().st_mtime)
            except OSError:
                continue
            item = QListWidgetItem(
                self.tr("{name} — modifié le {when}\n{folder}").format(
                    name=path.name, when=f"{modified:%d/%m/%Y %H:%M}", folder=path.parent
                )
            )
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(str(path))
            self.ui.recentList.addItem(item)
        if self.ui.recentList.count():
            self.ui.recentList.setCurrentRow(0)
        self._update_buttons()
        self.refresh()

    def _open_recent(self) -> None:
        item = self.ui.recentList.currentItem()
        if item is not None:
            self.recent_chosen.emit(Path(item.data(PATH_ROLE)))

    def _update_buttons(self) -> None:
        self.ui.openRecentButton.setEnabled(self.ui.recentList.currentItem() is not None)
        self.ui.recentGroup.setVisible(self.ui.recentList.count() > 0)

    def refresh(self) -> None:
        draft = self.ctx.draft
        if draft is None:
            self.ui.currentLabel.setText(
                self.tr("Aucun dossier ouvert : créez un nouveau dossier, ouvrez un brouillon ou importez un fichier Word.")
            )
            return
        name = self.ctx.dossier.acronym.strip() or self.tr("(sans acronyme)")
        if self.ctx.read_only:
            self.ui.currentLabel.setText(
                self.tr("Dossier ouvert en lecture seule : {name} — écrit pour l'appel « {call} », introuvable ici ({path})").format(
                    name=name, call=self.ctx.dossier.call_id, path=draft.path
                )
            )
            return
        self.ui.currentLabel.setText(
            self.tr("Dossier ouvert : {name} — enregistré automatiquement dans {path}").format(name=name, path=draft.path)
            + "\n"
            + self.tr("Appel du dossier : {call}").format(call=self.ctx.call.name.get(self.ctx.lang))
        )

    def focus_field(self, path: str) -> bool:
        # The deadline finding has no field: the calendar is where it is explained.
        if path != "":
            return False
        self.ui.noticeLabel.setFocus()
        return True
