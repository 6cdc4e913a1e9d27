"""A source headed by "firm" or "corporation" is a body: the name set off after it ("The
shipping firm Baltic Reach said") is the speaker, as with "company". Not "operator" or
"carrier", which may be a person ("the crane operator"). Invented sentences."""

from __future__ import annotations

import pytest

from .records import find, run

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "The shipping firm Tarrow Lines said it would move its ships to Salsbury.",
        "The shipping firm Tarrow Lines, which leases two piers, said it would move its ships.",
        "The holding corporation Tarrow Lines said it would move its ships to Salsbury.",
    ],
)
def test_a_firm_named_after_its_noun_is_the_speaker(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    s = find(run(extractor, text), "move its ships")
    assert (s.speaker.name, s.speaker.type) == ("Tarrow Lines", "organization")


def test_an_operator_is_not_made_a_body(extractor) -> None:  # type: ignore[no-untyped-def]
    s = find(run(extractor, "The crane operator said the pier was unsafe."), "the pier")
    assert s.speaker.type != "organization"
