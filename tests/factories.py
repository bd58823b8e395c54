"""Dossiers for tests and benchmarks, built in code so every test starts from a fresh one."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from iasante_desktop.core.dossier import Dossier, Partner


def make_complete_dossier(call) -> Dossier:
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
