"""Rules against false reports: where a negator's reach ends, a contrast that shares its clause,
an aim, a thing asked or paid for, a degree denied, a denial bounded by an event, and a kind of
event told by how often it comes.

* "had not seen the survey and would ask for one": the negator of the first verb group does
  not reach the second; "will not close or sell the mill" shares one;
* "we want it stopped now, not talked about later": the rejected half shares the clause and
  its modality; "the strike will go ahead, not the talks" keeps the strike asserted;
* "our first aim is to keep the buses running" says what is wanted;
* "would press for free parking", "nobody pays for parking": sought or paid for, not had;
* "the fare rise did not go far enough": the rise happens; "not enough money to keep it
  open" denies the opening;
* "would not repair the viaduct before the regatta" and "repairs would start in June": the
  regatta's day is not known, so the two need not speak of one time;
* "cuts to evening ferries were becoming common" tells a kind of event, not an occasion.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import parse_claim

from .builders import events, item, kinds


def _modality(text: str) -> list[str]:
    return [c.modality for c in parse_claim(text).clauses]


# -- a negator's reach -------------------------------------------------------------------------


def test_a_negator_does_not_reach_a_second_verb_group() -> None:
    ev = events("the ferry timetable would not change and that boats would still run hourly")
    assert ev["run"] == 1
    ev = events("the guild had not read the audit and would ask the mayor to order a new one")
    assert ev["ask"] == 1


def test_a_negator_reaches_verbs_that_share_its_group() -> None:
    assert events("the owners will not close the tannery or sell the land")["open"] == 1
    assert events("the tannery has not closed and will not close")["open"] == 1
    assert events("the kiln was not fired and the potters were not laid off")["jobcut"] == -1


def test_told_with_a_second_verb_group_no_reversal() -> None:
    a = item("a", "weekday service on the Tarn line would not change and trams would still run "
             "every ten minutes", "Ysolde Merriam", "2026-02-03")  # fmt: skip
    b = item("b", "We will keep the trams running through the summer", "Ysolde Merriam",
             "2026-03-02", article="a2")  # fmt: skip
    assert kinds(a, b) == []


# -- a contrast's rejected half ------------------------------------------------------------------


def test_the_rejected_half_of_a_contrast_shares_the_modality() -> None:
    assert _modality("We want the ward saved before June, not talked about afterwards") == [
        "hedged"
    ]


def test_the_rejected_half_does_not_deny_what_came_before() -> None:
    ev = events("The walkout will go ahead, not the talks")
    assert ev["walkout"] == 1
    ev = events("The trust will sell the chapel, not close it")
    assert ev["sell"] == 1 and ev["open"] == 1


# -- an aim ----------------------------------------------------------------------------------------


def test_an_aim_is_hedged() -> None:
    assert _modality("our first aim is to keep the ferries running")[-1] == "hedged"
    assert _modality("The goal remains to reopen the pier by May") == ["hedged"]


def test_a_plain_plan_stays_certain() -> None:
    assert _modality("The pier will reopen by May") == ["certain"]


# -- a thing asked or paid for -----------------------------------------------------------------


def test_what_is_asked_or_paid_for_is_no_event() -> None:
    assert "park" not in events("the tenants would now press for free parking for carers")
    assert "park" not in events("Nobody on the renal ward pays for parking here")


def test_asked_for_and_paid_for_do_not_contradict() -> None:
    a = item("a", "Nobody on the renal ward pays for parking here", "Osric Pellow", "2026-05-04")
    b = item("b", "the union would now press for free parking for porters", "Wynne Carbery",
             "2026-06-01", article="a2")  # fmt: skip
    assert kinds(a, b) == []


# -- a degree denied -------------------------------------------------------------------------------


def test_a_degree_denied_leaves_the_event() -> None:
    assert events("the fare rise did not go far enough")["rise"] == 1


def test_not_enough_to_do_something_still_denies_it() -> None:
    assert events("there is not enough money to keep the lido open")["open"] == -1


# -- a plan put off until an event -----------------------------------------------------------------


def test_a_repair_put_off_until_after_a_race_and_its_start_agree() -> None:
    a = item("a", "the county would not repair the viaduct before the regatta", "Maud Essery",
             "2026-03-10")  # fmt: skip
    b = item("b", "repairs would start in June and that the viaduct should reopen by October",
             "Caspian Rudd", "2026-04-01", article="a2")  # fmt: skip
    assert kinds(a, b) == []


def test_one_bound_by_the_same_event_still_contradicts() -> None:
    a = item("a", "the county would not repair the viaduct before the regatta", "Maud Essery",
             "2026-03-10")  # fmt: skip
    b = item("b", "the county would repair the viaduct before the regatta", "Caspian Rudd",
             "2026-03-11", article="a2")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_a_denial_dated_by_the_calendar_still_contradicts_a_date() -> None:
    a = item("a", "the county would not repair the viaduct in June", "Maud Essery",
             "2026-03-10")  # fmt: skip
    b = item("b", "the county would repair the viaduct in June", "Caspian Rudd", "2026-04-01",
             article="a2")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


# -- a kind of event, by how often it comes ------------------------------------------------------


def test_an_event_told_by_how_often_it_comes_is_no_occasion() -> None:
    assert "jobcut" not in events("cuts to evening ferries were becoming common along the coast")
    assert "jobcut" not in events("layoffs are not uncommon in the quarry towns")
    assert "strik" not in events("strikes are rare at the Keld docks")


def test_an_event_told_as_an_occasion_stays() -> None:
    assert events("The strike will go ahead on Monday")["strik"] == 1
    assert events("cuts to the evening ferries will begin in May")["cut"] == 1  # a service cut


def test_a_trend_and_a_denied_cut_do_not_contradict() -> None:
    a = item("a", "cuts to evening ferries were becoming common along the coast",
             "Ferry Users Forum", "2026-03-02")  # fmt: skip
    b = item("b", "We are not cutting the evening ferry on April 6", "Gideon Pyle",
             "2026-03-20", article="a2")  # fmt: skip
    assert kinds(a, b) == []
