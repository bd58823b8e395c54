"""Partner packs end to end: a dossier with three partners, packs for partners 2 and 3 written by the command
line, filled the way a partner would (python-docx, and once re-saved by LibreOffice, which drops content
controls), merged back; and the packs that must be refused, with nothing changed."""

from __future__ import annotations

import datetime as dt
import email
import re
import shutil
import subprocess
from decimal import Decimal
from email import policy
from pathlib import Path

import pytest
from docx import Document
from factories import make_complete_dossier
from packkit import fill
from pdf_samples import make_pdf
from testkit import require_tool

from iasante_desktop.cli import main
from iasante_desktop.core.dossier import Partner, to_json
from iasante_desktop.drafts import Draft


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("IASANTE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


@pytest.fixture
def three_partners(complete_dossier):
    d = complete_dossier
    d.partners[0].email = "claire.dupont@irit.fr"
    d.partners[1].email = "karim.benali@chu-montpellier.fr"
    d.partners.append(Partner(carrier_name="Léa Martin", email="lea.martin@chu-nimes.fr"))
    return d


@pytest.fixture
def draft_path(three_partners, tmp_path):
    path = tmp_path / "neuro.iasante"
    Draft.create(path, three_partners).close()
    return path


def load(path):
    with Draft.open(path) as draft:
        return draft.load(), draft.versions()


def resave_with_libreoffice(path: Path, tmp_path: Path) -> Path:
    soffice = require_tool("soffice")
    folder = tmp_path / "lo"
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "docx",
         "--outdir", str(folder), str(path)],
        check=True, capture_output=True, timeout=180,
    )
    return folder / path.name


def test_packs_for_partners_2_and_3_come_back_and_merge(draft_path, tmp_path, capsys):
    out = tmp_path / "packs"
    assert main(["partner", "pack", str(draft_path), "--partner", "2", "--to", str(out)]) == 0
    assert main(["partner", "pack", str(draft_path), "--partner", "3", "--to", str(out)]) == 0
    pack2, pack3 = out / "NEURO-IA-partenaire-2.docx", out / "NEURO-IA-partenaire-3.docx"
    message = email.message_from_bytes((out / "NEURO-IA-partenaire-3.eml").read_bytes(), policy=policy.default)
    assert message["To"] == "lea.martin@chu-nimes.fr"
    assert [part.get_filename() for part in message.iter_attachments()] == [pack3.name]
    body = message.get_body(("plain",)).get_content()
    assert "merci de compléter" in body and "please fill in" in body
    # The pack is prefilled with what the dossier holds, with the call's rule under each field.
    text = "\n".join(c.text for t in Document(pack2).tables for r in t.rows for c in r.cells)
    assert "Karim Benali" in text and "Non éligible : Doctorant" in text and "missions, prestations" in text

    # The assistant changes partner 2's unit after sending the pack.
    with Draft.open(draft_path) as draft:
        dossier = draft.load()
        dossier.partners[1].unit = "CHU de Montpellier, service de neurologie"
        draft.save(dossier, reason="save")

    filled2 = fill(
        pack2, tmp_path / "retour-benali.docx",
        {"Présentation de l'équipe": "Centre mémoire, 12 cliniciens. ", "Budget : Mission": "2 500",
         "Unité de rattachement": "CMRR Montpellier"},
        bold={"Présentation de l'équipe": "Labellisé CMRR."},
    )
    filled3 = fill(
        pack3, tmp_path / "retour-martin.docx",
        {"Statut du porteur": "Statutaire", "Site": "Nîmes", "Domaine": "Santé", "Unité de rattachement": "UMR 1234",
         "Établissement": "CHU de Nîmes", "Présentation du porteur": "Professeure de santé publique.",
         "Présentation de l'équipe": "Équipe d'épidémiologie.", "Budget : Fonctionnement": "1 000,50"},
        bold={"Présentation du porteur": " PU-PH."},
    )
    filled3 = resave_with_libreoffice(filled3, tmp_path)
    cv2, cv3, letter3 = tmp_path / "cv-benali.pdf", tmp_path / "cv-martin.pdf", tmp_path / "lettre-soutien.pdf"
    cv2.write_bytes(make_pdf(1, "Karim Benali CV"))
    cv3.write_bytes(make_pdf(2, "Lea Martin CV"))
    letter3.write_bytes(make_pdf(1, "Lettre"))

    capsys.readouterr()
    before, _ = load(draft_path)
    assert main(["partner", "merge", str(draft_path), str(filled2), str(cv2)]) == 0  # the diff, nothing applied
    printed = capsys.readouterr().out
    assert "Mission" in printed and "2\xa0500\xa0€" in printed and "conflit" in printed
    assert to_json(load(draft_path)[0]) == to_json(before)

    assert main(["partner", "merge", str(draft_path), str(filled2), str(cv2), "--accept-all"]) == 0
    assert main(["partner", "merge", str(draft_path), str(filled3), str(cv3), str(letter3), "--accept-all"]) == 0

    dossier, versions = load(draft_path)
    benali, martin = dossier.partners[1], dossier.partners[2]
    assert benali.unit == "CMRR Montpellier"  # --accept-all takes the partner's side of a conflict
    assert benali.budget["mission"] == Decimal("2500") and benali.budget["prestations_externes"] == Decimal("6000")
    assert benali.team.plain() == "Centre mémoire, 12 cliniciens. Labellisé CMRR."
    assert any("bold" in span.marks for span in benali.team.blocks[0].spans)
    assert (martin.status, martin.site, martin.domain) == ("statutory", "Nîmes", "health")
    assert martin.cv.plain() == "Professeure de santé publique. PU-PH."
    assert [span.text for span in martin.cv.blocks[0].spans if "bold" in span.marks] == [" PU-PH."]  # through LibreOffice
    assert martin.budget == {"fonctionnement": Decimal("1000.50")}
    attached = {(a.kind, a.partner, a.filename) for a in dossier.attachments}
    assert {("cv", 1, "cv-benali.pdf"), ("cv", 2, "cv-martin.pdf"), ("letter", 2, "lettre-soutien.pdf")} <= attached
    labels = [v.label for v in versions]
    today = dt.date.today().strftime("%d/%m/%Y")
    assert any(l.startswith(f"Reçu de Karim Benali <karim.benali@chu-montpellier.fr> le {today}, fichier retour-benali.docx")
               for l in labels), labels
    assert any("Reçu de Léa Martin" in l and "retour-martin.docx" in l and "cv-martin.pdf" in l for l in labels)
    records = {r.slot: r for r in dossier.packs}
    assert records[2].received_file == "retour-benali.docx" and records[3].received_at


