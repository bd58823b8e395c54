"""Reordering, adding and removing partners keeps every CV with its own partner, and each budget (amounts,
unreadable texts, written TOTAL) with its partner."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from iasante_desktop.core.dossier import Attachment, Dossier, Partner
from iasante_desktop.gui.widgets.partners_moves import add_partner, move_partner, remove_partner


def dossier_with(count: int) -> Dossier:
    partners = [
        Partner(
            carrier_name=f"P{i}",
            budget={"mission": Decimal(i)},
            unreadable_amounts={"fonctionnement": f"{i},000"},
            written_total=Decimal(i + 100),
        )
        for i in range(count)
    ]
    attachments = [Attachment(kind="cv", filename=f"cv{i}.pdf", partner=i) for i in range(count)]
    attachments.append(Attachment(kind="letter", filename="letter.pdf"))
    return Dossier(call_id="x", partners=partners, attachments=attachments)


def owners(dossier: Dossier) -> dict[str, str]:
    return {a.filename: dossier.partners[a.partner].carrier_name for a in dossier.attachments if a.kind == "cv"}


def test_moving_the_last_partner_first_shifts_the_others_cvs():
    dossier = dossier_with(3)
    move_partner(dossier, 2, 0)
    assert [p.carrier_name for p in dossier.partners] == ["P2", "P0", "P1"]
    assert owners(dossier) == {"cv0.pdf": "P0", "cv1.pdf": "P1", "cv2.pdf": "P2"}
    assert dossier.partners[0].budget == {"mission": Decimal(2)}
    assert [p.unreadable_amounts for p in dossier.partners] == [
        {"fonctionnement": "2,000"},
        {"fonctionnement": "0,000"},
        {"fonctionnement": "1,000"},
    ]
    assert [p.written_total for p in dossier.partners] == [Decimal(102), Decimal(100), Decimal(101)]


def test_removing_a_partner_removes_only_its_cv():
    dossier = dossier_with(3)
    removed = remove_partner(dossier, 1)
    assert [a.filename for a in removed] == ["cv1.pdf"]
    assert owners(dossier) == {"cv0.pdf": "P0", "cv2.pdf": "P2"}
    assert [a.filename for a in dossier.attachments] == ["cv0.pdf", "cv2.pdf", "letter.pdf"]
    assert [p.unreadable_amounts for p in dossier.partners] == [{"fonctionnement": "0,000"}, {"fonctionnement": "2,000"}]


def test_removing_a_partner_with_amounts_drops_the_written_grand_total_only():
    dossier = dossier_with(3)
    dossier.written_grand_total = Decimal(3)
    remove_partner(dossier, 1)
    assert dossier.written_grand_total is None
    assert [p.written_total for p in dossier.partners] == [Decimal(100), Decimal(102)]


def test_removing_an_empty_partner_keeps_the_written_grand_total():
    dossier = dossier_with(2)
    dossier.written_grand_total = Decimal(1)
    add_partner(dossier)
    remove_partner(dossier, 2)
    assert dossier.written_grand_total == Decimal(1)


operations = st.lists(
    st.tuples(st.sampled_from(["add", "remove", "move"]), st.integers(0, 6), st.integers(0, 6)), max_size=25
)


@given(operations)
def test_any_sequence_of_edits_keeps_each_cv_with_its_partner(ops):
    dossier = dossier_with(3)
    owner_of = {a.filename: dossier.partners[a.partner] for a in dossier.attachments if a.kind == "cv"}
    for op, a, b in ops:
        count = len(dossier.partners)
        if op == "add":
            add_partner(dossier)
        elif op == "remove" and count:
            gone = dossier.partners[a % count]
            remove_partner(dossier, a % count)
            owner_of = {name: p for name, p in owner_of.items() if p is not gone}
        elif op == "move" and count:
            move_partner(dossier, a % count, b % count)
    cvs = [a for a in dossier.attachments if a.kind == "cv"]
    assert {a.filename for a in cvs} == set(owner_of)
    for attachment in cvs:
        assert dossier.partners[attachment.partner] is owner_of[attachment.filename]
    for partner in dossier.partners:  # a budget never changes hands
        if partner.carrier_name:
            n = int(partner.carrier_name[1:])
            assert partner.unreadable_amounts == {"fonctionnement": f"{n},000"}
            assert (partner.budget, partner.written_total) == ({"mission": Decimal(n)}, Decimal(n + 100))
        else:
            assert (partner.budget, partner.unreadable_amounts, partner.written_total) == ({}, {}, None)
    assert any(a.kind == "letter" for a in dossier.attachments)
