"""Screenshots of the partner packs: the partners board and the diff of a returned pack.

    Xvfb :11 -screen 0 1400x1000x24 &
    DISPLAY=:11 QT_QPA_PLATFORM=xcb python docs/screenshots/take_partner_packs.py

Writes partners-board.png, pack-diff.png and attachments-duplicate.png beside this file; data, config and packs go to a temporary folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1] / "tests"))

import take  # noqa: E402  (sets the private data folders and the platform)
from docx import Document  # noqa: E402

from iasante_desktop.core.callspec import resolve_call  # noqa: E402
from iasante_desktop.core.dossier import Partner  # noqa: E402
from iasante_desktop.gui.app import create_application  # noqa: E402
from iasante_desktop.gui.translation import install_language  # noqa: E402


def fill(pack: Path, out: Path, values: dict[str, str]) -> Path:
    doc = Document(pack)
    for table in doc.tables:
        for row in table.rows:
            for prefix, text in values.items():
                if row.cells[0].paragraphs[0].text.startswith(prefix):
                    row.cells[1].paragraphs[0].text = text
    doc.save(out)
    return out


def main() -> int:
    app = create_application([])
    install_language("fr")
    from iasante_desktop.drafts import Draft
    from iasante_desktop.gui.main_window import MainWindow
    from iasante_desktop.partner_packs import make_pack

    call = resolve_call()
    window = MainWindow(call, "fr")
    window.resize(take.WINDOW_SIZE.width(), 940)
    window.move(0, 0)
    window.show()
    dossier = take.sample_dossier(call)
    dossier.partners[0].email = "claire.dupont@irit.fr"
    dossier.partners[1].email = "karim.benali@chu-montpellier.fr"
    dossier.partners.append(Partner(carrier_name="Léa Martin", email="lea.martin@chu-nimes.fr", unit="UMR 1302, Nîmes"))
    folder = Path(take._tmp.name) / "packs"
    folder.mkdir()
    pack2, _ = make_pack(dossier, call, 1, folder)
    pack3, _ = make_pack(dossier, call, 2, folder)
    draft = Draft.create(None, dossier)
    window.session.attach(draft, dossier)
    # Partner 2's pack came back; the assistant then edited partner 3's unit before theirs arrived.
    filled2 = fill(pack2, folder / "retour-benali.docx", {"Budget : Mission": "2 500"})
    window.merge_pack(filled2).apply_button.click()
    dossier.partners[2].unit = "UMR 1302 IDESP, Nîmes"
    window.ctx.edited("partners[2].unit")
    filled3 = fill(
        pack3,
        folder / "retour-martin.docx",
        {
            "Statut du porteur": "Statutaire",
            "Unité de rattachement": "IDESP UMR 1302, CHU de Nîmes",
            "Établissement": "CHU de Nîmes",
            "Site": "Nîmes",
            "Domaine": "Santé",
            "Présentation du porteur": "Professeure des universités – praticienne hospitalière en santé publique (2015), 60 publications.",
            "Présentation de l'équipe": "Équipe d'épidémiologie et de biostatistique, 9 permanents.",
            "Budget : Fonctionnement": "1 500",
            "Budget : Coût du personnel": "3 000",
        },
    )
    window.show_page("partners")
    window.pages["partners"].board.table.selectRow(2)
    take.grab(window, HERE / "partners-board.png")
    dialog = window.merge_pack(filled3)
    dialog.resize(1100, 820)
    dialog.move(80, 60)
    take.grab(dialog, HERE / "pack-diff.png")
    dialog.close()
    # The same CV filed under partners 1 and 2: an error beside both boxes.
    from pdf_samples import make_pdf

    from iasante_desktop.core.dossier import Attachment

    data = make_pdf(2, "Claire Dupont, maîtresse de conférences")
    window.ctx.dossier.attachments += [
        Attachment("cv", "cv-dupont.pdf", data, partner=0, pages=2),
        Attachment("cv", "cv-dupont.pdf", data, partner=1, pages=2),
    ]
    window.ctx.edited("attachments")
    window.show_page("attachments")
    take.grab(window, HERE / "attachments-duplicate.png")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
