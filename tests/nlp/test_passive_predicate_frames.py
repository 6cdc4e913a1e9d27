"""Passive frames of reputation and judgement, whose subject is part of what is reported
(invented sentences): what someone is known for or as ("She was known as the rainmaker", the
guidelines' attribution with no source) and what something is considered or deemed ("is
considered a weak point"), with the subject and the predicate as the content's two parts.
Not a span of time ("known for years"), nor a purpose ("considered for the post")."""

from __future__ import annotations

import pytest

from .conftest import found_parts

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "cue", "parts"),
    [
        (
            "The harbor town of Velmora was known as the pearl of the northern coast.",
            "was known as",
            ["The harbor town of Velmora", "the pearl of the northern coast"],
        ),
        (
            "Councillor Brannick was known for his dislike of the toll road.",
            "was known for",
            ["Councillor Brannick", "his dislike of the toll road"],
        ),
        (
            "Her cousin is best known for appearances on a late-night comedy show.",
            "is best known for",
            ["Her cousin", "appearances on a late-night comedy show"],
        ),
        (
            "The old ferry crossing has long been considered a weak point in the defenses.",
            "has long been considered",
            ["The old ferry crossing", "a weak point in the defenses"],
        ),
    ],
)
def test_passive_of_reputation_reports_subject_and_predicate(  # type: ignore[no-untyped-def]
    nlp, text: str, cue: str, parts: list[str]
) -> None:
    assert (cue, None, parts) in found_parts(nlp, text)


def test_deemed_with_an_agent_is_sourced_to_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Tarrow bridge was deemed a hazard by the county engineers."
    assert ("was deemed", "the county engineers", ["The Tarrow bridge", "a hazard"]) in found_parts(
        nlp, text
    )


@pytest.mark.parametrize(
    "text",
    [
        "The senator from Ostrava was known for decades.",
        "The results of the Hallam count were known by Tuesday.",
        "Dalia Ortiz was considered for the post of treasurer.",
        "The mayor of Penrith was given a medal for bravery.",
    ],
)
def test_look_alikes_of_reputation_are_no_statements(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert found_parts(nlp, text) == []
