"""Two sides told in other words: money made or lost, an amount that got into a place under
two verbs, and a stay at a place named without a determiner ("on campus").

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import parse_claim
from onrecord.matters.figures import figures_of

from .builders import events, item, kinds

# -- money made or lost ---------------------------------------------------------------------------


def test_lost_money_is_a_deficit_not_a_defeat() -> None:
    assert events("The institute has lost money every year since 2022")["profit"] == -1
    assert "win" not in events("The institute has lost money every year since 2022")
    assert events("The theatre made money last year")["profit"] == 1
    assert events("We have been in surplus for each of the last three years")["profit"] == 1
    assert events("The trust is in deficit")["profit"] == -1


def test_losing_other_things_is_not_a_loss_of_money() -> None:
    assert "profit" not in events("The theatre has lost the vote")
    assert events("The theatre has lost the vote")["win"] == -1
    assert "profit" not in events("The board made a decision on the money")


def test_a_surplus_against_money_lost_is_a_contradiction() -> None:
    a = item("a", "We have been in surplus for each of the last three years", "Hana Velt",
             "2027-05-02")  # fmt: skip
    b = item("b", "The institute has lost money every year since 2022", "Dora Pike",
             "2027-05-02")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_a_denied_loss_names_no_defeat_and_no_surplus() -> None:
    assert events("The theatre did not lose money") == {"profit-down": -1}
    assert events("The trust is not in deficit")["profit-down"] == -1
    assert "profit" not in events("The trust is not in deficit")
    # the state's own key is kept: "in deficit" still meets "not in deficit"
    a = item("a", "The pension fund is in deficit", "Hana Velt", "2027-05-02")
    b = item("b", "The pension fund is not in deficit", "Dora Pike", "2027-05-02")
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_no_deficit_is_not_a_surplus() -> None:
    # a scale: denying one end leaves the middle (breaking even)
    a = item("a", "The club did not make a profit last year", "Hana Velt", "2027-05-02")
    b = item("b", "The club has never been in deficit", "Dora Pike", "2027-05-02")
    assert kinds(a, b) == []
    c = item("c", "The club may be in surplus next year", "Hana Velt", "2027-05-02")
    d = item("d", "The club has lost money every year since 2022", "Dora Pike", "2027-05-02")
    assert kinds(c, d) == []  # a hedge


# -- an amount that got into a place -------------------------------------------------------------


def _arrivals(text: str) -> list[tuple[str, float, float, frozenset[str]]]:
    return [(f.predicate, f.low, f.high, f.qualifiers) for c in parse_claim(text).clauses
            for f in figures_of(c)]  # fmt: skip


def test_entered_and_reached_tell_one_amount() -> None:
    ((pred, lo, _hi, place),) = _arrivals("No more than 200 litres reached the river")
    assert (pred, lo, place) == ("enter", 0.0, frozenset({"river"}))
    ((pred, _lo, _hi, place),) = _arrivals("About 300 litres of oil leaked into the canal")
    assert (pred, place) == ("enter", frozenset({"canal"}))
    a = item("a", "At least 3,000 litres of diesel entered the Marrow", "Hana Velt",
             "2027-05-02")  # fmt: skip
    b = item("b", "The leak lasted less than an hour, and no more than 200 litres reached the "
             "river", "Dora Pike", "2027-05-02")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_amounts_that_got_into_two_places_or_agree_are_no_contradiction() -> None:
    a = item("a", "At least 3,000 litres of diesel entered the storage tank", "Hana Velt",
             "2027-05-02")  # fmt: skip
    b = item("b", "No more than 200 litres reached the river", "Dora Pike", "2027-05-02")
    assert kinds(a, b) == []
    c = item("c", "At least 3,000 litres of diesel entered the Marrow", "Hana Velt",
             "2027-05-02")  # fmt: skip
    d = item("d", "About 3,200 litres leaked into the river", "Dora Pike", "2027-05-02")
    assert kinds(c, d) == []  # they agree
    e = item("e", "No more than 200 litres could have reached the river", "Dora Pike",
             "2027-05-02")  # fmt: skip
    assert kinds(c, e) == []  # a hedge
    f = item("f", "More than 3,000 people entered the stadium", "Hana Velt", "2027-05-02")
    g = item("g", "Fewer than 200 people reached the summit", "Dora Pike", "2027-05-02")
    assert kinds(f, g) == []
    assert _arrivals("The runners went 40 miles") == [] or all(
        p != "enter" for p, *_ in _arrivals("The runners went 40 miles")
    )


# -- a stay at a place named without a determiner -------------------------------------------------


def test_a_stay_on_campus_is_a_stay() -> None:
    assert events("The Pelham collection will remain on campus")["stay"] == 1
    assert events("None of the Pelham collection will stay on campus")["stay"] == -1
    a = item("a", "The Pelham pottery collection will remain on campus, in the library's "
             "archive", "Hana Velt", "2027-05-02")  # fmt: skip
    b = item("b", "None of the Pelham collection will stay on campus. It will go to the city "
             "museum", "Hana Velt", "2027-07-02")  # fmt: skip
    assert kinds(a, b) == [("reversal", "a", "b")]


def test_a_bare_post_or_state_is_no_place() -> None:
    assert "stay" not in events("The mayor will remain in office")
    assert "stay" not in events("The rules will remain in place")
    assert "stay" not in events("The shop will stay in business")


# -- money taken in ------------------------------------------------------------------------------


def test_earned_and_brought_in_tell_one_income() -> None:
    a = item("a", "Our research earned 2.1 million pounds last year.", "Hana Velt", "2028-09-19")
    b = item("b", "The institute brought in under 600,000 pounds in research funding in 2027",
             "Dora Pike", "2028-09-19")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_incomes_of_two_sources_bodies_or_years_are_two_quantities() -> None:
    a = item("a", "The club earned 2 million pounds from ticket sales last year", "Hana Velt",
             "2028-09-19")  # fmt: skip
    b = item("b", "The club brought in 500,000 pounds in sponsorship in 2027", "Dora Pike",
             "2028-09-19")  # fmt: skip
    assert kinds(a, b) == []
    c = item("c", "The museum earned 2 million pounds last year", "Hana Velt", "2028-09-19")
    d = item("d", "The council earned 500,000 pounds from parking in 2027", "Dora Pike",
             "2028-09-19")  # fmt: skip
    assert kinds(c, d) == []
    e = item("e", "Our research earned 2.1 million pounds last year.", "Hana Velt", "2028-09-19")
    f = item("f", "Our research earned 600,000 pounds in 2025", "Dora Pike", "2028-09-19")
    assert kinds(e, f) == []
    g = item("g", "Our research cost 600,000 pounds last year", "Dora Pike", "2028-09-19")
    assert kinds(e, g) == []  # a cost is no income


def test_a_count_received_or_money_raised_is_no_income() -> None:
    heads = [f.head for c in parse_claim("The council received 400 complaints").clauses
             for f in figures_of(c)]  # fmt: skip
    assert "income" not in heads
    heads = [f.head for c in parse_claim("The appeal raised 3 million pounds").clauses
             for f in figures_of(c)]  # fmt: skip
    assert "income" not in heads


# -- a count of what one party gathered ------------------------------------------------------------


def test_a_count_gathered_is_not_the_whole_count() -> None:
    a = item("a", "We counted more than 1,100 dead trout along the whole four miles.",
             "Hana Velt", "2027-05-02")  # fmt: skip
    b = item("b", "Council officers had recovered 640 dead trout from the stretch below the "
             "weir", "Dora Pike", "2027-05-02")  # fmt: skip
    assert kinds(a, b) == []


def test_two_counts_of_one_gathering_or_of_the_whole_still_meet() -> None:
    a = item("a", "Council officers recovered 640 dead trout from the stretch below the weir",
             "Hana Velt", "2027-05-02")  # fmt: skip
    b = item("b", "Council officers recovered 300 dead trout from the stretch below the weir",
             "Dora Pike", "2027-05-02")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]
    c = item("c", "More than 1,100 trout died along the whole stretch", "Hana Velt",
             "2027-05-02")  # fmt: skip
    d = item("d", "No more than 300 trout died along the whole stretch", "Dora Pike",
             "2027-05-02")  # fmt: skip
    assert kinds(c, d) == [("contradiction", "c", "d")]
