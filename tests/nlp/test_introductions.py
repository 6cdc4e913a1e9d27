"""A person introduced by an indefinite description in the sentence before their name ("A
retired engineer says ... . Helen Marsh, who flew for the airline, said ...") holds that
description as a role. Invented sentences."""

from __future__ import annotations

import pytest

from .records import find, run

pytestmark = pytest.mark.model


def test_the_description_names_the_person_introduced_after_it(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        "A retired Corveline engineer says the fault was known for years. Helen Marsh, who "
        "flew for the airline until 2024, said the pilots reported it in 2021.\n\n"
        "Corveline denied the retired engineer's claim that the fault had been reported.",
    )
    assert find(r, "the fault was known for years").speaker.name == "Helen Marsh"
    varga = next(e for e in r.entities if e.name == "Helen Marsh")
    assert "retired Corveline engineer" in varga.roles


def test_a_person_with_a_role_of_their_own_is_someone_else(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        "A nurse on the ward said the heating had failed twice. Mara Lindqvist, the "
        "hospital's chief executive, said the heating had been repaired.",
    )
    assert find(r, "the heating had failed twice").speaker.name != "Mara Lindqvist"


def test_a_new_paragraph_is_a_new_turn(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        "A spokesperson for the port said the berth would reopen on Friday.\n\n"
        "Jonas Ekwueme said the dockers would not return before Monday.",
    )
    assert find(r, "the berth would reopen").speaker.name != "Jonas Ekwueme"


def test_a_description_of_the_other_gender_is_someone_else(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        "A spokeswoman for the league said the match would go ahead. Bernard Okafor said "
        "the pitch was flooded.",
    )
    assert find(r, "the match would go ahead").speaker.name != "Bernard Okafor"


def test_a_name_already_given_is_not_introduced(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        "Tilde Amsel opened the meeting at noon. A farmer from Oxley said the road had "
        "flooded. Tilde Amsel said the road would be closed.",
    )
    assert find(r, "the road had flooded").speaker.name != "Tilde Amsel"
