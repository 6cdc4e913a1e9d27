"""When two statements speak of one time, so that they can disagree.

* a denial with "never" in the past covers the whole past up to when it was said, as the
  present perfect does ("I never ordered anyone to shred the files" against "she ordered the
  shredding on May 3");
* the emphatic past ("did reach the estuary") goes back to the occasion a denial spoke of, as
  the pluperfect does;
* a denied state of the day stays denied now when a condition bounds it ("the lake is not safe
  to swim in until the tests are back"): only a plan bounded by an event is put off;
* "end" with an "-ing" form ends that doing ("would end grazing on the common");
* "next season" is the coming year and a half (a season may start in any month);
* a speaker's own view, told in the present on two dates, is a change of mind;
* "this month", "next month" and "last month" are months;
* a modal in a clause of time ("until engineers could check") hedges that clause only, and the
  event a directive asks for ("ordered the quarry to stop blasting") is a demand, not a fact;
* a participle between "no" and the subject noun ("no frozen fare has gone up") describes the
  thing: the clause denies its verb.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import analyze_items, parse_claim
from onrecord.matters.stance import stance_of

from .builders import events, item, kinds

# -- "never" in the past ------------------------------------------------------------------------


def test_a_never_denial_covers_a_dated_act_before_it() -> None:
    denial = item("d", "I never ordered anyone to shred the planning files", "Tobias Marlowe",
                  "2026-06-10")  # fmt: skip
    act = item("a", "Marlowe ordered the clerk to shred the planning files on May 3",
               "Ilse Brannock", "2026-06-20")  # fmt: skip
    assert kinds(denial, act) == [("contradiction", "d", "a")]


def test_never_again_is_no_denial_of_the_past() -> None:
    promise = item("d", "We never ordered the shredding of files again after that audit",
                   "Tobias Marlowe", "2026-06-10")  # fmt: skip
    act = item("a", "Marlowe ordered the clerk to shred the planning files on May 3",
               "Ilse Brannock", "2026-06-20")  # fmt: skip
    assert kinds(promise, act) == []


def test_a_never_denial_does_not_reach_a_month_after_it() -> None:
    denial = item("d", "I never ordered anyone to shred the planning files", "Tobias Marlowe",
                  "2026-06-10")  # fmt: skip
    later = item("a", "Marlowe ordered the clerk to shred the planning files in September",
                 "Ilse Brannock", "2026-10-02")  # fmt: skip
    assert kinds(denial, later) == []


# -- the emphatic past --------------------------------------------------------------------------


def test_the_emphatic_past_goes_back_to_the_denied_occasion() -> None:
    first = item("a", "Nothing from the burst sewer reached the estuary", "Carys Penrose",
                 "2026-04-02")  # fmt: skip
    later = item("b", "sewage from the burst sewer did reach the estuary", "Carys Penrose",
                 "2026-04-20")  # fmt: skip
    assert kinds(first, later) == [("reversal", "a", "b")]


def test_a_plain_later_past_is_another_occasion() -> None:
    first = item("a", "Nothing from the burst sewer reached the estuary", "Carys Penrose",
                 "2026-04-02")  # fmt: skip
    later = item("b", "sewage from the burst sewer reached the estuary", "Carys Penrose",
                 "2026-04-20")  # fmt: skip
    assert kinds(first, later) == []


# -- "not ... until" ----------------------------------------------------------------------------


def test_a_state_denied_until_an_event_is_denied_now() -> None:
    (clause,) = parse_claim("The lake is not safe to swim in until the tests are back").clauses
    assert clause.modality == "certain"
    stance = stance_of(parse_claim("The lake is not safe to swim in until the tests are back"),
                       "safe")  # fmt: skip
    assert (stance.label, stance.certain) == ("no", True)


def test_a_plan_put_off_until_an_event_stays_a_condition() -> None:
    for text in ("The mill is not closing until a buyer is found",
                 "The mill will not close until a buyer is found"):  # fmt: skip
        (clause,) = parse_claim(text).clauses
        assert clause.modality == "conditional", text


def test_a_safe_lake_and_a_lake_not_safe_until_tests_disagree() -> None:
    safe = item("a", "Lake Orrin is safe to swim in", "Petra Vandersloot", "2026-07-01")
    unsafe = item("b", "Lake Orrin is not safe to swim in until the tests are back",
                  "Owain Trelawny", "2026-07-01")  # fmt: skip
    assert kinds(safe, unsafe) == [("contradiction", "a", "b")]


# -- "end" an activity ------------------------------------------------------------------------


def test_ending_a_doing_denies_it() -> None:
    assert events("the new fence would end grazing on the common")["graz"] == -1
    assert events("The trust ended camping at the lake in May")["camp"] == -1
    assert "graz" not in events("the match ended in a draw")


def test_grazing_that_continues_and_grazing_ended_disagree() -> None:
    goes_on = item("a", "grazing would continue on the common", "Hal Sorensen", "2026-05-01")
    ended = item("b", "the new fence would end grazing on the common", "Mina Castellano",
                 "2026-05-01")  # fmt: skip
    assert kinds(goes_on, ended) == [("contradiction", "a", "b")]


# -- "next season" ------------------------------------------------------------------------------


def test_next_season_is_the_coming_year_and_a_half() -> None:
    (clause,) = parse_claim("The club will field a women's team next season",
                            said="2026-11-03").clauses  # fmt: skip
    assert min(clause.times) == (2026, 12) and max(clause.times) == (2028, 5)
    assert (2027, 3) in clause.times  # a season of the calendar year ahead
    (clause,) = parse_claim("The club fielded a women's team this season",
                            said="2026-11-03").clauses  # fmt: skip
    assert clause.times == frozenset()  # a season under way may straddle two years


def test_next_season_said_in_spring_reaches_the_coming_autumn() -> None:
    no_rise = item("a", "The club will not raise ticket prices next season", "Ida Moss",
                   "2026-05-04")  # fmt: skip
    rise = item("b", "Ticket prices will rise in August", "Ned Vale", "2026-05-04")
    assert kinds(no_rise, rise) == [("contradiction", "a", "b")]


def test_next_season_and_next_year_are_one_time() -> None:
    yes = item("a", "The club will field a women's team next season", "Rhian Aldous",
               "2026-11-03")  # fmt: skip
    no = item("b", "The club will not field a women's team next year", "Gregor Halstead",
              "2026-11-03")  # fmt: skip
    assert kinds(yes, no) == [("contradiction", "a", "b")]


# -- a speaker's own view -----------------------------------------------------------------------


def test_a_view_held_then_its_opposite_is_a_reversal() -> None:
    before = item("a", "I oppose the quarry extension, and I will say so at the hearing",
                  "Fenella Urquhart", "2026-03-02")  # fmt: skip
    after = item("b", "I now support the quarry extension", "Fenella Urquhart", "2026-04-20")
    assert [k for k, *_ in kinds(before, after)] == ["reversal"]


def test_a_state_told_on_two_dates_is_no_reversal() -> None:
    before = item("a", "The quarry road is closed", "Fenella Urquhart", "2026-03-02")
    after = item("b", "The quarry road is open", "Fenella Urquhart", "2026-04-20")
    assert kinds(before, after) == []


def test_a_view_someone_else_holds_is_no_change_of_mind() -> None:
    before = item("a", "The parish council opposes the quarry extension", "Fenella Urquhart",
                  "2026-03-02")  # fmt: skip
    after = item("b", "The parish council now supports the quarry extension",
                 "Fenella Urquhart", "2026-04-20")  # fmt: skip
    assert analyze_items([before, after])[1] == ()


# -- a participle that describes the subject ----------------------------------------------------


def test_a_participle_between_no_and_the_subject_is_no_event() -> None:
    assert events("No frozen fare has gone up since March") == {"rise": -1}
    assert events("No closed library will reopen this year") == {"open": -1}
    assert events("The council has not frozen the fund")["freez"] == -1  # the verb still is


def test_a_freeze_and_no_frozen_fare_rising_do_not_disagree() -> None:
    freeze = item("a", "Rellick Buses will freeze fares on 40 routes until April", "Oona Vatt",
                  "2026-09-01")  # fmt: skip
    none_up = item("b", "No frozen fare has gone up, and none will until April",
                   "Declan Morrow", "2026-09-01")  # fmt: skip
    assert kinds(freeze, none_up) == []


# -- "this month" -------------------------------------------------------------------------------


def test_this_next_and_last_month_are_months() -> None:
    def times(text: str, said: str) -> frozenset[tuple[int, int]]:
        (clause,) = parse_claim(text, said=said).clauses
        return clause.times

    assert times("The ferry will resume sailings this month", "2026-02-02") == {(2026, 2)}
    assert times("The ferry will resume sailings next month", "2026-12-10") == {(2027, 1)}
    assert times("Fares rose last month", "2026-01-05") == {(2025, 12)}


def test_a_plan_for_this_month_and_a_denial_days_later_disagree() -> None:
    plan = item("a", "the ferry would resume sailings to Inchmurran this month for the first time "
                "since the storm last spring", "Alva Rusk", "2026-02-02")  # fmt: skip
    denial = item("b", "The ferry will not resume sailings to Inchmurran", "Corin Maddox",
                  "2026-02-06")  # fmt: skip
    assert kinds(plan, denial) == [("contradiction", "a", "b")]


# -- a modal in a clause of time, and what a directive asks for ---------------------------------


def test_a_modal_in_a_clause_of_time_does_not_hedge_the_assertion() -> None:
    (clause,) = parse_claim("the inspector had ordered the quarry to stop blasting until "
                            "engineers could check the wall").clauses  # fmt: skip
    assert clause.modality == "certain"
    (clause,) = parse_claim("The quarry could stop blasting before the inquiry").clauses
    assert clause.modality == "hedged"  # the modal before it still hedges


def test_what_a_directive_asks_for_is_no_fact() -> None:
    ordered = item("a", "the inspector had ordered Pellow Stone to stop blasting at the quarry",
                   "Nerys Calloway", "2026-05-04")  # fmt: skip
    goes_on = item("b", "Pellow Stone will keep blasting at the quarry", "Ruairi Denholm",
                   "2026-05-04")  # fmt: skip
    assert kinds(ordered, goes_on) == []
    stopped = item("c", "Pellow Stone has stopped blasting at the quarry", "Nerys Calloway",
                   "2026-05-04")  # fmt: skip
    assert [k for k, *_ in kinds(stopped, goes_on)] == ["contradiction"]


def test_a_report_with_told_is_no_directive() -> None:
    from onrecord.matters.directives import directed

    low = "she told reporters the quarry would stop blasting".split()
    assert not directed(low, low.index("blasting"))
    low = "she told the quarry to stop blasting".split()
    assert directed(low, low.index("blasting"))


# -- cases a review found ----------------------------------------------------------------------


def test_a_view_held_once_or_years_ago_is_no_change_of_mind() -> None:
    once = item("a", "At first I opposed the quarry extension", "Fenella Urquhart", "2026-03-02")
    now = item("b", "I support the quarry extension", "Fenella Urquhart", "2026-04-20")
    assert kinds(once, now) == []
    then = item("a", "We support the strike", "Fenella Urquhart", "2024-03-02")
    later = item("b", "We oppose the strike", "Fenella Urquhart", "2026-04-20")
    assert kinds(then, later) == []


def test_a_time_set_before_the_verb_still_lets_the_modal_hedge() -> None:
    for text in ("Just before Christmas the pool might close",
                 "Soon after the vote the tax might rise"):  # fmt: skip
        (clause,) = parse_claim(text).clauses
        assert clause.modality == "hedged", text


def test_a_plan_denied_until_an_event_stays_a_condition() -> None:
    for text in ("The mine is not scheduled to reopen until the inquiry ends",
                 "The mine is not to reopen until the inquiry ends"):  # fmt: skip
        (clause,) = parse_claim(text).clauses
        assert clause.modality == "conditional", text
    (clause,) = parse_claim("The road is not closed until the council approves the plan").clauses
    assert clause.modality == "certain"  # "plan" in the clause of time is no belief


def test_ending_during_a_time_is_the_end_itself() -> None:
    assert events("The strike will end during the summer") == {"end": 1}
    assert events("The strike will not end during the summer") == {"end": -1}


def test_as_we_did_is_no_emphatic_past() -> None:
    denied = item("a", "No jobs were cut at the plant", "Orla Finch", "2026-05-04")
    other = item("b", "We cut jobs at the Vell depot as we did two years ago", "Orla Finch",
                 "2026-05-20")  # fmt: skip
    assert kinds(denied, other) == []
