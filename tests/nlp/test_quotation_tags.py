"""Which tag a quotation belongs to when a clause stands between it and another one.

``"A." Ruiz added: "B."``: a tag that ends on a colon points forward, so "A" is no part of
Ruiz's statement; it goes on the speaker before it (PolNeAR's content continuations), else on
no one. A tag between the two halves of one sentence (``"A," she said: "B."``) still tags both.
A quotation a comma joins to a clause with a subject of its own (``..., the crowd chanted,
"..."``) is that clause's, not an earlier speech verb's; and a subordinate clause after a
quotation (``"A." While critics welcomed ...``) is no tag of it. Invented sentences; the
positive cases fail without :mod:`onrecord.nlp.quote_cues`'s rules.
"""

from __future__ import annotations

import pytest


def _cues_of(said: list[tuple[str, str | None, str]], content: str) -> list[tuple[str, str | None]]:
    return [(q, s) for q, s, c in said if c == content]


@pytest.mark.parametrize("verb", ["said", "added", "went on"])
def test_a_colon_tag_leaves_the_quotation_before_it_to_the_speaker_before(found, verb: str) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“The ferry will run again,” the harbor master said. “We have a new crew.” "
        f"Captain Ilse Marr {verb}: “The pier is safe.”"
    )
    said = found(text)
    assert _cues_of(said, "We have a new crew.") == [("said", "the harbor master")]
    assert _cues_of(said, "The pier is safe.")[0][1] == "Captain Ilse Marr"


def test_a_colon_tag_after_two_apostrophe_marks(found) -> None:  # type: ignore[no-untyped-def]
    text = (
        "''We are tired,'' Ms. Orla said. ''We are not afraid.'' Mr. Brant added: ''It is over.''"
    )
    said = found(text)
    assert _cues_of(said, "We are not afraid.") == [("said", "Ms. Orla")]
    assert _cues_of(said, "It is over.") == [("added", "Mr. Brant")]


def test_a_colon_tag_does_not_take_an_untagged_quotation(found) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The council voted to close the pier. “We had no choice.” "
        "Mayor Ines Dallo said: “It is unsafe.”"
    )
    said = found(text)
    assert _cues_of(said, "We had no choice.") == []
    assert _cues_of(said, "It is unsafe.") == [("said", "Mayor Ines Dallo")]


def test_a_colon_tag_inside_one_sentence_tags_both_halves(found) -> None:  # type: ignore[no-untyped-def]
    text = "“We are tired,” Ms. Orla said: “We are not afraid.”"
    said = found(text)
    assert _cues_of(said, "We are tired,") == [("said", "Ms. Orla")]
    assert _cues_of(said, "We are not afraid.") == [("said", "Ms. Orla")]


def test_a_tag_without_a_colon_still_tags_the_quotation_before_it(found) -> None:  # type: ignore[no-untyped-def]
    text = "“We had no choice.” Mayor Ines Dallo said. “It is unsafe.”"
    said = found(text)
    assert _cues_of(said, "We had no choice.") == [("said", "Mayor Ines Dallo")]


# A quotation joined by a comma to a clause with a subject of its own is that clause's words,
# whatever its verb: no speech verb earlier in the sentence tags it
# (:func:`onrecord.nlp.quote_cues._other_tag`).


@pytest.mark.parametrize(
    "text",
    [
        "Ruiz criticized the mayor at the rally, and the crowd chanted, “Lock the gates!”",
        "When Ines Dallo praised the harbor plan, Omar Tell shot back, “It will sink the town.”",
    ],
)
def test_a_quotation_after_another_subjects_clause_is_not_the_earlier_verbs(
    found, text: str
) -> None:  # type: ignore[no-untyped-def]
    said = found(text)
    quoted = text[text.index("“") + 1 : text.index("”")]
    assert _cues_of(said, quoted) == []


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Ruiz said the vote was close, “We will win it anyway.”", "We will win it anyway."),
        ("Ines Dallo told the council, “The pier is unsafe.”", "The pier is unsafe."),
    ],
)
def test_a_quotation_after_the_speech_verbs_own_clause_stays_its_words(  # type: ignore[no-untyped-def]
    found, text: str, quoted: str
) -> None:
    said = found(text)
    assert [s for _, s in _cues_of(said, quoted)] == [text.split(" said")[0].split(" told")[0]]


def test_a_subordinate_clause_after_a_quotation_is_no_tag_of_it(found) -> None:  # type: ignore[no-untyped-def]
    # (:func:`onrecord.nlp.quote_cues._reports_its_own`)
    text = (
        "“There is not much money in coal,” Mr. Thurber said. “They are just throwing cash at "
        "it.” While critics welcomed the plan, they were less sure of the cost."
    )
    said = found(text)
    assert _cues_of(said, "They are just throwing cash at it.") == [("said", "Mr. Thurber")]


def test_a_tag_after_a_question_still_tags_it(found) -> None:  # type: ignore[no-untyped-def]
    said = found("“Are you serious?” Mr. Thurber asked the mayor.")
    assert _cues_of(said, "Are you serious?") == [("asked", "Mr. Thurber")]
