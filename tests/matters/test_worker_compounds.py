"""A word of a concept that names a kind of worker with the noun after it ("community
support officers", "support staff") is part of a noun, no event: "police community support
officers will cover the crossings" says nothing of backing anything
(:func:`onrecord.matters.senses.names_a_worker`).

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters.claims import parse_claim
from onrecord.matters.senses import names_a_worker

from .builders import item, kinds


def _keys(text: str) -> set[str]:
    return {e.key for c in parse_claim(text).clauses for e in c.events}


def test_support_officers_name_workers_not_support() -> None:
    assert "support" not in _keys("Police community support officers will cover the crossings.")
    assert "support" not in _keys("Support staff will run the Saturday sessions.")


def test_support_with_a_subject_or_a_modal_is_the_verb() -> None:
    assert "support" in _keys("Families support volunteers at the food bank.")
    assert "support" in _keys("The trust will support officers who report abuse.")
    assert "support" in _keys("We support staff who raise concerns.")


def test_names_a_worker_reads_the_noun_after() -> None:
    low = "the community support officers arrived".split()
    assert names_a_worker(low, 2)
    assert not names_a_worker("we support the officers".split(), 1)


def test_workers_do_not_back_a_plan_another_speaker_denies_backing() -> None:
    """The officers' words on covering crossings are no stance on backing the closure."""
    found = kinds(
        item("1", "Police community support officers will cover the crossings the wardens leave.",
             "Aldous Fenwright", "2031-03-04"),
        item("2", "The police have not backed the removal of the crossing wardens.",
             "Maud Kettleby", "2031-03-04"),
    )  # fmt: skip
    assert found == []
