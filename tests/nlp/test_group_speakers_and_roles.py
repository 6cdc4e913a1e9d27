"""A group that speaks ("Residents say") is not the person whose description mentions the
group in a relative clause ("an engineer who surveyed the dam at the request of residents");
a description of the role itself still finds its holder. Invented sentences."""

from __future__ import annotations

import pytest

from onrecord.models import Record

from .records import find

pytestmark = pytest.mark.model


def run(extractor, text: str) -> Record:  # type: ignore[no-untyped-def]
    return extractor.extract_text(text, published="2026-05-05")


def test_a_group_is_not_named_by_a_relative_clause_of_a_role(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        "Hector Vane, a retired surveyor who walked the embankment at the request of "
        "tenants, said on Monday that the wall was cracked. The council said it would "
        "inspect the wall. Tenants say the council has neglected the wall for years.",
    )
    assert find(r, "the wall was cracked").speaker.name == "Hector Vane"
    speaker = find(r, "has neglected the wall").speaker
    assert speaker is None or speaker.name != "Hector Vane"


def test_a_description_of_the_role_still_finds_its_holder(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        "Hector Vane, a retired surveyor who walked the embankment for the tenants, spoke "
        "first. The surveyor said on Monday that the wall was cracked.",
    )
    assert find(r, "the wall was cracked").speaker.name == "Hector Vane"
