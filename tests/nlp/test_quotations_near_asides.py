"""Which statement a quotation goes on when an aside is near it.

A quotation after its speaker's tag goes on with her words (PolNeAR: "content continuations
should be included in the attribution") even when the next sentence sets a tag of its own
inside the clause it reports (``South Carolina, he said, was ...``): that verb reports its
host clause, not the quotation before it. A quotation in the words that describe the speaker
(``said Wren Adler, author of "Paper Towns."``) is the writer's, not part of what she said.
Invented sentences (:mod:`onrecord.nlp.quote_cues`, :mod:`onrecord.nlp.continuations`).
"""

from __future__ import annotations

import pytest


def _cues_of(said: list[tuple[str, str | None, str]], content: str) -> list[tuple[str, str | None]]:
    return [(q, s) for q, s, c in said if c == content]


@pytest.mark.parametrize(
    "after",
    [
        "The harbor, she said, was never safe at night.",
        'The harbor, she said, was "a place we all avoided."',
        "Last spring, Quint added, the pumps failed twice.",
    ],
)
def test_a_quotation_before_an_aside_tag_continues_the_speaker(found, after: str) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"We kept asking the board for lights on the pier," Lena Quint said. '
        f'"Nobody ever wrote back to us." {after}'
    )
    said = found(text)
    (first,) = _cues_of(said, "We kept asking the board for lights on the pier,")
    assert _cues_of(said, "Nobody ever wrote back to us.") == [first]
    assert first == ("said", "Lena Quint")
    # the aside still reports its own clause
    assert any(c.startswith(("The harbor", "Last spring")) for _, _, c in said)


def test_a_quotation_before_an_aside_tag_of_another_speaker_stays_unattributed(found) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"We kept asking the board for lights on the pier," Lena Quint said. '
        "Her neighbor Omar Tell disagreed. "
        '"Nobody ever wrote back to us." The harbor, he said, was safe.'
    )
    assert _cues_of(found(text), "Nobody ever wrote back to us.") == []


def test_a_tag_in_the_quotations_own_sentence_still_tags_it(found) -> None:  # type: ignore[no-untyped-def]
    text = '"The pier is closed," Lena Quint said, "and the ferry will not run."'
    said = found(text)
    assert ("said", "Lena Quint") in _cues_of(said, "The pier is closed,")


def test_a_title_in_the_speakers_description_is_not_her_words(found) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"The archive is a mess," said Wren Adler, author of "Paper Towns of the North." '
        '"Nobody has catalogued it in years."'
    )
    said = found(text)
    assert _cues_of(said, "Paper Towns of the North.") == []
    first = _cues_of(said, "The archive is a mess,")
    assert first and first[0][0] == "said"
    assert _cues_of(said, "Nobody has catalogued it in years.") == first


def test_a_quotation_in_the_speakers_relative_clause_is_not_hers(found) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"It was a disgrace," said Mara Quell, 41, a nurse who waited in a "very long line '
        'snaking around" the town hall for four hours. Inside the hall, she said, there were '
        "no forms left."
    )
    said = found(text)
    assert not [c for _, _, c in said if "very long line" in c]
    assert [q for q, _ in _cues_of(said, "It was a disgrace,")] == ["said"]


def test_a_subject_the_parse_finds_in_the_quotation_does_not_hide_it(found) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ruiz seemed ready to joke about the heckler in Ames, telling the crowd, "
        "\u201cSome people get a little carried away, have you noticed that?\u201d"
    )
    said = found(text)
    assert [c for q, _, c in said if q.startswith("telling")] == [
        "Some people get a little carried away, have you noticed that?"
    ]


def test_a_quotation_after_an_aside_tag_keeps_its_opening_mark(found) -> None:  # type: ignore[no-untyped-def]
    # the parse hangs the opening mark on the aside ("he added,"): the content still starts
    # at it, never on the first quoted word with the closing mark kept
    said = found('But, he added, "We are, in effect, at war over the pier."')
    assert [c for q, _, c in said if q == "added"] == ['"We are, in effect, at war over the pier."']
