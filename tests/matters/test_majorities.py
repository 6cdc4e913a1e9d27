"""Two readings of one consultation's result: "most backed it" against "60 per cent opposed it"."""

from __future__ import annotations

from onrecord.matters.claims import Item
from onrecord.matters.majorities import majority_matters

from .builders import item, kinds

DAY = "2034-05-12"


def _pair(a: str, b: str, *, article_b: str = "a1") -> tuple[Item, Item]:
    return (
        item("1", a, "Odile Franks", DAY, roles=("council leader",)),
        item("2", b, "Bram Tennick", DAY, roles=("chair of the Wexcombe Traders' Forum",),
             article=article_b),
    )  # fmt: skip


def _answers(a: str, b: str, *, article_b: str = "a1") -> list[list[str]]:
    pair = _pair(a, b, article_b=article_b)
    return [[p.stance.label for p in m.positions] for m in majority_matters(list(pair))]


def test_a_majority_in_words_against_a_share_in_figures() -> None:
    pair = _pair(
        "Most people who responded backed the ring road",
        "Sixty per cent of those who answered the consultation opposed it",
    )
    assert kinds(*pair) == [("contradiction", "1", "2")]


def test_a_condition_told_after_it_is_the_respondents_own() -> None:
    pair = _pair(
        "The survey showed that most respondents supported the later opening hours, as long as "
        "the museum stayed open on Sundays",
        "Three-quarters of the people who answered the survey opposed the changes.",
    )
    assert kinds(*pair) == [("contradiction", "1", "2")]


def test_a_denied_majority_and_a_minority_that_wants_it() -> None:
    assert _answers(
        "Most respondents did not back the toll",
        "The majority of those who answered the survey supported the toll",
    ) == [["no", "yes"]]
    assert _answers(
        "Only 30 per cent of respondents supported the toll",
        "Two in three people who took part in the poll backed the toll",
    ) == [["no", "yes"]]


def test_not_a_share_of_another_group() -> None:
    # the families are no consultation's respondents
    assert (
        _answers(
            "58 percent of responses to the consultation had supported the merger",
            "most Harbour Lane families had opposed it",
        )
        == []
    )


def test_not_two_questions_of_one_consultation() -> None:
    assert (
        _answers(
            "Most respondents backed the new library hours",
            "Sixty per cent of respondents opposed closing the Reed Street branch",
        )
        == []
    )


def test_not_a_share_that_tells_nothing_of_the_rest() -> None:
    # a third against says nothing of the other two thirds; half is no majority
    assert (
        _answers("A third of respondents opposed the toll", "Most respondents backed the toll")
        == []
    )
    assert (
        _answers("Half of the respondents backed the toll", "Most respondents opposed the toll")
        == []
    )


def test_not_two_articles_nor_a_condition_of_its_own() -> None:
    assert (
        _answers(
            "Most people who responded backed the ring road",
            "Sixty per cent of those who answered the consultation opposed it",
            article_b="a2",
        )
        == []
    )
    assert (
        _answers(
            "If most respondents backed the ring road, we would build it",
            "Sixty per cent of those who answered the consultation opposed it",
        )
        == []
    )
