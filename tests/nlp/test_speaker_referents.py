"""Speakers named through a relative pronoun or a closing name, on invented sentences."""

from __future__ import annotations

import pytest

from onrecord.models import Record

from .records import find

pytestmark = pytest.mark.model


def run(extractor, text: str) -> Record:  # type: ignore[no-untyped-def]
    return extractor.extract_text(text, published="2026-02-03")


def test_who_stands_for_the_person_its_clause_hangs_on(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        "The council heard on Monday from Harriet Okonjo, the city's chief engineer, who said "
        "the Marrow Street bridge was safe for traffic.",
    )
    s = find(r, "bridge was safe")
    assert (s.speaker.name, s.speaker.type) == ("Harriet Okonjo", "person")


def test_which_stands_for_an_organization(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        "The Brightwater Ferry Co., which said on Friday that fares would rise in April, has "
        "run the route since 1998.",
    )
    s = find(r, "fares would rise")
    assert (s.speaker.name, s.speaker.type) == ("Brightwater Ferry Co.", "organization")


def test_a_relative_pronoun_without_a_named_antecedent_stays_unknown(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        "Councillor Tobias Wren met the harbour master, who told him the pier was sound.",
    )
    assert find(r, "pier was sound").speaker.name != "Tobias Wren"


def test_a_description_closing_on_a_name_names_that_person(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        "An independent structural engineer hired by the residents' association, Felix "
        "Amberley, told the meeting that the bridge should close at once.",
    )
    assert find(r, "should close at once").speaker.name == "Felix Amberley"


def test_a_name_inside_the_description_is_not_the_speaker(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(extractor, "A lawyer for Mayor Dana Reyes said the city would appeal the ruling.")
    assert find(r, "would appeal").speaker.name != "Dana Reyes"
