"""Texts for the layout tests: real French prose, long enough to wrap."""

PROSE = (
    "Le diagnostic des troubles neurocognitifs reste tardif : nous proposons d'entraîner un modèle sur des "
    "enregistrements de parole annotés, en lien avec le centre mémoire du CHU de Montpellier. L'équipe réunit "
    "des chercheurs en apprentissage automatique, en linguistique et en neurologie ; elle vise un prototype "
    "évalué sur 1 200 patients d'ici 2026-2027. « Nous voulons entendre ce que la mémoire tait », résume la "
    "porteuse du projet. "
)


def prose(words: int) -> str:
    source = PROSE.split()
    return " ".join((source * (words // len(source) + 1))[:words])


def text_of_lines(engine, lines: int, width_twips=None) -> str:
    """The longest prose that the engine lays out in exactly `lines` lines (one paragraph)."""
    words = 1
    while engine.count_lines(prose(words + 1), width_twips) <= lines:
        words += 1
    return prose(words)
