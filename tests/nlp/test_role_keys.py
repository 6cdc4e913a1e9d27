"""A role's words keep their own letters ("spokesman", not "pokesman"), so a description meets
a role named by a synonym; a gendered head does not meet the other gender's word. Invented
sentences."""

from __future__ import annotations

import pytest

from onrecord.models import Record
from onrecord.nlp.speakers import role_key

from .records import find


def test_role_key_keeps_a_leading_and_a_trailing_s() -> None:
    assert role_key("spokesman") == {"spokesman", "spokesperson"}
    assert "sales" in role_key("sales director")
    assert role_key("boss") == {"boss"}
    assert role_key("the minister's spokesperson") == {"the", "minister", "spokesperson"}
    assert "spokesperson" in role_key("press secretary")


def run(extractor, text: str) -> Record:  # type: ignore[no-untyped-def]
    return extractor.extract_text(text, published="2026-03-03")


@pytest.mark.model
def test_a_spokesman_is_not_a_spokeswoman_of_another_body(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        "Maren Holt, a spokeswoman for Calder Homes, said the estate would be finished in "
        "May. A spokesman for the Harrowby Planning Board said the estate had not been "
        "approved.",
    )
    assert find(r, "the estate would be finished").speaker.name == "Maren Holt"
    assert find(r, "the estate had not been approved").speaker.name != "Maren Holt"
