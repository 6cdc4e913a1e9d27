"""A denial of every instance of a thing against a positive count of it
(:mod:`onrecord.matters.universal_instances`).

"There has never been a leak in the pipe" and "our engineers found three leaks in the pipe":
if the count is true the denial is false. The two share no event word the matters are built
on ("has been", "found"), so the pair is a matter of its own.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters.claims import Clause
from onrecord.matters.universal_instances import _counted, _denied

from .builders import item, kinds

_DAY = "2031-05-02"
_WATER = "Ivo Castellane"
_CREW = "Marta Quill"


def _clause(text: str) -> Clause:
    return Clause(text=text, events=(), modality="certain")


def _heads(phrases: list[tuple[str, frozenset[str], str]]) -> list[str]:
    return [head for head, _, _ in phrases]


# -- must fire -------------------------------------------------------------------------------------


def test_never_a_leak_against_three_leaks_is_a_contradiction() -> None:
    a = item("a", "There has never been a leak in the Tamsworth reservoir pipe", _WATER, _DAY)
    b = item("b", "Our engineers found three leaks in the Tamsworth reservoir pipe", _CREW, _DAY)
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_not_a_single_lorry_against_sixty_lorries_told_later_is_a_reversal() -> None:
    a = item("a", "There will not be a single extra lorry on Mill Road", _WATER, "2031-02-01",
             article="a1")  # fmt: skip
    b = item("b", "The quarry will send sixty extra lorries down Mill Road", _WATER,
             "2031-03-15", article="a2")  # fmt: skip
    assert kinds(a, b) == [("reversal", "a", "b")]


def test_none_of_the_crashes_against_a_count_of_crashes() -> None:
    a = item("a", "None of the crashes on the Vell bypass was caused by the new signals",
             _WATER, _DAY)  # fmt: skip
    b = item("b", "The new signals on the Vell bypass caused four crashes", _CREW, _DAY)
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_not_any_complaints_against_nine_complaints_is_a_contradiction() -> None:
    a = item("a", "The Orrin clinic has not received any complaints about the new booking line",
             _WATER, _DAY)  # fmt: skip
    b = item("b", "Patients made nine complaints about the new booking line at the Orrin clinic",
             _CREW, _DAY)  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_a_count_in_the_same_place_is_a_contradiction() -> None:
    a = item("a", "There will not be a single new home on the green at Ashcombe", _WATER, _DAY)
    b = item("b", "The developer will put up forty new homes on the green at Ashcombe", _CREW,
             _DAY)  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


# -- must not fire ---------------------------------------------------------------------------------


def test_a_count_of_another_year_stays_apart() -> None:
    a = item("a", "There has not been a single complaint about the Varne ferry this year",
             _WATER, _DAY)  # fmt: skip
    b = item("b", "We received three complaints about the Varne ferry last year", _CREW, _DAY)
    assert kinds(a, b) == []


def test_a_count_in_another_place_stays_apart() -> None:
    a = item("a", "There will not be a single new home on the green at Ashcombe", _WATER, _DAY)
    b = item("b", "The developer will put up forty new homes on the farm at Ashcombe", _CREW,
             _DAY)  # fmt: skip
    assert kinds(a, b) == []


def test_a_denial_of_what_will_be_against_a_past_count_stays_apart() -> None:
    a = item("a", "The Orrin clinic will not be cancelling any bookings on the new line",
             _WATER, _DAY)  # fmt: skip
    b = item("b", "The Orrin clinic had taken nine bookings on the new line in May", _CREW, _DAY)
    assert kinds(a, b) == []


def test_a_speaker_quoting_the_count_takes_no_stance() -> None:
    a = item("a", "There has never been a leak in the Tamsworth reservoir pipe", _WATER, _DAY)
    b = item("b", "The union says engineers found three leaks in the Tamsworth reservoir pipe",
             _CREW, _DAY)  # fmt: skip
    assert kinds(a, b) == []


def test_a_hedged_count_takes_no_stance() -> None:
    a = item("a", "There has never been a leak in the Tamsworth reservoir pipe", _WATER, _DAY)
    b = item("b", "Our engineers may have found three leaks in the Tamsworth reservoir pipe",
             _CREW, _DAY)  # fmt: skip
    assert kinds(a, b) == []


def test_a_count_of_the_same_noun_in_another_event_stays_apart() -> None:
    a = item("a", "Not a single leak has been reported by customers", _WATER, _DAY)
    b = item("b", "Three leaks were repaired at the Tamsworth reservoir", _CREW, _DAY)
    assert kinds(a, b) == []


def test_a_count_that_shares_only_the_place_of_the_denial_stays_apart() -> None:
    a = item("a", "Not a single patient has waited more than four hours in the Orrin clinic",
             _WATER, _DAY)  # fmt: skip
    b = item("b", "The Orrin clinic saw 412 patients on Monday", _CREW, _DAY)
    assert kinds(a, b) == []


def test_nobody_hurt_against_people_treated_stays_apart() -> None:
    a = item("a", "Nobody was hurt in the fire at the Delling mill", _WATER, _DAY)
    b = item("b", "Two workers were treated for smoke inhalation in hospital", _CREW, _DAY)
    assert kinds(a, b) == []


def test_partial_quantifiers_and_comparisons_deny_no_instance() -> None:
    for text in (
        "Not all the leaks in the pipe were found",
        "Few leaks in the pipe were found",
        "No more than three leaks in the pipe were found",
        "No one found leaks in the pipe",
        "No leaks have been found in the pipe yet",
    ):
        assert _heads(_denied(_clause(text))) == [], text
    assert _heads(_denied(_clause("Not one of the leaks was found"))) == ["leak"]
    assert _heads(_denied(_clause("There were no new leaks in the pipe"))) == ["leak"]
    assert _heads(_denied(_clause("The works have not delayed a single train"))) == ["train"]
    assert _heads(_denied(_clause("The works delayed trains, and a single bus"))) == []
    assert _heads(_denied(_clause("The clinic has not received any complaints"))) == ["complaint"]
    assert _heads(_denied(_clause("The clinic received complaints from any patient"))) == []


def test_counts_are_positive_numbers_before_their_noun() -> None:
    litres = "Engineers found 900,000 litres of water in the pipe"
    assert _heads(_counted(_clause(litres))) == ["litr"]
    assert _heads(_counted(_clause("Engineers found eleven new leaks"))) == ["leak"]
    assert _heads(_counted(_clause("Engineers found the leak in 2030"))) == []
    assert _heads(_counted(_clause("Engineers did not find three leaks"))) == []
    assert _heads(_counted(_clause("Engineers found one of the leaks"))) == []
    assert _heads(_counted(_clause("Engineers checked the two leaks"))) == []
    assert _heads(_counted(_clause("Engineers checked all 38 valves"))) == []
    assert _heads(_counted(_clause("Engineers will accept fewer than 40 leaks"))) == []
    assert _heads(_counted(_clause("Engineers fix about 300 leaks a month"))) == []
    assert _heads(_counted(_clause("Engineers found at least nine leaks"))) == ["leak"]
    assert _heads(_counted(_clause("Crews have been to four leaks this week"))) == ["leak"]
    assert _heads(_counted(_clause("Crews will fix up to 30 leaks"))) == []
