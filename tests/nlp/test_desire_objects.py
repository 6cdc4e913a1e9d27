"""A verb of desire or liking with a noun object is a statement of what its subject wants or
feels about (the guidelines' desires and attitudes: "Lowell dislikes pickles"), invented
sentences. Not with an infinitive
or a predicate after the object (an intention, read by the intention rule), nor without a
subject that can want."""

from __future__ import annotations

import pytest

from .conftest import Found

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "Councillor Brannick wants a recount of the Hallam ballots.",
            "wants",
            "Councillor Brannick",
            "a recount of the Hallam ballots",
        ),
        ("Voters in Penrith want lower fares.", "want", "Voters in Penrith", "lower fares"),
        (
            "Many farmers in the valley are craving a break from the drought rules.",
            "are craving",
            "Many farmers in the valley",
            "a break from the drought rules",
        ),
        (
            "Many farmers in Ostrava fear a second drought.",
            "fear",
            "Many farmers in Ostrava",
            "a second drought",
        ),
        (
            "Councillor Brannick has long admired the old harbor master.",
            "has long admired",
            "Councillor Brannick",
            "the old harbor master",
        ),
    ],
)
def test_wanted_object_is_the_content(
    found: Found, text: str, cue: str, source: str, content: str
) -> None:
    assert (cue, source, content) in found(text)


def test_want_with_an_infinitive_stays_an_intention(found: Found) -> None:
    got = found("The mayor of Ostrava wants the council to resign.")
    assert ("wants", "The mayor of Ostrava", "the council to resign") in got


def test_want_with_a_predicate_keeps_it(found: Found) -> None:
    got = found("She wanted the report finished by Friday.")
    assert not any(x == "the report" for _, _, x in got), got


def test_want_without_a_subject_is_no_statement(found: Found) -> None:
    assert found("Want more updates from the Velmar desk?") == []


@pytest.mark.parametrize(
    "text",
    [
        "The town, like many in the valley, voted against the levy.",
        "Velmar passed new hate speech laws last year.",
    ],
)
def test_like_and_hate_that_are_no_verbs_of_feeling(found: Found, text: str) -> None:
    assert found(text) == []
