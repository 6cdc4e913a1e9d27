"""Extraction rules, on invented articles: a name set off after a noun for what a person does
for someone is that person's; a pluperfect statement's date is no scene for the speaker's later
words."""

from __future__ import annotations

import pytest

from onrecord.models import Record

from .records import find

pytestmark = pytest.mark.model


def run(extractor, text: str, published: str = "2026-05-20") -> Record:  # type: ignore[no-untyped-def]
    return extractor.extract_text(text, published=published)


def test_a_name_after_an_agent_is_a_person_and_takes_the_pronoun(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Lavinia Crowe, who chairs the fans' group, said the ground is full most weeks.\n\n"
        '"We have had no offer for Tomasz," Ambrose Pellett said.\n\n'
        "The winger's agent, Renata Solberg, told a different story on Monday. "
        '"There is a clause in his contract, and everyone knows it," she said.'
    )
    s = find(run(extractor, text), "There is a clause")
    assert s.speaker.name == "Renata Solberg"


def test_a_pluperfect_statement_sets_no_scene(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The board voted on Tuesday to close Pellham Primary. Board chair Ottoline Vance, who "
        "had told parents in March that the school would stay open, said the new figures left "
        "no choice.\n\n"
        '"We are closing Pellham. I was wrong," Vance said.'
    )
    record = run(extractor, text)
    assert find(record, "would stay open").date is not None
    late = find(record, "We are closing Pellham")
    assert late.date is None or not late.date.value.startswith("2026-03")
