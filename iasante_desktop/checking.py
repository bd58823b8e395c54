"""Measure a dossier with the layout engine and apply the call's rules: what `check`, the wizard and the
export all rely on, so that every screen and file states the same numbers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from iasante_desktop.core.budget import BudgetSummary, summarize
from iasante_desktop.core.callspec import CallSpec
from iasante_desktop.core.dossier import Dossier
from iasante_desktop.core.findings import Finding, HasFindings, sort_findings
from iasante_desktop.core.measures import Measures
from iasante_desktop.core.rules import validate


@dataclass(frozen=True)
class CheckResult(HasFindings):
    findings: list[Finding]
    measures: Measures
    budget: BudgetSummary

    def measures_json(self) -> dict:
        lines = self.measures.lines
        pages = self.measures.pages
        return {
            "resume_lines": lines.get("resume", 0),
            "resume_grand_public_lines": lines.get("resume_grand_public", 0),
            "description_pages": round(pages.get("description", 0.0), 2),
            "budget_total": float(self.budget.total),
            "budget_cap": float(self.budget.cap),
        }

    def to_json(self, lang: str = "fr") -> dict:
        def brief(f: Finding) -> dict:
            full = f.to_json(lang)
            return {"rule": full["rule"], "field": full["field"], "message": full["message"], "numbers": full["numbers"]}

        return {
            "errors": [brief(f) for f in self.errors],
            "warnings": [brief(f) for f in self.warnings],
            "measures": self.measures_json(),
        }


_engines: dict[str, object] = {}


def engine_for(call: CallSpec):
    """One layout engine per call for the life of the process: it caches laid-out paragraphs."""
    from iasante_desktop.typeset.engine import LayoutEngine  # Qt loads only when something is measured

    engine = _engines.get(call.id)
    if engine is None or getattr(engine, "call", None) is not call:
        engine = LayoutEngine(call)
        _engines[call.id] = engine
    return engine


def check(dossier: Dossier, call: CallSpec, today: dt.date | None = None) -> CheckResult:
    return _checked(dossier, call, engine_for(call).measure(dossier), today)


def _checked(dossier: Dossier, call: CallSpec, measures: Measures, today: dt.date | None) -> CheckResult:
    findings = sort_findings(validate(dossier, call, measures, today=today))
    return CheckResult(findings=findings, measures=measures, budget=summarize(dossier, call))