def test_a_pack_from_another_dossier_is_refused_and_nothing_changes(draft_path, call, tmp_path, capsys):
    other_path = tmp_path / "autre.iasante"
    other = make_complete_dossier(call)  # another dossier: its own identity
    other.acronym = "AUTRE"
    Draft.create(other_path, other).close()
    assert main(["partner", "pack", str(other_path), "--partner", "2", "--to", str(tmp_path / "p")]) == 0
    filled = fill(tmp_path / "p" / "AUTRE-partenaire-2.docx", tmp_path / "autre.docx", {"Budget : Mission": "9 000"})
    before = to_json(load(draft_path)[0])
    capsys.readouterr()
    assert main(["partner", "merge", str(draft_path), str(filled), "--accept-all"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["Ce pack partenaire appartient à un autre dossier (« AUTRE ») : rien n'a été modifié. "
                   "(This partner pack belongs to another dossier (« AUTRE »): nothing was changed.)"]
    assert to_json(load(draft_path)[0]) == before


def test_a_pack_for_a_partner_since_removed_is_refused(draft_path, tmp_path, capsys):
    assert main(["partner", "pack", str(draft_path), "--partner", "3", "--to", str(tmp_path / "p")]) == 0
    with Draft.open(draft_path) as draft:
        dossier = draft.load()
        del dossier.partners[2]
        draft.save(dossier, reason="save")
    before = to_json(load(draft_path)[0])
    capsys.readouterr()
    assert main(["partner", "merge", str(draft_path), str(tmp_path / "p" / "NEURO-IA-partenaire-3.docx")]) == 2
    assert "partenaire 3, qui n'existe plus" in capsys.readouterr().err
    assert to_json(load(draft_path)[0]) == before


def test_a_pack_breaking_the_call_rules_is_refused_with_exit_1(draft_path, tmp_path, capsys):
    assert main(["partner", "pack", str(draft_path), "--partner", "3", "--to", str(tmp_path / "p")]) == 0
    filled = fill(tmp_path / "p" / "NEURO-IA-partenaire-3.docx", tmp_path / "doc.docx", {"Statut du porteur": "Doctorant"})
    before = to_json(load(draft_path)[0])
    capsys.readouterr()
    assert main(["partner", "merge", str(draft_path), str(filled), "--accept-all"]) == 1
    captured = capsys.readouterr()
    assert "« Doctorant » n'est pas éligible" in captured.out
    assert "Refusé" in captured.err
    assert to_json(load(draft_path)[0]) == before


def test_a_whole_dossier_or_a_damaged_file_is_not_a_pack(draft_path, tmp_path, capsys):
    junk = tmp_path / "junk.docx"
    junk.write_bytes(b"PK\x03\x04 not really")
    assert main(["partner", "merge", str(draft_path), str(junk)]) == 2
    plain = tmp_path / "plain.docx"
    Document().save(plain)
    assert main(["partner", "merge", str(draft_path), str(plain)]) == 2
    assert "n'est pas un pack partenaire" in capsys.readouterr().err


def test_the_identification_line_alone_recognises_a_pack(draft_path, tmp_path):
    """A word processor that drops custom properties: the visible line still says whose pack it is."""
    import zipfile

    assert main(["partner", "pack", str(draft_path), "--partner", "2", "--to", str(tmp_path / "p")]) == 0
    source = tmp_path / "p" / "NEURO-IA-partenaire-2.docx"
    stripped = tmp_path / "stripped.docx"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(stripped, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "docProps/custom.xml":
                continue
            if item.filename in ("_rels/.rels", "[Content_Types].xml"):  # as a tool that drops them would
                data = re.sub(rb"<(Relationship|Override)[^>]*custom[.]xml[^>]*/>", b"", data)
            zout.writestr(item, data)
    from iasante_desktop.core.callspec import resolve_call
    from iasante_desktop.documents.partner_pack import read_pack

    content = read_pack(stripped, resolve_call())
    dossier, _ = load(draft_path)
    assert content.identity.dossier_id == dossier.dossier_id
    assert content.identity.partner_uid == dossier.partners[1].uid
    assert content.values["carrier_name"] == "Karim Benali"
