"""A quotation split by a tag whose speaker follows the verb, with a description after the
name, invented sentences: ``"The risk," said Ann Ruiz, an economist, "is that ..."`` is one
statement by Ruiz in two stretches. The parse may hang the first stretch on the tag verb (it
was dropped with the aside) or make the name the subject of the quoted clause (the statement
lost its speaker, and the short first stretch with it)."""

from __future__ import annotations

import pytest

from onrecord.nlp.attribution import find_attributions

pytestmark = pytest.mark.model


def _by_speaker(nlp, text: str) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    out: dict[str, list[str]] = {}
    for a in find_attributions(nlp(text))[0]:
        source = text[a.source[0] : a.source[1]] if a.source else ""
        pieces = a.parts or (a.content,)
        out.setdefault(source, []).extend(text[s:e] for s, e in pieces)
    return out


@pytest.mark.parametrize(
    ("text", "name", "first", "second"),
    [
        (
            '"The danger," said Edwin Larmer, an economist who is the head of the Dorvale '
            'Institute, "is that we will be losing farms and gaining debts."',
            "Edwin Larmer",
            "The danger,",
            "is that we will be losing farms",
        ),
        (
            '"The trouble," said Ada Penrose, an engineer who works for the county, "is that '
            'the bridge is old."',
            "Ada Penrose",
            "The trouble,",
            "is that the bridge is old",
        ),
        (
            '"The problem," said Ines Carrow, a planner who is the chair of the harbour board, '
            '"is that nobody is building houses."',
            "Ines Carrow",
            "The problem,",
            "is that nobody is building houses",
        ),
        (
            '"The plan," said Mara Voss, "is dead on arrival."',
            "Mara Voss",
            "The plan,",
            "is dead on arrival",
        ),
    ],
)
def test_both_stretches_are_the_named_speakers(nlp, text, name, first, second) -> None:  # type: ignore[no-untyped-def]
    found = _by_speaker(nlp, text)
    pieces = next((p for s, p in found.items() if s.startswith(name)), None)
    assert pieces is not None, found
    assert any(first in p for p in pieces), found
    assert any(second in p for p in pieces), found
    assert "" not in found, found


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("Prices, economists said, will climb next year.", "economists", "will climb next year"),
        (
            '"We are ready," said the report, "and the mill will close in May."',
            "the report",
            "and the mill will close in May.",
        ),
    ],
)
def test_other_asides_keep_their_speaker(nlp, text, source, content) -> None:  # type: ignore[no-untyped-def]
    found = _by_speaker(nlp, text)
    assert any(content in p for p in found.get(source, [])), found
