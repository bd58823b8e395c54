"""The lay summary page (10 lines at most)."""

from iasante_desktop.gui.pages.lines_page import LinesPage


class ResumeGrandPublicPage(LinesPage):
    page_id = "resume_grand_public"
    section_id = "resume_grand_public"
