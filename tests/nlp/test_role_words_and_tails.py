"""A speaker's role as the article gives it: the whole of a role set off before the name
("Velor's head of quality, Sandra Oyelaran", not "Velor's head"), without a clause on its noun
or in its phrase. Invented sentences (:mod:`onrecord.nlp.role_phrases`)."""

from __future__ import annotations

import pytest

from .records import find, run

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Velor's head of quality, Sandra Oyelaran, said the fault came from one plant.",
            "Velor's head of quality",
        ),
        (
            "A spokesman for the Ellerby water board, Tomas Vendrell, said the pipes were safe.",
            "spokesman for the Ellerby water board",
        ),
    ],
)
def test_a_role_set_off_before_the_name_keeps_what_it_is_of(
    extractor, text: str, role: str
) -> None:  # type: ignore[no-untyped-def]
    s = find(run(extractor, text), "the")
    assert s.speaker.roles[0] == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a clause on the role noun is not the role
        (
            "The engineer hired by the residents, Felix Amberley, told the council the dam was "
            "unsafe.",
            "engineer",
        ),
        # a phrase of time is not what the role is of
        ("The mayor since 2019, Ruth Alden, said the lanes would stay.", "mayor"),
    ],
)
def test_a_clause_or_time_on_the_role_noun_stays_out(extractor, text: str, role: str) -> None:  # type: ignore[no-untyped-def]
    s = find(run(extractor, text), "the")
    assert s.speaker.roles[0] == role


def test_a_clause_inside_the_phrase_after_the_role_stays_out(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A lawyer for two families whose homes were damaged, Jonah Ferris, said the recall "
        "came too late."
    )
    s = find(run(extractor, text), "the recall")
    assert s.speaker.roles[0] == "lawyer"
