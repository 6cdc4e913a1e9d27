"""Figures two speakers give one quantity: a thing's running cost told by a verb ("costs",
"needs ... to run"), a thing called by its name and by its class ("the app", "Pennywise"),
and two figures one article sets side by side, one of them dated by the article alone.

Every sentence here is invented."""

from __future__ import annotations

from dataclasses import replace

from onrecord.matters import analyze_items, parse_claim
from onrecord.matters import lexicon as lx
from onrecord.matters.aliases import aliases_in, widen
from onrecord.matters.claims import Item
from onrecord.matters.figures import figures_of

from .builders import item, kinds


def _costs(text: str) -> list[tuple[str, str, float, float, str]]:
    """(unit, currency, low, high, when) of each cost figure of ``text``."""
    return [(f.unit, f.currency, f.low, f.high, f.act) for c in parse_claim(text).clauses
            for f in figures_of(c) if f.head == "cost"]  # fmt: skip


def _undated(sid: str, text: str, speaker: str, published: str, article: str = "a1") -> Item:
    """A statement with no day of its own: its article's day stands for it."""
    base = item(sid, text, speaker, published, article=article)
    return Item.of(replace(base.statement, date=None), article=article, published=published)


def _found(*items: Item, texts: dict[str, str] | None = None) -> list[tuple[str, str, str]]:
    return sorted((c.kind, c.a.statement, c.b.statement)
                  for c in analyze_items(items, texts=texts)[1])  # fmt: skip


# -- a sum a verb of cost gives ------------------------------------------------------------------


def test_a_verb_of_cost_gives_a_sum_of_its_subject() -> None:
    assert _costs("the ferry costs 90,000 pounds a year") == [("¤/year", "£", 9e4, 9e4, "")]
    assert _costs("the new bridge will cost 4 million pounds") == [("¤", "£", 3.5e6, 4.5e6, "")]
    # a bare number after "cost" is money too, in a currency it does not name
    assert _costs("The show costs 900,000 a year") == [("¤/year", "", 9e5, 9e5, "")]


def test_a_sum_needed_to_run_a_thing_is_its_cost() -> None:
    (fig,) = [f for c in parse_claim("the board needs 150,000 pounds a year to run the ferry")
              .clauses for f in figures_of(c) if f.head == "cost"]  # fmt: skip
    assert (fig.unit, fig.currency, fig.low) == ("¤/year", "£", 150000.0)
    assert "ferry" in fig.subject


def test_no_sum_where_no_thing_has_the_cost() -> None:
    assert _costs("it costs 80,000 pounds a year to run the ferry") != []  # the ferry's
    assert _costs("the board needs 150,000 pounds to survive") == []  # runs nothing
    assert _costs("the board needs 12 to run the ferry") == []  # twelve crew, perhaps
    assert _costs("the repairs cost the council 40,000 pounds") == []  # what one side pays
    assert _costs("it costs 80,000 pounds") == []  # the thing is not told here
    assert _costs("Our members raised 30,000 pounds of this") == []  # a share


def test_a_sum_of_a_stated_time_is_of_that_time() -> None:
    assert _costs("The ferry cost 70,000 pounds a year in 2025")[0][4] == "when 2025"
    assert _costs("The ferry cost 70,000 pounds last year")[0][4] == "when last year"


def test_two_costs_of_one_ferry_are_a_contradiction() -> None:
    a = item("a", "the board needs 150,000 pounds a year to run the ferry", "Mara Lind",
             "2026-03-02")  # fmt: skip
    b = item("b", "The ferry costs 90,000 pounds a year", "Tobias Wren", "2026-03-02")
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_the_service_is_what_another_says_is_run() -> None:
    a = item("a", "the board needs 150,000 pounds a year to run the two ferries", "Mara Lind",
             "2026-03-02")  # fmt: skip
    b = item("b", "The service costs 90,000 pounds a year", "Tobias Wren", "2026-03-02")
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_a_cost_in_no_named_currency_meets_one_in_dollars() -> None:
    a = item("a", "the show cost 2.1 million dollars a year to make", "Mara Lind", "2026-03-02")
    b = item("b", "The show costs 900,000 a year", "Tobias Wren", "2026-03-02")
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_costs_that_can_both_hold_are_no_contradiction() -> None:
    b = item("b", "The ferry costs 90,000 pounds a year", "Tobias Wren", "2026-03-02")
    more = item("a", "the ferry costs more than 100,000 pounds a year", "Mara Lind", "2026-03-02")
    assert kinds(more, b) == [("contradiction", "a", "b")]  # a bound that leaves it out
    for text in ("the ferry costs about 95,000 pounds a year",
                 "the ferry costs at least 80,000 pounds a year",
                 "The ferry costs 90,000 pounds a year"):  # fmt: skip
        assert kinds(item("a", text, "Mara Lind", "2026-03-02"), b) == [], text


