"""Support in other words, a body's own view, perfects said weeks apart, coordinated pasts.

* being behind a plan or a person is support ("is fully behind the bypass"); behind a place
  or a schedule is not;
* a view held by the body the speaker speaks for ("The union backs the deal", said by its
  general secretary) changes like the speaker's own ("The union no longer supports it");
* a perfect assertion ("has signed the lease") said weeks before a perfect denial ("has
  not signed a lease") is of the denial's time;
* two past predicates of one subject are two clauses ("sold the depot and hoped nobody would
  notice": the hope's modal does not hedge the sale);
* two rebuttals between the same two sides in two reports are two exchanges.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import parse_claim

from .builders import events, item, kinds

# -- being behind something ----------------------------------------------------------------------


def test_being_behind_a_plan_or_a_person_is_support() -> None:
    assert events("The council is fully behind the Orwin bypass scheme")["support"] == 1
    assert events("The union is not behind the strike")["support"] == -1
    assert events("We stand firmly behind Mrs Coyle")["support"] == 1
    assert events("The board threw its weight behind the bid")["support"] == 1


def test_behind_a_place_or_a_schedule_is_no_support() -> None:
    assert "support" not in events("The car park is behind the library")
    assert "support" not in events("The project is behind schedule")
    assert "support" not in events("The talks were held behind closed doors")


def test_behind_the_plan_meets_no_support() -> None:
    a = item("a", "The council is fully behind the Orwin bypass scheme", "Dev Annan", "2027-05-02")
    b = item(
        "b", "The council does not support the Orwin bypass scheme", "Lucy Brant", "2027-05-03"
    )
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_behind_the_plan_agrees_with_support() -> None:
    a = item("a", "The council is fully behind the Orwin bypass scheme", "Dev Annan", "2027-05-02")
    b = item("b", "The council supports the Orwin bypass scheme", "Lucy Brant", "2027-05-03")
    assert kinds(a, b) == []


# -- the speaker's own body --------------------------------------------------------------------

_ROLE = ("general secretary of the Tarn Valley Union",)


def test_the_body_a_speaker_speaks_for_changes_its_view() -> None:
    a = item("a", "The union backs the pay deal", "Rhys Alder", "2027-03-01", roles=_ROLE)
    b = item("b", "The union no longer supports the pay deal", "Rhys Alder", "2027-04-10",
             roles=_ROLE)  # fmt: skip
    assert kinds(a, b) == [("reversal", "a", "b")]


def test_another_body_or_a_view_years_apart_is_no_change_of_mind() -> None:
    a = item("a", "The council backs the pay deal", "Rhys Alder", "2027-03-01", roles=_ROLE)
    b = item("b", "The council no longer supports the pay deal", "Rhys Alder", "2027-04-10",
             roles=_ROLE)  # fmt: skip
    assert kinds(a, b) == []
    c = item("c", "The union backs the pay deal", "Rhys Alder", "2024-03-01", roles=_ROLE)
    d = item("d", "The union no longer supports the pay deal", "Rhys Alder", "2027-04-10",
             roles=_ROLE)  # fmt: skip
    assert kinds(c, d) == []


# -- perfects said weeks apart -----------------------------------------------------------------


def test_a_perfect_assertion_before_a_perfect_denial_is_one_time() -> None:
    a = item("a", "Corvane Freight has signed a lease on the Hollin depot", "Ada Ferris",
             "2027-05-16")  # fmt: skip
    b = item("b", "Corvane Freight has not signed a lease on the Hollin depot", "Sam Oduya",
             "2027-06-13")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_a_perfect_assertion_after_the_denial_or_months_before_is_left() -> None:
    denial = item("b", "Corvane Freight has not signed a lease on the Hollin depot", "Sam Oduya",
                  "2027-06-13")  # fmt: skip
    later = item("a", "Corvane Freight has signed a lease on the Hollin depot", "Ada Ferris",
                 "2027-07-20")  # fmt: skip
    assert kinds(later, denial) == []  # it may have signed in between
    long_before = item("c", "Corvane Freight has signed a lease on the Hollin depot",
                       "Ada Ferris", "2027-01-10")  # fmt: skip
    assert kinds(long_before, denial) == []
    hedged = item("d", "Corvane Freight may have signed a lease on the Hollin depot",
                  "Ada Ferris", "2027-05-16")  # fmt: skip
    assert kinds(hedged, denial) == []


# -- two past predicates -------------------------------------------------------------------------


def test_two_past_predicates_keep_their_own_modality() -> None:
    claim = parse_claim("The council hid the survey in an annex and hoped nobody would read it")
    first = claim.clauses[0]
    assert first.modality == "certain"
    assert [(e.key, e.polarity) for e in first.events] == [("hide", 1)]


def test_a_reported_or_negated_pair_of_predicates_stays_one_clause() -> None:
    assert len(parse_claim("He said the plant closed and moved to Spain").clauses) == 1
    assert len(parse_claim("The mayor did not close the pool and hoped nobody would notice")
               .clauses) == 1  # fmt: skip
    assert len(parse_claim("Hundreds were injured and displaced by the floods").clauses) == 1


# -- two rebuttals, two reports ----------------------------------------------------------------


def test_two_rebuttals_between_two_sides_in_two_reports_are_two() -> None:
    claim_a = item("a", "Residents were never consulted on the Hollin depot", "Nell Birch",
                   "2027-05-16", article="may")  # fmt: skip
    answer_a = item(
        "b", "Ms Birch's claim that residents had not been consulted on the Hollin depot",
        "Ada Ferris", "2027-05-16", article="may",
        sentence="Ferris rejected Ms Birch's claim that residents had not been consulted on "
        "the Hollin depot.", cue="rejected",
    )  # fmt: skip
    claim_b = item("c", "The council hid the Hollin traffic survey", "Nell Birch",
                   "2027-06-13", article="june")  # fmt: skip
    answer_b = item(
        "d", "that the council had hidden the Hollin traffic survey", "Ada Ferris",
        "2027-06-13", article="june",
        sentence="Ferris denied that the council had hidden the Hollin traffic survey.",
        cue="denied",
    )  # fmt: skip
    assert kinds(claim_a, answer_a, claim_b, answer_b) == [
        ("rebuttal", "b", "a"),
        ("rebuttal", "d", "c"),
    ]
