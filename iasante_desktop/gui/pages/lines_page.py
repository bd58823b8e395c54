"""A text section limited in lines (résumé, résumé grand public): editor, live gauge, overflow marks."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from iasante_desktop.gui.context import AppContext
from iasante_desktop.gui.pages.base import DossierPage
from iasante_desktop.gui.layout_adapter import line_starts
from iasante_desktop.gui.spelling import shared_spelling
from iasante_desktop.gui.widgets.findings_label import FindingsLabel
from iasante_desktop.gui.widgets.gauge import LimitGauge
from iasante_desktop.gui.widgets.rich_editor import RichTextEdit, field_frame


class LinesPage(DossierPage):
    """One page per section of kind "lines"; the subclass names the section."""

    section_id = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.section = ctx.call.section(self.section_id)
        label = self.section.label.get(ctx.lang)
        suffix = self.section.suffix.get(ctx.lang) if self.section.suffix else ""
        self.heading = QLabel(f"<h2>{label}</h2>" + (f"<p>{suffix}</p>" if suffix else ""), self)
        self.hint = QLabel(
            self.tr(
                "Le compteur mesure les lignes comme dans le dossier final (Carlito 11 pt, "
                "largeur de texte d'une page A4). Maj+Entrée passe à la ligne sans changer de paragraphe."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.editor = RichTextEdit(ctx.call.typography, spelling=shared_spelling(ctx.dossier.language), parent=self)
        self.editor.fit_text_width(ctx.call.typography.text_width_twips)
        self.editor.setAccessibleName(label)
        self.editor.setAccessibleDescription(suffix)
        self.heading.setBuddy(self.editor)
        # Room for the limit and a few lines past it: the overflow marks stay in view.
        visible_lines = (self.section.max_lines or 10) + 3
        self.editor.setFixedHeight(
            round(self.editor.fontMetrics().lineSpacing() * visible_lines + 2 * self.editor.document().documentMargin())
            + 2 * self.editor.frameWidth()
        )
        self.gauge = LimitGauge(self)
        self.gauge.setAccessibleName(self.tr("Lignes utilisées"))
        self.gauge.setFixedWidth(self.editor.width())
        self.findings_label = FindingsLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        self.field = field_frame(self.editor, self)
        layout.addWidget(self.field)
        layout.addWidget(self.gauge)
        layout.addWidget(self.findings_label)
        layout.addStretch(1)
        self.editor.edited.connect(self._edited)
        self.editor.language_requested.connect(ctx.set_dossier_language)
        self.load()

    def load(self) -> None:
        self.editor.set_rich(self.ctx.dossier.rich_field(self.section_id))
        self.refresh()

    def _edited(self) -> None:
        setattr(self.ctx.dossier, self.section_id, self.editor.rich())
        self.ctx.edited(self.section_id)

    def refresh(self) -> None:
        self.editor.follow_language(self.ctx.dossier.language)
        limit = self.section.max_lines or 0
        lines = self.ctx.measures.lines.get(self.section_id, 0)
        self.gauge.set_value(lines, limit, self.tr("{lines} / {max} lignes").format(lines=lines, max=limit))
        self.editor.mark_overflow(self._overflow_offset(limit))
        self.findings_label.show_findings(self.ctx.findings_for(self.section_id), self.ctx.lang)

    def _overflow_offset(self, limit: int) -> int | None:
        """Offset of the first character on a line past the limit, from the engine's own line breaks."""
        engine = self.ctx.engine
        if engine is None or not limit:
            return None
        starts = line_starts(engine, self.editor.rich())
        return starts[limit] if len(starts) > limit else None

    def focus_field(self, path: str) -> bool:
        if path != self.section_id:
            return False
        self.editor.setFocus()
        return True