def test_costs_of_other_things_or_times_are_no_contradiction() -> None:
    b = item("b", "The ferry costs 90,000 pounds a year", "Tobias Wren", "2026-03-02")
    same = item("a", "The ferry costs 150,000 pounds a year", "Mara Lind", "2026-03-02")
    assert kinds(same, b) == [("contradiction", "a", "b")]
    for text in ("The bus service costs 150,000 pounds a year",  # another service
                 "the board needs 150,000 pounds a year to run the libraries",
                 "The ferry cost 150,000 pounds a year in 2019",  # another year
                 "The ferry cost 150,000 pounds last year",  # one year's bill, not a rate
                 "the ferries cost the council 150,000 pounds a year",  # the council's part
                 "The council pays 30,000 pounds of the cost",  # a part of the whole
                 "the ferry could cost as much as 150,000 pounds a year",  # hedged
                 "The ferry costs 150,000 euros a year"):  # fmt: skip
        assert kinds(item("a", text, "Mara Lind", "2026-03-02"), b) == [], text


def test_a_figure_told_of_an_opponent_is_not_the_speakers() -> None:
    a = item("a", "The board says the ferry costs 150,000 pounds a year, but that is not true",
             "Mara Lind", "2026-03-02")  # fmt: skip
    b = item("b", "The ferry costs 90,000 pounds a year", "Tobias Wren", "2026-03-02")
    c = item("c", "the board needs 150,000 pounds a year to run the ferry", "Ada Stroud",
             "2026-03-02")  # fmt: skip
    assert [k for k in kinds(a, b, c) if k[0] == "contradiction"] == [("contradiction", "b", "c")]


def test_a_speaker_repeating_a_figure_is_no_contradiction() -> None:
    a = item("a", "The ferry costs 90,000 pounds a year", "Mara Lind", "2026-03-02")
    b = item("b", "the ferry costs 90,000 pounds a year to run", "Mara Lind", "2026-03-02")
    assert kinds(a, b) == []
    c = item("c", "The ferry costs 150,000 pounds a year", "Tobias Wren", "2026-03-02")
    assert {k[0] for k in kinds(a, b, c)} == {"contradiction"}


# -- a thing called by its name and by its class -------------------------------------------------

_STORY = (
    "When Larkfield Software closed its budgeting app Pennywise last month, users were "
    "told their data would be deleted. The company said the app had 90,000 active users. "
    "Rhea Osei, who runs a users' group, disagreed."
)


def test_an_apposition_names_one_thing_two_ways() -> None:
    name = frozenset({lx.stem("Pennywise")})
    (alias,) = aliases_in(_STORY)
    assert (alias.noun, alias.name) == ("app", name)
    assert widen(frozenset({"app"}), (alias,)) == {"app"} | name
    assert widen(name, (alias,)) == {"app"} | name
    shown = aliases_in("Larkfield closed Pennywise, a budgeting app, in May.")
    assert [(a.noun, a.name) for a in shown] == [("app", name)]


def test_a_name_that_modifies_or_follows_no_class_is_no_alias() -> None:
    for text in ("The board approved the Pennywise deal in May.",  # a deal is no Pennywise
                 "It was a decision Pennywise said it regretted.",
                 "The depot near Dunmore was closed.",  # a place, not a class
                 "said chief executive Mara Lind on Monday.",  # a person
                 "The app had users. Pennywise closed."):  # fmt: skip
        assert aliases_in(text) == (), text


def test_figures_of_a_thing_by_name_and_class_are_a_contradiction() -> None:
    a = item("a", "the app had 90,000 active users", "Mara Lind", "2026-03-02")
    b = item("b", "Pennywise had more than 200,000 active users", "Rhea Osei", "2026-03-02")
    assert _found(a, b) == []  # nothing says the app is Pennywise
    assert _found(a, b, texts={"a1": _STORY}) == [("contradiction", "a", "b")]


def test_figures_within_a_bound_of_each_other_are_no_contradiction() -> None:
    a = item("a", "the app had 90,000 active users", "Mara Lind", "2026-03-02")
    more = item("b", "Pennywise had over 120,000 active users", "Rhea Osei", "2026-03-02")
    assert _found(a, more, texts={"a1": _STORY}) == [("contradiction", "a", "b")]
    for text in ("Pennywise had about 95,000 active users",
                 "Pennywise had at least 80,000 active users",
                 "Pennywise had 40 staff"):  # fmt: skip
        b = item("b", text, "Rhea Osei", "2026-03-02")
        assert _found(a, b, texts={"a1": _STORY}) == [], text


# -- two figures one article sets side by side ---------------------------------------------------


def test_an_undated_figure_is_of_its_articles_time() -> None:
    a = item("a", "the app had 90,000 active users", "Mara Lind", "2026-03-01")
    b = _undated("b", "the app had more than 200,000 active users", "Rhea Osei", "2026-03-02")
    assert _found(a, b) == [("contradiction", "a", "b")]


def test_figures_of_their_own_days_or_of_two_articles_stay_apart() -> None:
    a = item("a", "12 people had died in the flooding", "Mara Lind", "2026-03-01")
    b = item("b", "15 people had died in the flooding", "Rhea Osei", "2026-03-02")
    assert _found(a, b) == []  # a toll that grew
    told = _undated("t", "15 people had died in the flooding", "Rhea Osei", "2026-03-02")
    assert _found(a, told) == []  # a running count, which the article updates
    c = _undated("c", "15 people had died in the flooding", "Rhea Osei", "2026-03-02",
                 article="a2")  # fmt: skip
    assert _found(a, c) == []
