"""Next year's call is a new data file, not new code: another spec changes the verdicts by itself."""

import datetime as dt
from decimal import Decimal

from iasante_desktop.core.callspec import load_call
from iasante_desktop.core.measures import Measures
from iasante_desktop.core.rules import validate


def _next_year(tmp_path, call):
    text = call.path.read_text(encoding="utf-8")
    for old, new in [
        ('id = "iasante-amorcage-2025-2026"', 'id = "iasante-amorcage-2026-2027"'),
        ("deadline = 2025-12-14", "deadline = 2026-12-13"),
        ("closes_at = 2025-12-14T23:59:59+01:00", "closes_at = 2026-12-13T23:59:59+01:00"),
        ("project_start = 2026-03-01", "project_start = 2027-03-01"),
        ('cap = "15000"', 'cap = "8000"'),
        ('bonus = "5000"', 'bonus = "0"'),
        ("max_lines = 10\nlabel.fr = \"Résumé\"\n", "max_lines = 6\nlabel.fr = \"Résumé\"\n"),
        ("min_count = 2", "min_count = 3"),
    ]:
        assert old in text, old
        text = text.replace(old, new, 1)
    path = tmp_path / "next.toml"
    path.write_text(text, encoding="utf-8")
    return load_call(path)


def test_another_spec_changes_limits_caps_and_dates_without_code(tmp_path, call, complete_dossier):
    other = _next_year(tmp_path, call)
    measures = Measures(lines={"resume": 8, "resume_grand_public": 8}, pages={"description": 1.5})
    today = dt.date(2026, 11, 23)

    this_year = {f.rule for f in validate(complete_dossier, call, measures, today=today)}
    next_year = {f.rule for f in validate(complete_dossier, other, measures, today=today)}

    assert this_year == {"deadline"}  # 8 lines fit in 10; 12 500 € fit in 20 000 €; the 2025 deadline passed
    # 6 lines max, an 8 000 € cap, three partners, and a project that now ends after the post-doc's contract
    assert next_year == {"limit.resume_lines", "budget.cap", "partners.count", "partners.status"}
    [cap] = [f for f in validate(complete_dossier, other, measures, today=today) if f.rule == "budget.cap"]
    assert cap.numbers["cap"] == Decimal("8000")
    assert other.calendar.project_end == dt.date(2028, 2, 29)
