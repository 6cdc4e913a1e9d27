"""A business named after a role is no person, and a man asked to do a thing who answers in
the very verb speaks for himself, on invented articles.

"The port's partner, Dunmore Haulage Services, said" names a company set off after a word
for a person; "Ilse Varo's agent, Petra Lindqvist, said" names a person. "Vale said the
board had asked Martin Brenn to resign. 'I will not resign,' he said": Brenn's words."""

from __future__ import annotations

import pytest

from .records import find, run

pytestmark = pytest.mark.model


def test_a_business_after_a_person_noun_is_no_person(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        "The port's partner, Dunmore Haulage Services, said the quay would close in May.\n\n"
        "Its adviser, Brackwell Consulting, said the quay would stay open in May.",
    )
    assert find(r, "the quay would close in May").speaker.type != "person"
    assert find(r, "the quay would stay open in May").speaker.type != "person"


def test_a_person_after_a_person_noun_stays_one(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        "Ilse Varo's agent, Petra Lindqvist, said the striker would not leave in January.",
    )
    s = find(r, "the striker would not leave in January")
    assert s.speaker.type == "person"
    assert s.speaker.name == "Petra Lindqvist"


ANSWERS = (
    "Sasha Vale, who chairs the Tolley harbour trust, said on Friday that the trust had asked "
    "Martin Brenn to resign as harbour master.\n\n"
    '"I have broken no rule, and I will not resign," he said.'
)


def test_a_man_who_answers_in_the_verb_asked_of_him_speaks(extractor) -> None:  # type: ignore[no-untyped-def]
    s = find(run(extractor, ANSWERS), "I will not resign")
    assert s.speaker.name == "Martin Brenn"


ANOTHER_VERB = (
    "Sasha Vale, who chairs the Tolley harbour trust, said on Friday that the trust had not "
    "asked Martin Brenn to resign.\n\n"
    '"Nobody has asked the harbour master to go," he said.'
)


def test_a_quote_in_other_words_stays_with_the_speaker(extractor) -> None:  # type: ignore[no-untyped-def]
    s = find(run(extractor, ANOTHER_VERB), "Nobody has asked the harbour master to go")
    assert s.speaker.name == "Sasha Vale"
