import json
from decimal import Decimal

import pytest

from iasante_desktop.core.dossier import Attachment, InterchangeError, from_json, to_json


def test_json_round_trip_keeps_every_field(complete_dossier):
    complete_dossier.attachments.append(Attachment(kind="cv", filename="cv.pdf", data=b"%PDF-1.4", partner=0, pages=2))
    complete_dossier.partners[0].written_total = Decimal("4500.00")
    text = json.dumps(to_json(complete_dossier))
    assert from_json(json.loads(text)) == complete_dossier


def test_amounts_travel_as_strings_so_cents_are_exact(complete_dossier):
    complete_dossier.partners[0].budget["mission"] = Decimal("1500.10")
    data = to_json(complete_dossier)
    assert data["partners"][0]["budget"]["mission"] == "1500.10"


@pytest.mark.parametrize(
    "patch, key",
    [
        ({"partners": [{"status": "Professor!"}]}, "partners[0].status"),
        ({"partners": [{"budget": {"mission": "1e30"}}]}, "partners[0].budget.mission"),
        ({"partners": [{"budget": {"mission": 12.5}}]}, "partners[0].budget.mission"),
        ({"partners": [{"contract_end": "31/08/2027"}]}, "partners[0].contract_end"),
        ({"keywords": "a, b"}, "keywords"),
        ({"format_version": 99}, "format_version"),
    ],
)
def test_bad_json_names_the_key(complete_dossier, patch, key):
    data = to_json(complete_dossier)
    data.update(patch)
    with pytest.raises(InterchangeError, match=key.replace("[", r"\[").replace("]", r"\]")):
        from_json(data)
