"""The one layout engine (QtGui only): lines and pages as the word processor lays them out, and the PDF.

Public API:
- engine.LayoutEngine(call): count_lines(str | RichText), line_spans(str | RichText), para_lines(Para, width),
  lay_out(DocBlocks), description_layout(dossier, lang) -> DescriptionLayout, description_pages, measure.
- pdf.render_dossier_pdf(dossier, call, path, lang, author, engine, watermark) renders core.document's tree.
- fonts.ensure_gui_app, fonts.body_font.
Modules import downwards only (pyproject's import-linter contract): pdf > paint > engine > flow > paginate >
lines > linebreak > fonts.
"""
