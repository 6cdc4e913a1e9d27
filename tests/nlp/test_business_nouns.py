"""A definite noun of business ("the firm", "the company") is the business the article named
last before it, when no name fits the noun by its own words; an organization of another kind
(a public body, a group an apposition calls something else) is never that business, and with
none named the bare noun stays. Invented sentences."""

from __future__ import annotations

import pytest

from .records import find, run

pytestmark = pytest.mark.model


@pytest.mark.parametrize("noun", ["firm", "company"])
def test_the_firm_is_the_business_named_before(extractor, noun: str) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Brimley Logistics announced 40 layoffs at its Quillan depot on Monday. "
        f"The {noun} said the cuts would save money."
    )
    s = find(run(extractor, text), "save money")
    assert (s.speaker.name, s.speaker.type) == ("Brimley Logistics", "organization")


def test_a_public_body_named_between_is_passed_over(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Brimley Logistics, a freight company, announced layoffs on Monday. "
        "The Harbor Authority approved the plan. The firm said the cuts would save money."
    )
    s = find(run(extractor, text), "save money")
    assert s.speaker.name == "Brimley Logistics"


_NAMED = "Brimley Logistics announced layoffs on Monday. The firm said the cuts would save money."


@pytest.mark.parametrize(
    "text",
    [
        "Citizens for Clean Water, an advocacy group, sued the Harbor Authority. "
        "The company said the suit had no merit.",
        "The Harbor Authority approved the plan on Monday. The company said the suit had no merit.",
        "The company said the suit had no merit.",
        "A firm said the suit had no merit.",  # indefinite: no body met before
    ],
)
def test_no_business_named_leaves_the_bare_noun(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    s = find(run(extractor, text), "no merit")
    assert s.speaker.name in ("company", "firm")
    # the same noun after a business is named is that business
    assert find(run(extractor, _NAMED), "save money").speaker.name == "Brimley Logistics"
