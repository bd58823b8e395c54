"""The description: one editor per point of the annex, one page gauge for the whole section."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from iasante_desktop.gui.context import AppContext
from iasante_desktop.gui.pages.base import DossierPage
from iasante_desktop.gui.textedit import editor_text, set_editor_text
from iasante_desktop.gui.widgets.findings_label import FindingsLabel
from iasante_desktop.gui.widgets.gauge import LimitGauge
from iasante_desktop.gui.widgets.limited_editor import LimitedEditor

EDITOR_LINES = 8


def format_pages(pages: float, lang: str) -> str:
    text = f"{pages:.1f}"
    return text if lang == "en" else text.replace(".", ",")


class DescriptionPage(DossierPage):
    page_id = "description"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.section = ctx.call.section_of_kind("pages") or ctx.call.section("description")
        lang = ctx.lang
        suffix = self.section.suffix.get(lang) if self.section.suffix else ""
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h2>{self.section.label.get(lang)}</h2><p>{suffix}</p>", self))
        hint = QLabel(
            self.tr(
                "La description commence sur une nouvelle page du dossier ; le compteur la met en page comme "
                "le PDF final, titres des points compris. Le texte qui tomberait au-delà de la dernière page "
                "permise est surligné."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.gauge = LimitGauge(self)
        self.gauge.setAccessibleName(self.tr("Pages utilisées"))
        layout.addWidget(self.gauge)
        gauge_width = None
        self.editors: dict[str, LimitedEditor] = {}
        self.point_findings: dict[str, FindingsLabel] = {}
        for index, point in enumerate(self.section.points, start=1):
            editor = LimitedEditor(ctx.call.typography, parent=self)
            editor.setAccessibleName(point.label.get(lang))
            editor.setMinimumHeight(editor.fontMetrics().lineSpacing() * EDITOR_LINES)
            label = QLabel(f"&{index}. " + point.label.get(lang).replace("&", "&&"), self)
            label.setWordWrap(True)
            label.setBuddy(editor)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            findings = FindingsLabel(self)
            layout.addWidget(label)
            layout.addWidget(editor)
            layout.addWidget(findings)
            self.editors[point.id] = editor
            gauge_width = editor.width()
            self.point_findings[point.id] = findings
            editor.textChanged.connect(lambda point_id=point.id: self._edited(point_id))
        if gauge_width:
            self.gauge.setFixedWidth(gauge_width)
        self.section_findings = FindingsLabel(self)
        layout.addWidget(self.section_findings)
        layout.addStretch(1)
        self.load()

    def load(self) -> None:
        for point_id, editor in self.editors.items():
            set_editor_text(editor, self.ctx.dossier.description_text(point_id))
        self.refresh()

    def _edited(self, point_id: str) -> None:
        self.ctx.dossier.description[point_id] = editor_text(self.editors[point_id])
        self.ctx.edited(f"{self.section.id}.{point_id}")

    def refresh(self) -> None:
        limit = self.section.max_pages or 0
        pages = self.ctx.measures.pages.get(self.section.id, 0.0)
        self.gauge.set_value(
            pages,
            limit,
            self.tr("{pages} / {max} pages").format(pages=format_pages(pages, self.ctx.lang), max=limit),
        )
        marks = self._overflow_ranges(limit)
        for point_id, editor in self.editors.items():
            editor.mark_ranges(marks.get(point_id, []))
            self.point_findings[point_id].show_findings(
                self.ctx.findings_for(f"{self.section.id}.{point_id}"), self.ctx.lang
            )
        section_level = [f for f in self.ctx.findings if f.field == self.section.id]
        self.section_findings.show_findings(section_level, self.ctx.lang)

    def _overflow_ranges(self, limit: int) -> dict[str, list[tuple[int, int]]]:
        """Per point, the character ranges the engine lays out on a page past the limit."""
        engine = self.ctx.engine
        if engine is None or not limit or self.ctx.measures.pages.get(self.section.id, 0.0) <= limit:
            return {}
        offsets = engine.description_layout(self.ctx.dossier).overflow_offsets(limit)
        # Text from the first line past the limit to the end of that point; later points are wholly past.
        return {
            point_id: [(start, len(self.ctx.dossier.description_text(point_id)))]
            for point_id, start in offsets.items()
        }

    def focus_field(self, path: str) -> bool:
        if path == self.section.id:
            first_marked = next((e for e in self.editors.values() if e.overflow_start is not None), None)
            (first_marked or next(iter(self.editors.values()))).setFocus()
            return True
        prefix = self.section.id + "."
        if path.startswith(prefix) and path[len(prefix) :] in self.editors:
            self.editors[path[len(prefix) :]].setFocus()
            return True
        return False

