"""A passive cue's subject is the first piece of its content, not its source, invented
sentences: ``Marta Quill was declared the winner`` reports Marta Quill and the winner, as the
active ``declared Marta Quill the winner`` does; a ``by`` agent stays the source. One spoken to
(``was asked to``, ``was told that``), one in a state (``were worried about``) and a ``'s``
that reads as "has" (``She's called for``) keep their reading."""

from __future__ import annotations

import pytest

from .records import cued as _statement

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "cue", "parts"),
    [
        (
            "Marta Quill was declared the winner of the Eastvale race.",
            "was declared",
            ["Marta Quill", "the winner of the Eastvale race"],
        ),
        (
            "The council members were charged with taking bribes from a builder.",
            "were charged with",
            ["The council members", "taking bribes from a builder"],
        ),
        (  # the writer's aside after the name is not what was said
            "Tomas Brel, 52, was described as a quiet man.",
            "was described",
            ["Tomas Brel", "as a quiet man"],
        ),
        (
            "The clinic's director was criticized for closing the ward early.",
            "was criticized for",
            ["The clinic's director", "closing the ward early"],
        ),
        (  # a relative pronoun is the subject as written
            "Lena Voss, who was accused of leaking the memo, resigned on Friday.",
            "was accused of",
            ["who", "leaking the memo"],
        ),
    ],
)
def test_passive_subject_opens_the_content_and_is_no_source(nlp, text, cue, parts) -> None:  # type: ignore[no-untyped-def]
    source, found = _statement(nlp, text, cue)
    assert found == parts
    assert source is None


def test_a_by_agent_stays_the_source(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Tomas Brel was described by his neighbors as a quiet man."
    source, parts = _statement(nlp, text, "was described")
    assert source == "his neighbors"
    assert parts == ["Tomas Brel", "as a quiet man"]


@pytest.mark.parametrize(
    ("text", "cue", "source", "first"),
    [
        (  # the one asked is spoken to, not spoken of
            "Ada Fenn was asked to name her running mate.",
            "was asked",
            None,
            "to name her running mate",
        ),
        (  # a reported clause has its own subject
            "Rami Oster was told that the plant would shut.",
            "was told",
            None,
            "the plant would shut",
        ),
        (  # people in a state hold the view
            "The teachers were worried about the new rules.",
            "were worried about",
            "The teachers",
            "the new rules",
        ),
        (  # "'s" as "has": she called for it
            "She's called for a recount in the Ostby race.",
            "'s called for",
            "She",
            "a recount in the Ostby race",
        ),
    ],
)
def test_passives_left_alone(nlp, text, cue, source, first) -> None:  # type: ignore[no-untyped-def]
    found_source, parts = _statement(nlp, text, cue)
    assert found_source == source
    assert parts[0] == first
