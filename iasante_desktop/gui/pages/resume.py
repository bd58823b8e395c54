"""The résumé page (10 lines at most)."""

from iasante_desktop.gui.pages.lines_page import LinesPage


class ResumePage(LinesPage):
    page_id = "resume"
    section_id = "resume"
