"""A body's result told with a sum ("lost 6 million pounds last year", "made 2 million pounds
in profit", "made a loss"), and a count of occasions ("was called out 96 times").

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import parse_claim
from onrecord.matters.figures import figures_of

from .builders import events, item, kinds

# -- a sum lost or made in profit ---------------------------------------------------------------


def test_a_sum_lost_is_a_loss_not_a_defeat() -> None:
    got = events("The Dunmere plant lost 4 million pounds last year, and that cannot go on")
    assert got["profit"] == -1
    assert "win" not in got
    assert events("The ferry company lost £3 million in 2027")["profit"] == -1
    assert events("The Oakhurst mill made 1.2 million pounds in profit in 2027")["profit"] == 1
    assert events("The Oakhurst mill made a loss last year")["profit"] == -1
    assert events("The Oakhurst mill made a 2 million pound loss")["profit"] == -1


def test_income_that_went_or_takings_are_no_result() -> None:
    assert "profit" not in events("The museum lost 40,000 pounds of funding")
    assert "profit" not in events("The museum lost 2 million pounds in ticket sales")
    assert "profit" not in events("The stall made 6,000 pounds at the fair")


def test_a_sum_lost_against_a_profit_is_a_contradiction() -> None:
    a = item("a", "The Dunmere plant lost 4 million pounds last year", "Hana Velt",
             "2027-05-02")  # fmt: skip
    b = item("b", "The Dunmere plant made a profit last year", "Dora Pike", "2027-05-02")
    assert kinds(a, b) == [("contradiction", "a", "b")]
    c = item("c", "The Dunmere plant lost 4 million pounds of funding last year", "Hana Velt",
             "2027-05-02")  # fmt: skip
    assert kinds(c, b) == []


# -- a count of occasions -----------------------------------------------------------------------


def _counts(text: str) -> list[tuple[str, float]]:
    return [(f.predicate, f.low) for c in parse_claim(text).clauses for f in figures_of(c)]


def test_a_count_right_after_its_verb_is_a_figure() -> None:
    assert _counts("The lifeboat was called out 74 times last year") == [("call out", 74.0)]
    assert _counts("The Brenning footbridge has been inspected three times since May") == [
        ("inspect", 3.0)
    ]
    assert "profit" not in events("The lifeboat was called out 74 times last year")


def test_multiples_and_counts_with_an_object_are_no_count_of_occasions() -> None:
    assert _counts("The new depot is three times the size of the old one") == []
    assert _counts("Rents rose four times more than wages") == []
    assert _counts("The inspectors visited the depot four times") == []


def test_two_counts_of_one_act_contradict_but_not_of_two_doers() -> None:
    a = item("a", "The lifeboat crew was called out 74 times last year", "Hana Velt",
             "2027-05-02")  # fmt: skip
    b = item("b", "The lifeboat crew was called out 31 times last year, according to our "
             "logs", "Dora Pike", "2027-05-02")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]
    c = item("c", "The coastguard helicopter was called out 31 times last year", "Dora Pike",
             "2027-05-02")  # fmt: skip
    assert kinds(a, c) == []
    d = item("d", "The lifeboat crew was called out about 70 times last year", "Dora Pike",
             "2027-05-02")  # fmt: skip
    assert kinds(a, d) == []


# -- a figure corrected by its echo ---------------------------------------------------------------


def test_an_echoed_figure_is_denied_whatever_it_counted() -> None:
    a = item("a", "The merger will affect 240 jobs", "Hana Velt", "2027-05-02")
    b = item("b", "There are 380 people on the staff list at Dunmere, not 240", "Dora Pike",
             "2027-05-02")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_an_echo_of_another_value_a_small_count_or_ones_own_figure_is_no_denial() -> None:
    a = item("a", "The merger will affect 240 jobs", "Hana Velt", "2027-05-02")
    b = item("b", "There are 380 people on the staff list at Dunmere, not 250", "Dora Pike",
             "2027-05-02")  # fmt: skip
    assert kinds(a, b) == []
    c = item("c", "The depot has 4 buses", "Hana Velt", "2027-05-02")
    d = item("d", "The depot runs 12 routes, not 4", "Dora Pike", "2027-05-02")
    assert kinds(c, d) == []
    e = item("e", "There are 380 people on the staff list at Dunmere, not 240", "Hana Velt",
             "2027-05-02")  # fmt: skip
    assert kinds(a, e) == []


# -- a payment that stops -----------------------------------------------------------------------


def test_no_longer_denies_the_verb_after_it() -> None:
    assert events("The mill no longer employs anyone")["employ"] == -1
    assert "longer" not in events("The mill no longer employs anyone")
    assert events("The new tariff is no longer affordable")["afford"] == -1


def test_a_grant_no_longer_paid_is_a_grant_cut() -> None:
    got = events("The county will no longer pay the choir a grant")
    assert got.get("rise-down") == 1
    assert "pay" not in got
    a = item("a", "The grant has not been cut", "Hana Velt", "2027-05-02")
    b = item("b", "Wexcombe will no longer pay the choir a grant", "Hana Velt", "2027-06-20",
             article="a2")  # fmt: skip
    assert kinds(a, b) == [("reversal", "a", "b")]


def test_a_stop_denied_or_a_cost_no_longer_met_is_no_cut() -> None:
    assert "rise-down" not in events("The county has not stopped paying the grant")
    assert "rise-down" not in events("The trust has stopped paying for our diesel")
    assert "rise-down" not in events("The county did not pay the grant in March")
    assert "rise" not in events("The choir already raised most of its own money")


# -- one thing moved to two places ----------------------------------------------------------------


def test_one_thing_sent_to_two_named_places_is_a_contradiction() -> None:
    a = item("a", "Every press is going to our works at Holm Cross in Derbyshire", "Hana Velt",
             "2027-05-02")  # fmt: skip
    b = item("b", "The presses are being shipped to Portugal", "Dora Pike", "2027-05-02")
    assert kinds(a, b) == [("contradiction", "a", "b")]
    c = item("c", "Two of the six Holm presses will go to our plant in Portugal", "Hana Velt",
             "2027-06-20", article="a2")  # fmt: skip
    assert kinds(a, c) == [("reversal", "a", "c")]


def test_parts_places_in_common_hedges_and_journeys_are_no_contradiction() -> None:
    a = item("a", "Two of the six presses will go to Portugal", "Hana Velt", "2027-05-02")
    b = item("b", "Four of the presses will move to Holm Cross", "Dora Pike", "2027-05-02")
    assert kinds(a, b) == []  # two parts: both can hold
    c = item("c", "Every press is going to our works at Holm Cross in Derbyshire", "Hana Velt",
             "2027-05-02")  # fmt: skip
    d = item("d", "The presses are going to Derbyshire", "Dora Pike", "2027-05-02")
    assert kinds(c, d) == []  # one place named in both
    e = item("e", "The presses could move to Portugal", "Dora Pike", "2027-05-02")
    assert kinds(c, e) == []  # a hedge
    f = item("f", "The mayor will go to Leeds", "Hana Velt", "2027-05-02")
    g = item("g", "The mayor will go to York", "Dora Pike", "2027-05-02")
    assert kinds(f, g) == []  # a journey, not a thing moved


def test_an_echo_between_speakers_whose_figures_already_meet_is_told_once() -> None:
    a = item("a", "Dunmere Tools will cut 180 jobs at the plant", "Hana Velt", "2027-05-02")
    b = item("b", "Dunmere Tools will cut 240 jobs at the plant", "Dora Pike", "2027-05-02")
    c = item("c", "The real number of jobs is 240, not 180", "Dora Pike", "2027-05-02")
    assert len(kinds(a, b, c)) == 1


def test_a_count_of_all_time_and_a_count_of_a_window_do_not_meet() -> None:
    a = item("a", "The Tarn Head lifeboat has been launched 40 times", "Hana Velt", "2027-05-02")
    b = item("b", "The Tarn Head lifeboat was launched 12 times in March", "Dora Pike",
             "2027-05-02")  # fmt: skip
    assert kinds(a, b) == []
    c = item("c", "The Tarn Head lifeboat has been launched 25 times", "Dora Pike", "2027-05-02")
    assert kinds(a, c) == [("contradiction", "a", "c")]


def test_a_profit_on_one_venture_does_not_answer_a_loss_on_another() -> None:
    lost = item("a", "The Orm Valley council has lost 2 million pounds on the car parks",
                "Hana Velt", "2027-05-02")  # fmt: skip
    parks = item("c", "The car parks made a profit last year", "Dora Pike", "2027-05-02")
    assert kinds(lost, parks) == [("contradiction", "a", "c")]
    sale = item("d", "The Orm Valley council made a profit on the sale of its depot",
                "Dora Pike", "2027-05-02")  # fmt: skip
    assert kinds(lost, sale) == []  # two ventures
    site = item("e", "The Orm Valley site lost 2 million pounds last year", "Hana Velt",
                "2027-05-02")  # fmt: skip
    works = item("f", "The works made a profit last year", "Dora Pike", "2027-05-02")
    assert kinds(site, works) == [("contradiction", "e", "f")]  # one body, two names


def test_vehicles_that_go_to_two_places_run_a_route_but_moved_ones_are_moved() -> None:
    a = item("a", "The new buses will go to Hexham", "Hana Velt", "2027-05-02")
    b = item("b", "The new buses will go to Morpeth", "Dora Pike", "2027-05-02")
    assert kinds(a, b) == []  # two stops of a route
    c = item("c", "The old buses are being moved to the Hexham depot", "Hana Velt",
             "2027-05-02")  # fmt: skip
    d = item("d", "The old buses are being shipped to Portugal", "Dora Pike", "2027-05-02")
    assert kinds(c, d) == [("contradiction", "c", "d")]
