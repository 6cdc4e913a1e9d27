"""Readings of where things are, of uses, of sums, of names and of figures one article sets
side by side, that must not make two speakers disagree when they speak of two things.

Every sentence here is invented."""

from __future__ import annotations

from dataclasses import replace

from onrecord.matters import analyze_items
from onrecord.matters.claims import Item

from .builders import events, item, kinds

_D = "2027-05-02"
_ONE = [("contradiction", "a", "b")]


def _pair(a: str, b: str, day_a: str = _D, day_b: str = _D) -> list[tuple[str, str, str]]:
    return kinds(item("a", a, "Mara Lind", day_a), item("b", b, "Tobias Wren", day_b))


# -- a stay is its subject's ---------------------------------------------------------------------


def test_stays_of_two_things_are_no_contradiction() -> None:
    assert (
        _pair("The manager will stay at the club", "The players will not stay in the hotel") == []
    )
    assert (
        _pair("The headquarters will stay in Harlow", "None of the jobs will stay in Harlow") == []
    )
    assert _pair("The other nine statues will stay in Morrow",
                 "None of the paintings will stay in Morrow") == []  # fmt: skip


def test_stays_of_one_thing_still_disagree() -> None:
    assert _pair("The statues will stay in Morrow", "None of the statues will stay in Morrow") == [
        ("contradiction", "a", "b")
    ]
    assert _pair("The other nine will stay in Morrow", "None of the statues will stay in Morrow")


# -- an idiom anywhere in the place's phrase ------------------------------------------------------


def test_an_idiom_after_a_modifier_is_no_place() -> None:
    for text in ("Interest rates will stay at their current level",
                 "She will stay in the race",
                 "Bosses are in the driving seat",
                 "Savings are in the millions",
                 "Contracts are in the post"):  # fmt: skip
        assert not {"stay", "boss", "sav", "contract"} & set(events(text)), text
    assert events("The ledgers remained at the old depot")["stay"] == 1


# -- a use for one end is not a use for another ----------------------------------------------------


def test_uses_for_two_ends_are_no_contradiction() -> None:
    assert _pair("None of the recordings were used to train any model",
                 "The recordings were used to improve the service") == []  # fmt: skip
    assert (
        _pair("The funds were never used to buy any weapons", "The funds were used to pay staff")
        == []
    )


def test_a_use_for_one_end_denied_and_told_disagree() -> None:
    assert _pair("No patient data was used to train any model",
                 "Patient data was used to train the model") == _ONE  # fmt: skip


def test_used_to_of_a_habit_is_no_use() -> None:
    assert not any(k.startswith("used-") for k in events("We used to run three ferries"))


# -- sums of two things of one class ---------------------------------------------------------------


def test_sums_of_things_a_modifier_tells_apart_are_no_contradiction() -> None:
    assert (
        _pair("The new bridge will cost 4 million pounds", "The old bridge cost 1 million pounds")
        == []
    )
    assert (
        _pair("The stadium cost 40 million pounds", "The stadium roof cost 6 million pounds") == []
    )
    cafe = "The council needs 40,000 pounds a year to run the ferry's cafe"
    assert _pair("The council needs 150,000 pounds a year to run the ferry", cafe) == []
    assert _pair("The council needs 150,000 pounds a year to run the ferry",
                 "The council needs 40,000 pounds a year to run the library") == []  # fmt: skip


def test_the_cost_of_building_is_not_the_cost_of_running() -> None:
    assert _pair("The hospital needs 5 million pounds to staff the new wing",
                 "The new wing will cost 3 million pounds to build") == []  # fmt: skip


def test_a_sum_spent_so_far_is_part_of_the_whole() -> None:
    assert _pair("The scheme has cost 3 million pounds so far",
                 "The scheme will cost 10 million pounds") == []  # fmt: skip


def test_sums_of_one_thing_still_disagree() -> None:
    assert _pair("The new bridge will cost 4 million pounds",
                 "The new bridge will cost 9 million pounds") == _ONE  # fmt: skip
    assert _pair("The board needs 150,000 pounds a year to run the ferry",
                 "The ferry costs 90,000 pounds a year") == _ONE  # fmt: skip


# -- a class given to two names -----------------------------------------------------------------

_STORY = (
    "Larkfield Software closed its budgeting app Pennywise last month. Its rival app Coinjar "
    "is still running. Rhea Osei said Coinjar had 200,000 users."
)


def test_a_class_given_to_two_names_names_neither() -> None:
    a = item("a", "the app had 90,000 users", "Mara Lind", "2026-03-02")
    b = item("b", "Coinjar had 200,000 users", "Rhea Osei", "2026-03-02")
    assert list(analyze_items([a, b], texts={"a1": _STORY})[1]) == []


# -- a running count an article updates ------------------------------------------------------------


def _undated(sid: str, text: str, speaker: str, published: str) -> Item:
    base = item(sid, text, speaker, published)
    return Item.of(replace(base.statement, date=None), article="a1", published=published)


def test_a_toll_an_article_updates_is_no_contradiction() -> None:
    a = item("a", "12 people had died in the flooding", "Mara Lind", "2026-03-01")
    for text in ("15 people have now died in the flooding",
                 "15 people had died in the flooding",
                 "the death toll rose to 15"):  # fmt: skip
        b = _undated("b", text, "Rhea Osei", "2026-03-02")
        assert list(analyze_items([a, b])[1]) == [], text


def test_a_state_an_article_sets_beside_another_still_disagrees() -> None:
    a = item("a", "the club has 300 members", "Mara Lind", "2026-03-01")
    b = _undated(
        "b", "the club has 900 members, as its own accounts show", "Rhea Osei", "2026-03-02"
    )
    assert [c.kind for c in analyze_items([a, b])[1]] == ["contradiction"]
