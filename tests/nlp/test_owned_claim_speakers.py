"""Speakers of pronouns and of owned claims, on invented articles.

* A person named alone by surname, which the tagger may miss, is still a mention of them: a
  pronoun after their statement is theirs, not an earlier speaker's.
* A claim named inside another statement ("pushed back on Y's claim that ...") gives Y no
  turn: a pronoun next is still the rebutter's.
* "pushed back on Y's statement that <clause>, saying ...": the clause is Y's statement even
  when the parser hangs it on the verb above the noun; the participle after it is not Y's.
* "X was quoted by the Post as saying": X spoke; the Post only passes it on.
"""

from __future__ import annotations

import pytest

from .records import find, run

pytestmark = pytest.mark.model


LONE_SURNAME = (
    "Parks director Ruth Okonkwo said the pier had passed its inspection.\n\n"
    "Harbour engineer Tamsin Wyvell said the pier had failed the same inspection. "
    "Okonkwo said the pier was sound. Wyvell said it was not.\n\n"
    '"The pier failed its load test on Tuesday. I have the report," she said.'
)


def test_a_pronoun_after_a_lone_surname_is_that_persons(extractor) -> None:  # type: ignore[no-untyped-def]
    s = find(run(extractor, LONE_SURNAME), "The pier failed its load test")
    assert s.speaker.name == "Tamsin Wyvell"


NAMED_CLAIM = (
    "Harlan Prewitt, head of the drivers' union, said the depot had spent $2 million on "
    "consultants last year.\n\n"
    "Marisol Quennell, the depot's manager, said the union had refused to talk.\n\n"
    "Quennell, for her part, pushed back on Prewitt's claim that the depot had spent $2 million "
    'on consultants. "The real figure is $380,000, and most of it was an audit," she said.'
)


def test_a_claim_named_in_a_rebuttal_gives_its_owner_no_turn(extractor) -> None:  # type: ignore[no-untyped-def]
    s = find(run(extractor, NAMED_CLAIM), "The real figure is $380,000")
    assert s.speaker.name == "Marisol Quennell"


STRAY_CLAUSE = (
    "Transit chief Anselm Brandt said fares covered the cost of running the buses. Kell "
    "pushed back on Brandt's statement that the new fare covered its costs, saying riders "
    "paid more than ever for fewer buses."
)


def test_an_owned_statement_clause_is_its_owners(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(extractor, STRAY_CLAUSE)
    owned = [s for s in r.statements if s.content.text == "the new fare covered its costs"]
    assert "Anselm Brandt" in {s.speaker.name for s in owned}
    assert find(r, "riders paid more than ever").speaker.name != "Anselm Brandt"


def test_a_participle_after_a_said_clause_stays_the_speakers(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(extractor, "Mara Kell said that the fare covered costs, saying riders paid enough.")
    assert find(r, "riders paid enough").speaker.name == "Mara Kell"


def test_a_relative_clause_on_a_statement_is_no_claim(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        "Union organizer Dorota Kell criticized Brandt's statement that angered drivers, "
        "saying it was unfair.",
    )
    assert not [s for s in r.statements if s.content.text.startswith("angered")]


def test_one_quoted_by_an_outlet_is_the_speaker(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        'Ranger Ilse Vandermeer led the review. "Nobody watched the fire line on Sunday," '
        "Vandermeer was quoted by the Corrie Valley Post as saying.",
    )
    assert find(r, "Nobody watched the fire line").speaker.name == "Ilse Vandermeer"


def test_a_figure_quoted_by_a_body_is_the_bodys(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(extractor, "The figure was quoted by the council as evidence that costs had doubled.")
    assert find(r, "costs had doubled").speaker.name != "figure"
    assert "council" in (find(r, "costs had doubled").speaker.name or "").lower()
