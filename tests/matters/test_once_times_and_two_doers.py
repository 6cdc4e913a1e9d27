"""A time that is no condition, two doers of one verb, an option weighed, a gap closed, words
heard from others.

* "once the runway opens" sets a time, not a condition ("only once" is one); a clause opened by
  a subordinator of time ("When it opens, ...") is background, its events not asserted;
* "the club agreed to sell" and "the council never agreed to fund" name two doers of one verb;
* "looking at paying for it" weighs an option; "close the gap" shuts nothing;
* "relieved to hear the school would stay open" reports what someone else said.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import parse_claim
from onrecord.matters.themes import theme_of

from .builders import events, item, kinds

# -- "once" -------------------------------------------------------------------------------------


def test_once_with_a_scheduled_event_is_a_time_not_a_condition() -> None:
    claim = parse_claim("traffic on Moss Lane would not increase once the bypass opens")
    assert [c.modality for c in claim.clauses] == ["certain"]
    assert events("traffic on Moss Lane would not increase once the bypass opens") == {"rise": -1}


def test_only_once_is_still_a_condition() -> None:
    claim = parse_claim("the depot will reopen only once the state signs off on repairs")
    assert claim.conditional
    assert [c.modality for c in claim.clauses] == ["conditional"]


def test_if_and_once_is_still_a_condition() -> None:
    assert parse_claim("if and once the grant arrives, the hall will reopen").conditional


def test_once_again_is_no_condition() -> None:
    claim = parse_claim("the board once again refused to approve the contract")
    assert not claim.conditional


def test_a_clause_opened_by_a_time_subordinator_asserts_nothing() -> None:
    assert events("Once that is settled, there is nothing more to decide") == {}
    assert "open" not in events("When the terminal opens, fares will go up")


def test_forecasts_with_once_both_ways_contradict() -> None:
    a = item("a", "traffic on Moss Lane would not increase once the bypass opens",
             "Edwin Carrow", "2026-02-03")  # fmt: skip
    b = item("b", "traffic on Moss Lane would increase by a third once the bypass opens",
             "Hester Quaile", "2026-02-20", article="a2")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_a_hedged_forecast_with_once_stays_hedged() -> None:
    a = item("a", "traffic on Moss Lane might increase once the bypass opens",
             "Edwin Carrow", "2026-02-03")  # fmt: skip
    b = item("b", "traffic on Moss Lane would not increase once the bypass opens",
             "Hester Quaile", "2026-02-03")  # fmt: skip
    assert kinds(a, b) == []


# -- two doers of one verb ------------------------------------------------------------------------


def test_two_named_bodies_agreeing_to_different_things_do_not_contradict() -> None:
    a = item("a", "the union had agreed to delay the strike until March", "Corin Vale",
             "2026-05-04")  # fmt: skip
    b = item("b", "The ministry has never agreed to fund the pay rise", "Delia Strand",
             "2026-05-04")  # fmt: skip
    assert kinds(a, b) == []


def test_two_named_bodies_paying_do_not_contradict() -> None:
    a = item("a", "The province is not paying for this bridge", "Delia Strand", "2026-05-04")
    b = item("b", "the port authority would pay to repave the approach road", "Corin Vale",
             "2026-05-04")  # fmt: skip
    assert kinds(a, b) == []


def test_one_body_paying_and_not_paying_still_contradicts() -> None:
    a = item("a", "the province would pay for the new bridge", "Corin Vale", "2026-05-04")
    b = item("b", "The province is not paying for the new bridge", "Delia Strand", "2026-05-04")
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_we_against_a_named_body_is_not_blocked() -> None:
    a = item("a", "we will not pay for the new bridge", "Delia Strand", "2026-05-04")
    b = item("b", "the province will pay for the new bridge", "Corin Vale", "2026-05-04")
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_two_words_for_one_thing_are_not_two_doers() -> None:
    a = item("a", "the detour would not cost the town anything", "Corin Vale", "2026-05-04")
    b = item("b", "the new route would cost the town about $90,000", "Delia Strand",
             "2026-05-04")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


# -- options weighed, gaps closed, words heard ---------------------------------------------------


def test_looking_at_paying_is_an_option_weighed() -> None:
    claim = parse_claim("the trust was now looking at paying for the repairs itself")
    assert [c.modality for c in claim.clauses] == ["hedged"]
    assert parse_claim("we will look at the figures on Monday").clauses[0].modality == "certain"


def test_closing_a_gap_shuts_nothing() -> None:
    assert "open" not in events("she would close the gap without cutting any nursing posts")
    assert "open" not in events("the council is closing a $4 million shortfall")
    assert events("the council is closing the depot in June") == {"open": -1}


def test_relieved_to_hear_reports_someone_else() -> None:
    claim = parse_claim("he was relieved to hear the library would stay open")
    assert claim.clauses[0].modality == "reported"
    heard = parse_claim("the tribunal heard evidence on Monday and will rule in May")
    assert heard.clauses[0].modality == "certain"


# -- a past denied, then a day before it named ---------------------------------------------------


def test_a_denied_past_and_a_later_account_dated_before_it_contradict() -> None:
    a = item("a", "No floodwater reached the substation", "Oswin Tarleck", "2026-09-15")
    b = item("b", "floodwater reached the substation on the night of September 11",
             "Bryony Callis", "2026-10-01", article="a2")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_one_speaker_denying_then_dating_it_reverses() -> None:
    a = item("a", "No floodwater reached the substation", "Oswin Tarleck", "2026-09-15")
    b = item("b", "Floodwater did reach the substation on the night of September 11",
             "Oswin Tarleck", "2026-10-01", article="a2")  # fmt: skip
    assert kinds(a, b) == [("reversal", "a", "b")]


def test_a_later_day_than_the_denial_is_another_occasion() -> None:
    a = item("a", "No floodwater reached the substation", "Oswin Tarleck", "2026-09-15")
    b = item("b", "floodwater reached the substation on the night of September 20",
             "Bryony Callis", "2026-10-01", article="a2")  # fmt: skip
    assert kinds(a, b) == []


def test_a_denial_months_before_is_not_stretched() -> None:
    a = item("a", "No floodwater reached the substation", "Oswin Tarleck", "2026-03-15")
    b = item("b", "floodwater reached the substation on the night of February 11",
             "Bryony Callis", "2026-10-01", article="a2")  # fmt: skip
    assert kinds(a, b) == []


# -- our own plan in the progressive -------------------------------------------------------------


def test_we_are_not_closing_then_we_are_closing_is_a_reversal() -> None:
    a = item("a", "We are not closing Pellham Primary", "Ottoline Vance", "2026-03-02")
    b = item("b", "We are closing Pellham Primary", "Ottoline Vance", "2026-05-11",
             article="a2")  # fmt: skip
    assert kinds(a, b) == [("reversal", "a", "b")]


def test_the_progressive_of_a_plan_is_the_future() -> None:
    (clause,) = parse_claim("we're not cutting a single bus route").clauses
    assert clause.tense == "future"
    (clause,) = parse_claim("the plant is operating at full capacity").clauses
    assert clause.tense == "present"


# -- a rise in every place -----------------------------------------------------------------------


def test_going_up_at_every_school_is_a_rise() -> None:
    assert events("class sizes will go up at every primary school next year") == {"rise": 1}
    assert events("the inspectors went up at the north gate") == {}


def test_what_is_under_way_today_is_not_a_plan() -> None:
    (clause,) = parse_claim("we are closing the Harrow ferry today").clauses
    assert clause.tense == "present"


# -- who loses their job; what a substance does --------------------------------------------------


def test_losing_their_job_is_about_who_loses_it() -> None:
    theme = theme_of("No teacher at the school will lose their job next year", "lose")
    assert "teacher" in theme
    assert theme_of("the team will lose the final", "lose") == {"final"}


def test_no_nurse_losing_a_job_then_laying_off_nurses_is_a_reversal() -> None:
    a = item("a", "No nurse at Carrick General will lose their job next year", "Imelda Roske",
             "2026-03-02")  # fmt: skip
    b = item("b", "We will lay off 30 nurses next year", "Imelda Roske", "2026-05-11",
             article="a2")  # fmt: skip
    assert kinds(a, b) == [("reversal", "a", "b")]


def test_what_a_substance_does_to_fish_holds_on_any_day() -> None:
    a = item("a", "the coolant was not harmful to fish", "Garrick Holm", "2026-09-10")
    b = item("b", "the coolant is harmful to fish", "Perpetua Lind", "2026-09-30", article="a2")
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_a_state_of_the_day_is_not_a_disposition() -> None:
    a = item("a", "the river water was not safe to drink", "Garrick Holm", "2026-09-10")
    b = item("b", "the river water is safe to drink", "Perpetua Lind", "2026-09-30",
             article="a2")  # fmt: skip
    assert kinds(a, b) == []


# -- a writer's gloss --------------------------------------------------------------------------


def test_a_noun_phrase_with_a_relative_clause_asserts_nothing() -> None:
    assert events("the worry that dominated the three-hour meeting") == {}
    assert events("the deal that collapsed in May will not be revived") == {"reviv": -1}
    assert events("the council said that talks collapsed in May") != {}


# -- getting louder ------------------------------------------------------------------------------


def test_getting_louder_is_a_rise_and_cheaper_a_fall() -> None:
    assert events("Brackley Green is going to get louder") == {"rise": 1}
    assert events("fares will not get cheaper") == {"rise-down": -1}
    assert events("we got an answer") == {}


def test_getting_louder_answers_a_denied_rise() -> None:
    a = item("a", "noise in Brackley Green would not rise once the new taxiway opens",
             "Edwin Carrow", "2026-02-03")  # fmt: skip
    b = item("b", "Brackley Green is going to get louder", "Hester Quaile", "2026-02-03")
    assert kinds(a, b) == [("contradiction", "a", "b")]
