"""An act said of every one of a kind against the same act said of only some of them
(:mod:`onrecord.matters.only_part`). Invented sentences."""

from __future__ import annotations

import pytest

from onrecord.matters import analyze_items

from .builders import item


def _found(a: str, b: str) -> list[str]:
    items = [item("s1", a, "Rhona Pyke", "2031-05-02"), item("s2", b, "Ellis Brandt", "2031-05-02")]
    return [c.kind for c in analyze_items(items)[1]]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Every household in Brackley has received a refund",
         "Only about 900 households have received the refund"),
        ("All the households on the estate have received a refund",
         "Only a few households on the estate have received the refund"),
    ],
)  # fmt: skip
def test_every_one_against_only_some_disagree(a: str, b: str) -> None:
    assert _found(a, b) == ["contradiction"]


@pytest.mark.parametrize(
    "b",
    [
        "Only yesterday, the households received the refund",  # "only" of a time
        "Households have received not only the refund but a voucher",  # an addition
        "The households on Mill Road have received a refund",  # no "only": both can hold
    ],
)
def test_only_of_something_else_is_no_disagreement(b: str) -> None:
    assert _found("Every household in Brackley has received a refund", b) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the universal's head is "tenant", not its modifier "council"
        ("Every council tenant in Brackley received a letter",
         "Only council staff received a letter"),
        # "got" is the verb after "every ward", no noun for "only" to restrict
        ("Every ward got a letter", "Only Hallam got a letter"),
        # "only" before the bare noun sets households against others, not part of them
        ("Every household in Brackley has received a refund",
         "Only households in Brackley have received a refund"),
    ],
)  # fmt: skip
def test_only_of_another_thing_or_of_the_whole_kind_is_no_disagreement(a: str, b: str) -> None:
    assert _found(a, b) == []


def test_only_a_count_of_the_universal_head_disagrees() -> None:
    a = "Every patrol officer in Brackley was given a body camera"
    assert _found(a, "Only 40 officers were given a body camera") == ["contradiction"]
