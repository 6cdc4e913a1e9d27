"""The noun a reduced relative clause hangs on opens its cue's content when the reported words
leave its place open (``questions she preferred not to answer``); invented sentences."""

from __future__ import annotations

import pytest

from onrecord.nlp.attribution import find_attributions


def _pieces(nlp, text: str, cue: str) -> list[list[str]]:  # type: ignore[no-untyped-def]
    out = []
    for a in find_attributions(nlp(text))[0]:
        if a.cue and text[a.cue[0] : a.cue[1]] == cue:
            out.append([text[s:e] for s, e in (a.parts or (a.content,))])
    return out


@pytest.mark.parametrize(
    ("text", "cue", "pieces"),
    [
        (  # the object of an infinitive
            "Those were questions Dana Ruiz preferred not to answer.",
            "preferred",
            ["questions", "not to answer"],
        ),
        (  # the object of a reported clause
            "It is exactly the kind of judge the senators fear Ruiz would choose.",
            "fear",
            ["exactly the kind of judge", "Ruiz would choose"],
        ),
        (  # the object of a stranded preposition
            "The plant was the topic Ruiz wanted to talk about.",
            "wanted",
            ["the topic", "to talk about"],
        ),
        (  # the subject of a reported clause
            "The man Ruiz said would win lost the race.",
            "said",
            ["The man", "would win"],
        ),
    ],
)
def test_the_noun_of_a_reduced_relative_opens_the_content(  # type: ignore[no-untyped-def]
    nlp, text: str, cue: str, pieces: list[str]
) -> None:
    assert _pieces(nlp, text, cue) == [pieces]


@pytest.mark.parametrize(
    ("text", "cue", "pieces"),
    [
        # a noun of time or manner fills no place in the reported words
        ("That was the day Ruiz said she would run.", "said", ["she would run"]),
        ("That is the way Ruiz wants to govern.", "wants", ["to govern"]),
        # a relative word stands in for the noun: the word, not the noun
        (
            "The report, which Ruiz said was a mistake, was withdrawn.",
            "said",
            ["which", "was a mistake"],
        ),
        # no relative clause at all
        ("Ruiz said the office would close.", "said", ["the office would close"]),
    ],
)
def test_the_noun_stays_out_unless_it_fills_a_place(  # type: ignore[no-untyped-def]
    nlp, text: str, cue: str, pieces: list[str]
) -> None:
    assert _pieces(nlp, text, cue) == [pieces]
