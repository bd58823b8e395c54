"""Screenshots of every page of the application with a realistic French two-partner dossier.

Run under a real X server for native rendering (what docs/screenshots/*.png were made with):
    Xvfb :99 -screen 0 1400x900x24 &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb python docs/screenshots/take.py
Without a display it falls back to the offscreen platform (QWidget.grab()). Nothing touches the user's
drafts or settings: data and config go to a temporary folder.
"""

from __future__ import annotations

import copy
import datetime as dt
import os
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

_tmp = tempfile.TemporaryDirectory(prefix="iasante-shots-")
os.environ["IASANTE_DATA_DIR"] = str(Path(_tmp.name) / "data")
os.environ["IASANTE_CONFIG_DIR"] = str(Path(_tmp.name) / "config")
if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSize  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from iasante_desktop.core.callspec import resolve_call  # noqa: E402
from iasante_desktop.core.dossier import Dossier, Partner  # noqa: E402
from iasante_desktop.gui.app import create_application  # noqa: E402
from iasante_desktop.gui.translation import install_language  # noqa: E402

WINDOW_SIZE = QSize(1360, 860)


def sample_dossier(call) -> Dossier:
    """Two partners in two départements, texts of realistic length, one résumé line over the limit so the
    screenshots show a red gauge and its marks."""
    resume = (
        "Les troubles neurocognitifs sont aujourd'hui diagnostiqués tardivement, souvent plusieurs années après "
        "l'apparition des premiers signes. La parole change pourtant très tôt : débit, pauses, choix des mots. "
        "Nous proposons d'entraîner un modèle de détection précoce sur des enregistrements de parole annotés "
        "recueillis au centre mémoire du CHU de Montpellier, en combinant apprentissage auto-supervisé et "
        "annotations cliniques.\n"
        "Le projet réunit l'équipe SAMoVA de l'IRIT (Toulouse), spécialiste du traitement automatique de la "
        "parole, et le centre mémoire de ressources et de recherche (Montpellier). Il produira un prototype "
        "évalué sur 200 patients, un protocole de recueil reproductible et une demande ANR PRC en 2027.\n"
        "Les données restent hébergées au CHU ; seuls des modèles entraînés sortent de l'établissement, "
        "conformément au RGPD et à l'avis du comité d'éthique. Un comité de suivi réunit les deux équipes "
        "chaque trimestre."
    )
    grand_public = (
        "La voix change avant que la mémoire ne flanche. Nous apprenons à un ordinateur à entendre ces "
        "changements discrets, pour que les médecins puissent proposer un bilan plus tôt aux personnes "
        "concernées et à leurs proches."
    )
    paragraph = (
        "Le diagnostic des troubles neurocognitifs repose sur des tests longs, réalisés tardivement et "
        "inégalement répartis sur le territoire. Les marqueurs vocaux offrent une piste non invasive et peu "
        "coûteuse, encore peu exploitée faute de données annotées en français. "
    )
    return Dossier(
        call_id=call.id,
        acronym="NEURO-IA",
        title="Détection précoce des troubles neurocognitifs par apprentissage sur la parole",
        keywords=["apprentissage automatique", "parole", "gérosciences", "diagnostic précoce"],
        theme="Gérosciences",
        resume=resume,
        resume_grand_public=grand_public,
        partners=[
            Partner(
                carrier_name="Claire Dupont",
                status="statutory",
                unit="IRIT UMR 5505, Toulouse",
                institution="Université de Toulouse",
                site="Toulouse",
                site_confirmed=True,
                domain="ai",
                cv="Maîtresse de conférences en informatique (2012), HDR (2021). Apprentissage sur signaux de "
                "parole, 35 publications, coordinatrice de deux projets ANR.",
                team="Équipe SAMoVA (IRIT) : traitement automatique de la parole et de l'audio, 12 permanents.",
                budget={"fonctionnement": Decimal("3000"), "mission": Decimal("1500"), "prestations_internes": Decimal("2500")},
            ),
            Partner(
                carrier_name="Karim Benali",
                status="postdoc",
                contract_end=dt.date(2027, 8, 31),
                unit="CMRR, CHU de Montpellier, Hôpital Gui de Chauliac",
                institution="CHU de Montpellier",
                site="Montpellier",
                site_confirmed=True,
                domain="health",
                cv="Post-doctorant en neurologie, docteur en neurosciences cognitives (2022), suivi de cohortes "
                "de patients à risque.",
                team="Centre mémoire de ressources et de recherche : 6 neurologues, 4 neuropsychologues.",
                budget={"prestations_externes": Decimal("6000"), "mission": Decimal("2000")},
            ),
        ],
        description={
            "introduction": paragraph * 6,
            "plus_value": "La collaboration réunit une équipe de parole et un centre mémoire qui n'avaient "
            "jamais travaillé ensemble. " + paragraph * 4,
            "objectifs": "Objectif : un prototype évalué sur 200 patients ; visée ANR PRC 2027 puis un projet "
            "européen. " + paragraph * 3,
            "industrialisation": "Une lettre d'intérêt d'une start-up de télésanté est jointe ; un transfert "
            "est envisagé via la SATT. " + paragraph * 3,
            "programme": "Le projet relève des gérosciences et des données de santé annotées, deux priorités "
            "du programme. " + paragraph * 3,
        },
    )


