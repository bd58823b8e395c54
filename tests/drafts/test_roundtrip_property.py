"""Whatever text a user can type or paste comes back from the draft unchanged."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iasante_desktop.core.dossier import Attachment, Dossier, Partner
from iasante_desktop.drafts import Draft

# Any code point, lone surrogates included (a broken paste can carry them), plus the paragraph and line
# separators the editor uses.
texts = st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=200) | st.sampled_from(
    ["", "a\nb\u2028c", "\udcff orphelin", "\x00nul", "😀 émoji"]
)
amounts = st.decimals(min_value=Decimal("-1e9"), max_value=Decimal("1e9"), places=2, allow_nan=False)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=texts, resume=texts, cv=texts, amount=amounts, keywords=st.lists(texts, max_size=4))
def test_texts_and_amounts_round_trip_exactly(tmp_path_factory, title, resume, cv, amount, keywords):
    dossier = Dossier(
        call_id="iasante-amorcage-2025-2026",
        title=title,
        resume=resume,
        keywords=keywords,
        description={"introduction": resume},
        partners=[Partner(cv=cv, budget={"mission": amount})],
        attachments=[Attachment(kind="annex", filename="annexe.pdf", data=title.encode("utf-8", "surrogatepass"))],
    )
    folder = tmp_path_factory.mktemp("rt")
    with Draft.create(folder / "d.iasante", dossier) as draft:
        dossier.resume += "!"
        draft.save(dossier)
    with Draft.open(folder / "d.iasante") as draft:
        assert draft.load() == dossier


def test_an_undecodable_attachment_name_is_stored_with_a_replacement_character(tmp_path):
    dossier = Dossier(
        call_id="iasante-amorcage-2025-2026",
        attachments=[Attachment(kind="annex", filename="annexe-\udce9t\udce9.pdf", data=b"%PDF")],
    )
    with Draft.create(tmp_path / "d.iasante", dossier) as draft:
        draft.save(dossier)  # the same dossier again: no duplicate row, no error
        assert draft.load().attachments[0].filename == "annexe-\ufffdt\ufffd.pdf"
        assert draft.conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 1
