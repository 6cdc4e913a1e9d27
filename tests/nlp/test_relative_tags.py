"""A closing tag the parser hung on the noun or verb before it (as a relative clause or a
conjunct) still reports the sentence before its comma: ``Kestrel is recalling 80,000
heaters, the company and federal regulators announced on Tuesday``. A clause with a relative
word or a conjunction, or one with an object of its own, is no tag
(:mod:`onrecord.nlp.relative_tags`). Invented sentences."""

from __future__ import annotations

import pytest

from .records import run

pytestmark = pytest.mark.model


def _by_cue(extractor, text: str) -> dict[str, tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    r = run(extractor, text, "2023-11-14")
    return {s.cue.text: (s.content.text, s.date.value if s.date else None) for s in r.statements}


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Kestrel Appliances is recalling about 80,000 heaters, the company and federal "
            "regulators announced on Monday.",
            "Kestrel Appliances is recalling about 80,000 heaters",
        ),
        (
            "Kestrel Appliances is recalling about 80,000 portable space heaters after reports "
            "that the units can overheat and catch fire, the company and federal regulators "
            "announced on Monday.",
            "Kestrel Appliances is recalling about 80,000 portable space heaters after reports "
            "that the units can overheat and catch fire",
        ),
    ],
)
@pytest.mark.parametrize("after", ["", "\n\nThe company said refunds would follow."])
def test_a_misparsed_closing_tag_reports_the_sentence(
    extractor, text: str, content: str, after: str
) -> None:  # type: ignore[no-untyped-def]
    said = _by_cue(extractor, text + after)
    assert said.get("announced") == (content, "2023-11-13")
    assert "is recalling" not in said


@pytest.mark.parametrize(
    "text",
    [
        "The board rejected the heaters, which the company announced on Monday.",
        "The plant closed in May, and the union announced a strike on Monday.",
    ],
)
def test_a_clause_of_its_own_is_no_tag(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    said = _by_cue(extractor, text)
    assert all(not c.startswith("The ") for c, _d in said.values())


@pytest.mark.parametrize(
    "text",
    [
        "Rhona Vesty lost the vote to her rival Ilse Pardoe, who added to her lead.",
        "Rhona Vesty predicted a win in Brackwell, which votes on March 1.",
    ],
)
def test_a_relative_word_as_the_subject_is_no_tag(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    said = _by_cue(extractor, text)
    assert all(not c.startswith("Rhona Vesty") for c, _d in said.values())


@pytest.mark.parametrize(
    "text",
    [
        "When it comes to the ferry, Rhona Vesty and Ilse Pardoe are speaking with one voice.",
        "If the board opted to sell, Rhona Vesty should have insisted on a vote.",
    ],
)
def test_a_clause_after_a_fronted_phrase_is_no_tag(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    said = _by_cue(extractor, text)
    assert all(not c.startswith(("When", "If")) for c, _d in said.values())
