"""The one layout engine (QtGui only): lines and pages as the word processor lays them out, and the PDF.

Public API: engine.LayoutEngine (line_spans, count_lines, description_layout, description_pages, measure),
pdf.render_dossier_pdf, fonts.ensure_gui_app and fonts.body_font.
"""