def dark_palette():
    """A dark desktop theme, to check that gauges and messages stay readable on it."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b", QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1e1e", QPalette.ColorRole.AlternateBase: "#2f2f2f",
        QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#3a3a3a",
        QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.Highlight: "#3d6fb4",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.Mid: "#555555", QPalette.ColorRole.ToolTipBase: "#3a3a3a",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
    }
    for role, color in roles.items():
        palette.setColor(role, QColor(color))
    return palette


def grab(window, path: Path) -> None:
    app = QApplication.instance()
    for _ in range(5):
        app.processEvents()
    screen = window.screen()
    if app.platformName() == "xcb":
        image = screen.grabWindow(0, window.x(), window.y(), window.frameGeometry().width(), window.frameGeometry().height())
    else:
        image = window.grab()
    image.save(str(path))
    print(path.relative_to(HERE.parents[1]))


def imported_budget(window, dossier: Dossier) -> None:
    """The budget page of a dossier imported from a Word table whose TOTALs do not add up, with one amount
    typed the English way: the notice about the written TOTALs and the unreadable cell kept in red. The
    sample dossier is put back afterwards, so the other screenshots do not show these errors."""
    sample = copy.deepcopy(dossier)
    dossier.partners[0].written_total = Decimal("6500")  # the amounts make 7 000 €
    dossier.written_grand_total = Decimal("14500")
    dossier.partners[1].budget.pop("mission")
    dossier.partners[1].unreadable_amounts["mission"] = "2,000"
    window.session.replace_dossier(dossier)
    window.show_page("budget")
    grab(window, HERE / "budget-imported.png")
    window.session.replace_dossier(sample)


def email_size_and_stale_export(window) -> None:
    """A scanned CV (15.7 MB, one text page and one page scanned at 300 dpi) makes the e-mail too heavy: the
    attachments page shows the gauge in the warning colour with the offer to compress. Then a dossier without
    errors is exported, edited, and the review page says the export is out of date."""
    from PySide6.QtWidgets import QScrollArea

    from iasante_desktop.core.dossier import Attachment

    sys.path.insert(0, str(HERE.parents[1] / "tests"))
    from pdf_samples import make_pdf, make_scanned_pdf

    sample = copy.deepcopy(window.ctx.dossier)  # the sample dossier (imported_budget put it back)
    ready = copy.deepcopy(sample)
    ready.resume = ready.resume.split("\n")[0]  # under the 10-line limit: the export goes through
    ready.attachments = [
        Attachment(kind="cv", filename="CV Roussel (version finale).pdf", data=make_scanned_pdf(dpi=300), partner=0, pages=2),
        Attachment(kind="cv", filename="CV Benali.pdf", data=make_pdf(2, "CV Karim Benali"), partner=1, pages=2),
    ]
    window.session.replace_dossier(ready)
    window.show_page("attachments")
    page = window.pages["attachments"]
    page.refresh()
    scroll = next((w for w in _ancestors(page) if isinstance(w, QScrollArea)), None)
    if scroll is not None:
        scroll.ensureWidgetVisible(page.email_size, 0, 40)
    grab(window, HERE / "email-size-attachments.png")

    review = window.pages["review"]
    window.show_page("review")
    out = Path(_tmp.name) / "envoi"
    review.dest_edit.setText(str(out))
    for fmt, box in review.format_boxes.items():
        box.setChecked(fmt in ("pdf", "eml"))
    review.run_export()
    window.ctx.dossier.title += " (version 2)"
    window.ctx.edited("title")
    window.show_page("identification")
    window.show_page("review")
    scroll = next((w for w in _ancestors(review) if isinstance(w, QScrollArea)), None)
    if scroll is not None:
        scroll.ensureWidgetVisible(review.stale_label, 0, 40)
    grab(window, HERE / "review-stale-export.png")
    window.session.replace_dossier(sample)


def _ancestors(widget):
    parent = widget.parentWidget()
    while parent is not None:
        yield parent
        parent = parent.parentWidget()


def main() -> int:
    app = create_application([])
    install_language("fr")
    from iasante_desktop.drafts import Draft
    from iasante_desktop.gui.main_window import MainWindow

    call = resolve_call()
    window = MainWindow(call, "fr")
    window.resize(WINDOW_SIZE)
    window.move(0, 0)
    window.show()
    dossier = sample_dossier(call)
    draft = Draft.create(None, dossier)
    window.session.attach(draft, dossier)
    for number, page_id in enumerate(window.page_ids(), start=1):
        window.show_page(page_id)
        grab(window, HERE / f"{number:02d}-{page_id}.png")
    imported_budget(window, dossier)
    email_size_and_stale_export(window)
    dialog = window.show_history()
    window.save_checkpoint()
    dialog.fill()
    dialog.resize(900, 460)
    dialog.move(120, 120)
    grab(dialog, HERE / "history-dialog.png")
    dialog.close()
    window.set_language("en")
    window.show_page("resume")
    grab(window, HERE / "en-resume.png")
    window.set_language("fr")
    app.setStyle("Fusion")
    app.setPalette(dark_palette())
    window.session.check()  # colours are chosen against the palette when findings are shown
    window.show_page("resume")
    grab(window, HERE / "dark-resume.png")
    window.close()
    return 0


def calls() -> int:
    """`take.py --calls`: the start page listing two calls (the shipped one, closed, and a 2026-2027 call
    derived from it, open), the derive dialog, and the change-call dialog."""
    app = create_application([])
    install_language("fr")
    from iasante_desktop.calls import derive
    from iasante_desktop.core.callfile import suggested_changes
    from iasante_desktop.drafts import Draft
    from iasante_desktop.gui.main_window import MainWindow

    call = resolve_call()
    changes = suggested_changes(call)
    changes.deadline = dt.date(2026, 12, 13)
    changes.closes_at = None
    changes.cap, changes.bonus = Decimal("18000"), Decimal("4000")
    changes.limits = {"resume": 8}
    new = derive(call, changes)
    window = MainWindow(call, "fr")
    window.resize(WINDOW_SIZE)
    window.move(0, 0)
    window.show()
    window.show_page("start")
    window.pages["start"].load_calls(select=new.id)
    grab(window, HERE / "start-two-calls.png")
    dialog = window.show_derive_call()
    dialog.source_combo.setCurrentIndex(next(i for i, s in enumerate(dialog.sources) if s.id == call.id))
    dialog.suggest_next_year()
    from PySide6.QtCore import QDate

    dialog.deadline.setDate(QDate(2026, 12, 13))
    dialog.cap.setText("18000")
    dialog.bonus.setText("4000")
    dialog.limit_spins["resume"].setValue(8)
    dialog.move(200, 40)
    grab(dialog, HERE / "derive-dialog.png")
    dialog.close()
    dossier = sample_dossier(call)
    draft = Draft.create(None, dossier)
    window.session.attach(draft, dossier)
    change = window.show_change_call()
    change.combo.setCurrentIndex(next(i for i, t in enumerate(change.targets) if t.id == new.id))
    change.move(200, 120)
    grab(change, HERE / "change-call-dialog.png")
    change.close()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(calls() if "--calls" in sys.argv[1:] else main())
