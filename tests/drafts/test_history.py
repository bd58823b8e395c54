"""Versions: explicit saves, autosaves at most every five minutes, restore, and the version taken at close."""

from __future__ import annotations

import datetime as dt

import pytest

from iasante_desktop.drafts import Draft, DraftError


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 2, 1, 9, 0, tzinfo=dt.timezone.utc)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def draft(dossier, tmp_path):
    with Draft.create(tmp_path / "d.iasante", dossier) as opened:
        opened.clock = Clock()
        yield opened


def test_explicit_save_takes_a_labelled_version_that_loads_back(draft, dossier):
    dossier.title = "Version envoyée aux partenaires"
    info = draft.checkpoint("pour relecture", dossier=dossier)
    assert (info.reason, info.label) == ("save", "pour relecture")
    assert draft.versions() == [info]
    assert draft.load_version(info.id) == dossier


def test_saving_twice_without_change_takes_one_version(draft, dossier):
    first = draft.checkpoint(dossier=dossier)
    again = draft.checkpoint(dossier=dossier)
    assert again == first and len(draft.versions()) == 1


def test_autosave_takes_a_version_at_most_every_five_minutes(draft, dossier):
    for minute in range(12):
        dossier.resume += f" {minute}"
        draft.save(dossier)
        draft.clock.advance(minutes=1)
    reasons = [v.reason for v in draft.versions()]
    assert reasons == ["autosave", "autosave"]  # at minutes 5 and 10
    oldest = draft.versions()[-1]
    assert draft.load_version(oldest.id).resume.plain().endswith(" 5")


def test_autosave_without_change_takes_no_version(draft, dossier):
    draft.clock.advance(minutes=30)
    draft.checkpoint(dossier=dossier)
    draft.clock.advance(minutes=30)
    draft.save(dossier)
    assert [v.reason for v in draft.versions()] == ["save"]


def test_restore_keeps_the_current_state_as_a_version_first(draft, dossier):
    dossier.title = "Titre A"
    saved = draft.checkpoint(dossier=dossier)
    dossier.title = "Titre B, jamais enregistré explicitement"
    draft.save(dossier)
    restored = draft.restore(saved.id)
    assert restored.title == "Titre A"
    assert draft.load().title == "Titre A"
    kept = draft.versions()[0]
    assert kept.reason == "restore"
    assert draft.load_version(kept.id).title == "Titre B, jamais enregistré explicitement"


def test_restore_brings_back_a_removed_attachment(draft, dossier):
    saved = draft.checkpoint(dossier=dossier)
    cv = dossier.attachments.pop(0)
    draft.save(dossier)
    restored = draft.restore(saved.id)
    assert restored.attachments[0].data == cv.data


def test_closing_keeps_unsaved_changes_as_a_close_version(dossier, tmp_path):
    path = tmp_path / "d.iasante"
    with Draft.create(path, dossier) as draft:
        draft.checkpoint()
        dossier.theme = "Autre thème"
        draft.save(dossier)
    with Draft.open(path) as draft:
        latest = draft.versions()[0]
        assert latest.reason == "close"
        assert draft.load_version(latest.id).theme == "Autre thème"


def test_closing_unchanged_adds_no_version(dossier, tmp_path):
    path = tmp_path / "d.iasante"
    with Draft.create(path, dossier) as draft:
        draft.checkpoint()
    with Draft.open(path) as draft:
        assert [v.reason for v in draft.versions()] == ["save"]


def test_an_unknown_version_is_a_clear_error(draft):
    with pytest.raises(DraftError) as caught:
        draft.load_version(999)
    assert "999" in caught.value.fr and "999" in caught.value.en
