"""Shared fixtures: the call spec, a complete dossier, and tools that CI must have."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from decimal import Decimal

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from iasante_desktop.core.callspec import resolve_call  # noqa: E402
from iasante_desktop.core.dossier import Dossier, Partner  # noqa: E402


def require_tool(name: str) -> str:
    """The path of an external tool; skip with the reason where it is absent, fail in CI."""
    path = shutil.which(name)
    if path is None:
        if os.environ.get("IASANTE_REQUIRE_TOOLS"):
            pytest.fail(f"{name} is required in CI (IASANTE_REQUIRE_TOOLS=1) but is not installed")
        pytest.skip(f"{name} is not installed")
    return path


@pytest.fixture(scope="session")
def call():
    return resolve_call()


@pytest.fixture
def complete_dossier(call) -> Dossier:
    """A dossier a careful applicant would send: two partners in two départements, within every limit."""
    return Dossier(
        call_id=call.id,
        acronym="NEURO-IA",
        title="Détection précoce des troubles neurocognitifs par apprentissage sur la parole",
        keywords=["apprentissage automatique", "parole", "gérosciences"],
        theme="Gérosciences",
        resume="Nous proposons d'entraîner un modèle de détection précoce sur des enregistrements de parole annotés.",
        resume_grand_public="La voix change avant que la mémoire ne flanche : nous apprenons à un ordinateur à l'entendre.",
        partners=[
            Partner(
                carrier_name="Claire Dupont",
                status="statutory",
                unit="IRIT UMR 5505, Toulouse",
                institution="Université de Toulouse",
                site="Toulouse",
                domain="ai",
                cv="Maîtresse de conférences en informatique, apprentissage sur signaux.",
                team="Équipe SAMoVA, traitement de la parole.",
                budget={"fonctionnement": Decimal("3000"), "mission": Decimal("1500")},
            ),
            Partner(
                carrier_name="Karim Benali",
                status="postdoc",
                contract_end=dt.date(2027, 8, 31),
                unit="CHU de Montpellier, Hôpital Gui de Chauliac",
                institution="CHU de Montpellier",
                site="Montpellier",
                domain="health",
                cv="Post-doctorant en neurologie.",
                team="Centre mémoire de ressources et de recherche.",
                budget={"prestations_externes": Decimal("6000"), "mission": Decimal("2000")},
            ),
        ],
        description={
            "introduction": "Le diagnostic des troubles neurocognitifs reste tardif.",
            "plus_value": "La collaboration réunit une équipe de parole et un centre mémoire.",
            "objectifs": "Objectif : un prototype ; visée ANR PRC 2027.",
            "industrialisation": "Une lettre d'intérêt d'une start-up de télésanté est jointe.",
            "programme": "Le projet relève des gérosciences et des données annotées.",
        },
    )


@pytest.fixture(autouse=True)
def _one_qt_application(request):
    """Qt allows one application object per process; let pytest-qt's QApplication be it everywhere but in
    the core tests, which must run without Qt."""
    if "tests/core" not in str(request.node.path).replace(os.sep, "/"):
        request.getfixturevalue("qapp")
