"""A scanned attachment made lighter for e-mail: scanned pages recompressed, text pages kept (issue 12, item 3)."""

from __future__ import annotations

import io

from pdf_samples import make_pdf, make_scanned_pdf
from pypdf import PdfReader

from iasante_desktop.core.dossier import Attachment
from iasante_desktop.documents.pdf_shrink import TARGET_DPI, shrink_attachment


def test_a_scanned_page_is_recompressed_and_the_text_page_kept_as_it_is():
    original = make_scanned_pdf(dpi=200)
    attachment = Attachment(kind="cv", filename="CV scanné.pdf", data=original, partner=0, pages=2)
    result = shrink_attachment(attachment)
    assert result.worthwhile and result.pictures == 1 and result.pages_changed == (2,)
    assert result.old_bytes == len(original) and result.new_bytes == len(result.data) < len(original) * 0.6
    before, after = PdfReader(io.BytesIO(original)), PdfReader(io.BytesIO(result.data))
    assert len(after.pages) == 2
    assert after.pages[0].extract_text() == before.pages[0].extract_text() != ""
    assert after.pages[0].get_contents().get_data() == before.pages[0].get_contents().get_data()
    [scan] = after.pages[1]["/Resources"]["/XObject"].values()
    scan = scan.get_object()
    assert scan["/Filter"] == "/DCTDecode"
    assert abs(scan["/Width"] - round(8.27 * TARGET_DPI)) <= 2


def test_a_text_only_pdf_is_not_worth_compressing():
    attachment = Attachment(kind="letter", filename="lettre.pdf", data=make_pdf(2))
    result = shrink_attachment(attachment)
    assert result.pictures == 0 and not result.worthwhile
