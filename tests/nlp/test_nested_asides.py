"""A statement in a relative clause set off inside another statement's content stays, invented
sentences: ``The council criticized the deal, which auditors said was careless`` is the
council's statement and the auditors' ("which" + "was careless"); a cue inside a reported
clause with no such aside still gives way to the statement that reports it."""

from __future__ import annotations

import pytest

from .conftest import found_parts

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "cue", "source", "parts"),
    [
        (
            "The council criticized the deal, which an audit said was careless but legal.",
            "said",
            "an audit",
            ["which", "was careless but legal"],
        ),
        (
            "The mayor asked for a lenient fine, which the jurors said was too small.",
            "said",
            "the jurors",
            ["which", "was too small"],
        ),
        (
            "The union condemned the cuts, which the minister described as painful but fair.",
            "described",
            "the minister",
            ["which", "as painful but fair"],
        ),
    ],
)
def test_aside_clause_in_a_content_keeps_its_statement(nlp, text, cue, source, parts) -> None:  # type: ignore[no-untyped-def]
    found = found_parts(nlp, text)
    assert (cue, source, parts) in found
    assert len(found) == 2  # the outer statement stays too


def test_reported_cue_without_aside_gives_way(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ana Brell said the council claimed a surplus last year."
    found = found_parts(nlp, text)
    assert [f[0] for f in found] == ["said"]


def test_relative_word_that_is_the_speaker_is_no_aside(nlp) -> None:  # type: ignore[no-untyped-def]
    from onrecord.nlp.nested import is_aside_clause

    doc = nlp("The mayor thanked the workers, who said the pier was safe.")
    said = next(t for t in doc if t.text == "said")
    assert not is_aside_clause(said)
