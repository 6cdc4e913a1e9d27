"""A share of people as the speaker, invented sentences: the parser may hang ``About 4 in 10``
or ``Less than a third`` on the verb as a number or a measure and leave it no subject; the
share is then the source (the guidelines keep a quantifier in its source), not nobody."""

from __future__ import annotations

import pytest

from onrecord.nlp.attribution import find_attributions

pytestmark = pytest.mark.model


def _found(nlp, text: str) -> list[tuple[str | None, str, str]]:  # type: ignore[no-untyped-def]
    return [
        (
            text[a.source[0] : a.source[1]] if a.source else None,
            text[a.cue[0] : a.cue[1]] if a.cue else "",
            text[a.content[0] : a.content[1]],
        )
        for a in find_attributions(nlp(text))[0]
    ]


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("About 4 in 10 say they want a new mayor.", "About 4 in 10", "say"),
        (
            "Less than a third agreed with the mayor that the bridge should close.",
            "Less than a third",
            "agreed",
        ),
    ],
)
def test_a_share_hung_on_the_verb_is_the_source(nlp, text, source, cue) -> None:  # type: ignore[no-untyped-def]
    found = _found(nlp, text)
    assert any(s == source and c == cue for s, c, _ in found), found


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Half an hour later, the mayor said the road would reopen.", "the mayor"),
        ("Sales rose 10 percent, the report said.", "the report"),
        ("In 1998, 300 said they had seen the lights.", "300"),
    ],
)
def test_a_time_or_an_amount_is_no_speaker(nlp, text, source) -> None:  # type: ignore[no-untyped-def]
    sources = [s for s, c, _ in _found(nlp, text) if c == "said"]
    assert sources == [source]
