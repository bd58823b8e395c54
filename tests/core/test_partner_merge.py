"""The three-way comparison of a partner block: dossier now, pack as sent, pack as returned."""

from __future__ import annotations

from decimal import Decimal

import pytest

from iasante_desktop.core.dossier import PackRecord, from_json, to_json
from iasante_desktop.core.partner_merge import (
    PackContent,
    PackIdentity,
    PackRefused,
    apply,
    diff,
    locate,
    pack_form,
    partner_values,
    rule_line,
)
from iasante_desktop.core.richtext import RichText


def _sent(dossier, call, index=1):
    values = partner_values(dossier.partners[index], call)
    dossier.packs.append(PackRecord(dossier.partners[index].uid, index + 1, "2025-11-01T10:00:00+00:00", "p.docx", values))
    return dict(values)


def _pack(dossier, index, values):
    identity = PackIdentity(dossier.dossier_id, dossier.partners[index].uid, index + 1, "2025-11-01")
    return PackContent(identity, values)


def test_a_field_the_partner_left_as_sent_is_not_a_change_even_if_the_assistant_edited_it(complete_dossier, call):
    returned = _sent(complete_dossier, call)
    complete_dossier.partners[1].unit = "Nouvelle unité"
    assert diff(complete_dossier, call, 1, _pack(complete_dossier, 1, returned)) == []


def test_both_sides_changed_is_a_conflict_left_unaccepted(complete_dossier, call):
    returned = _sent(complete_dossier, call)
    complete_dossier.partners[1].unit = "Unité modifiée par l'assistante"
    returned["unit"] = "Unité du partenaire"
    returned["budget.mission"] = "2500"
    changes = {c.key: c for c in diff(complete_dossier, call, 1, _pack(complete_dossier, 1, returned))}
    assert changes["unit"].conflict and not changes["unit"].accept
    assert changes["unit"].sent == "CHU de Montpellier, Hôpital Gui de Chauliac"
    assert not changes["budget.mission"].conflict and changes["budget.mission"].accept
    assert apply(complete_dossier, 1, list(changes.values())) == ["budget.mission"]
    assert complete_dossier.partners[1].unit == "Unité modifiée par l'assistante"
    assert complete_dossier.partners[1].budget["mission"] == Decimal("2500")


def test_an_untouched_list_in_a_cv_is_not_a_change(complete_dossier, call):
    from iasante_desktop.core.richtext import ListItem, Para, Span

    complete_dossier.partners[1].cv = RichText([Para((Span("Thèse 2019"),), ListItem("bullet"))])
    returned = _sent(complete_dossier, call)
    assert pack_form(complete_dossier.partners[1].cv).blocks[0].list_item is None
    assert diff(complete_dossier, call, 1, _pack(complete_dossier, 1, returned)) == []


def test_a_pack_of_another_dossier_or_a_removed_partner_is_refused(complete_dossier, call):
    identity = PackIdentity("0" * 32, complete_dossier.partners[0].uid, 1, "2025-11-01", acronym="AUTRE")
    with pytest.raises(PackRefused, match="autre dossier"):
        locate(complete_dossier, identity)
    identity = PackIdentity(complete_dossier.dossier_id, "abcdefabcdef", 3, "2025-11-01")
    with pytest.raises(PackRefused, match="partenaire 3, qui n'existe plus"):
        locate(complete_dossier, identity)


def test_a_partner_moved_since_the_pack_is_still_found(complete_dossier, call):
    uid = complete_dossier.partners[1].uid
    complete_dossier.partners.reverse()
    assert locate(complete_dossier, PackIdentity(complete_dossier.dossier_id, uid, 2, "2025-11-01")) == 0


def test_rule_lines_come_from_the_call_spec(call):
    assert rule_line("status", call) == "Écrivez l'un de : Statutaire, Contractuel (post-doctorant), Doctorant, Autre. Non éligible : Doctorant."
    assert "28/02/2027" in rule_line("contract_end", call)
    assert "missions, prestations, consommables, petits matériels" in rule_line("budget", call)
    other = call._replace(budget=call.budget._replace(eligible_expenses=("missions",)))
    assert "Dépenses éligibles : missions." in rule_line("budget", other)


def test_identities_and_packs_survive_the_interchange_and_are_made_for_old_data(complete_dossier, call):
    _sent(complete_dossier, call)
    again = from_json(to_json(complete_dossier))
    assert again.dossier_id == complete_dossier.dossier_id
    assert [p.uid for p in again.partners] == [p.uid for p in complete_dossier.partners]
    assert again.packs == complete_dossier.packs
    old = to_json(complete_dossier)
    del old["dossier_id"], old["packs"]
    for p in old["partners"]:
        del p["uid"], p["email"]
    made = from_json(old)
    assert len(made.dossier_id) == 32 and all(len(p.uid) == 12 for p in made.partners)
