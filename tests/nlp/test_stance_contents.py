"""Contents of stances and of what a closing clause adds (``onrecord.nlp.stances``,
``onrecord.nlp.tails``), on invented sentences; each fails without its rule."""

from __future__ import annotations

import pytest


def test_the_one_urged_is_part_of_the_content(found) -> None:  # type: ignore[no-untyped-def]
    text = "Mayor Tilda Brandt urged the council to approve the ferry levy."
    assert found(text) == [("urged", "Mayor Tilda Brandt", "the council to approve the ferry levy")]


def test_a_relative_word_is_the_content_of_a_stance_in_its_clause(found) -> None:  # type: ignore[no-untyped-def]
    text = "Ruiz pointed to the new ferry terminal, a project that Brandt opposed."
    assert ("opposed", "Brandt", "that") in found(text)


def test_a_closing_saying_clause_is_a_statement_of_the_same_speaker(found) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Port director Hal Weiss rejected the idea that the tolls would be a burden on the "
        "fishing fleet, saying the busy docks at dawn prove that the boats still pay their way."
    )
    assert found(text) == [
        (
            "rejected",
            "Port director Hal Weiss",
            "the idea that the tolls would be a burden on the fishing fleet",
        ),
        (
            "saying",
            "Port director Hal Weiss",
            "the busy docks at dawn prove that the boats still pay their way",
        ),
    ]


def test_a_content_never_holds_its_own_cue(found) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Brandt said the state would sue Acme Corp, a decision that she expects to cost millions."
    )
    for cue, _source, content in found(text):
        assert cue not in content.split()


@pytest.mark.parametrize(
    "text",
    [
        "The spokesman said nothing about the layoffs.",
        "Reed said goodbye to his colleagues on Friday.",
        "Reed said a prayer for the victims.",
        "Reed said his piece and left the room.",
        "He said the things he said because he was angry.",
    ],
)
def test_say_with_an_ordinary_object_is_no_statement(found, text: str) -> None:  # type: ignore[no-untyped-def]
    assert found(text) == []


def test_saying_nothing_is_no_statement(found) -> None:  # type: ignore[no-untyped-def]
    assert [c for c, _s, _t in found("Reed denied the report, saying nothing.")] == ["denied"]


def test_say_with_a_stand_in_object_is_a_statement(found) -> None:  # type: ignore[no-untyped-def]
    text = "Reed said the same about the budget."
    assert found(text) == [("said", "Reed", "the same about the budget")]


@pytest.mark.parametrize(
    "text", ["Fans cheered for the team that he supports.", "It was a club that Reed backed."]
)
def test_support_in_a_relative_clause_is_no_statement(found, text: str) -> None:  # type: ignore[no-untyped-def]
    assert found(text) == []


def test_the_one_promised_is_not_part_of_the_content(found) -> None:  # type: ignore[no-untyped-def]
    assert found("Reed promised voters to cut taxes.") == [("promised", "Reed", "to cut taxes")]


def test_adding_after_a_reported_clause_is_the_speakers(found) -> None:  # type: ignore[no-untyped-def]
    text = "Reed said the strike would end soon, adding that talks would resume on Monday."
    assert ("adding", "Reed", "talks would resume on Monday") in found(text)
