"""One speaker owning up to earlier words, and a plan denied with no date against a dated one.

* a state told in the present on two dates is two states ("the ferry runs", then "the ferry
  does not run" after a storm), unless the later words own up to the earlier ones ("..., and
  I should have said so earlier", "I said it was, and I was wrong", "we now know ..."): then
  both speak of one time, and the speaker has reversed;
* an untimed denial ahead ("the museum will not close", "nobody is going to let it close")
  denies a dated plan of the same event ("the museum will close in March") whichever way the
  matter faces (a matter of staying open reads "will not close" as a yes).

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters.claims import Item
from onrecord.matters.owned_up import owns_up

from .builders import item, kinds

# -- owning up ----------------------------------------------------------------------------------


def test_a_present_state_owned_up_later_is_a_reversal() -> None:
    first = item("a", "There is no shortage of insulin pens in Varrow", "Odile Fenchurch",
                 "2031-02-03")  # fmt: skip
    later = item("b", "There is a shortage of insulin pens in Varrow, and I should have said so "
                 "earlier", "Odile Fenchurch", "2031-02-24", article="a2")  # fmt: skip
    assert kinds(first, later) == [("reversal", "a", "b")]


def test_a_present_state_changed_without_owning_up_stays_apart() -> None:
    first = item("a", "There is no shortage of insulin pens in Varrow", "Odile Fenchurch",
                 "2031-02-03")  # fmt: skip
    later = item("b", "There is a shortage of insulin pens in Varrow after the warehouse fire",
                 "Odile Fenchurch", "2031-02-24", article="a2")  # fmt: skip
    assert kinds(first, later) == []


def test_a_past_owned_up_with_now_we_know_is_a_reversal() -> None:
    first = item("a", "Nobody outside the trust has opened the payroll file", "Ruaridh Tanner",
                 "2031-05-04")  # fmt: skip
    later = item("b", "We now know the payroll file was opened 40 times from outside the trust",
                 "Ruaridh Tanner", "2031-05-26", article="a2")  # fmt: skip
    assert kinds(first, later) == [("reversal", "a", "b")]


def test_owning_up_by_another_speaker_is_no_reversal_of_the_first() -> None:
    first = item("a", "There is no shortage of insulin pens in Varrow", "Odile Fenchurch",
                 "2031-02-03")  # fmt: skip
    later = item("b", "There is a shortage of insulin pens in Varrow, and I should have said so "
                 "earlier", "Petra Lindqvist", "2031-02-24", article="a2")  # fmt: skip
    assert ("reversal", "a", "b") not in kinds(first, later)


def test_what_counts_as_owning_up() -> None:
    assert owns_up("I said it was, and I was wrong")
    assert owns_up("The stock is low. I did not accept that a month ago, and I accept it now")
    assert owns_up("We now know the pumps failed")
    assert owns_up("There is a leak, and I should have told you sooner")
    assert not owns_up("I was wrong about the date of the meeting")
    assert not owns_up("We should have issued a warning on the first day")
    assert not owns_up("They were wrong to close the pool")
    assert not owns_up("I know the pumps failed")
    assert owns_up("The east gate was left open on Friday. We got that one wrong")
    assert not owns_up("They got that one wrong, and we told them so")
    assert not owns_up("We got that one right")


def test_owning_up_to_one_of_several_is_a_reversal_of_the_earlier_words() -> None:
    """ "We got that one wrong" takes back the speaker's earlier word that every gate was
    locked, said in another report, whatever words the two use."""
    first = item("a", "Every gate on the Tollard estate was locked on Friday night",
                 "Bryony Kessel", "2031-06-02")  # fmt: skip
    later = item("b", "The east gate on the Tollard estate was left open on Friday night. We got "
                 "that one wrong", "Bryony Kessel", "2031-06-20", article="a2")  # fmt: skip
    assert kinds(first, later) == [("reversal", "a", "b")]


# -- an untimed denial ahead against a dated plan -----------------------------------------------
# a third speaker's "will stay open" makes the matter one of staying open, where "will not
# close" is a yes and "will close in March" a no


def _open() -> Item:
    return item("c", "The Harbour Museum will reopen", "Marta Quell", "2031-10-02")


def _with_b(found: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    return [f for f in found if "b" in f[1:]]


def test_an_untimed_denial_ahead_meets_a_dated_closure_next_year() -> None:
    plan = item("a", "The Harbour Museum will close in March", "Ines Caldera", "2031-10-02")
    denial = item("b", "The Harbour Museum will not close", "Ines Caldera", "2031-11-14",
                  article="a2")  # fmt: skip
    assert kinds(plan, denial, _open()) == [("reversal", "a", "b")]


def test_nobody_letting_it_close_meets_a_dated_closure_next_year() -> None:
    plan = item("a", "The Harbour Museum will close in March", "Ines Caldera", "2031-10-02")
    denial = item("b", "Nobody is going to let the Harbour Museum close", "Tobias Grenville",
                  "2031-10-02")  # fmt: skip
    assert kinds(plan, denial, _open()) == [("contradiction", "a", "b")]


def test_a_dated_denial_does_not_meet_an_untimed_plan_next_year() -> None:
    plan = item("a", "The Harbour Museum will close", "Ines Caldera", "2031-10-02")
    denial = item("b", "The Harbour Museum will not close in March", "Tobias Grenville",
                  "2031-10-02")  # fmt: skip
    assert _with_b(kinds(plan, denial, _open())) == []


def test_a_denial_for_now_does_not_meet_a_dated_closure_next_year() -> None:
    plan = item("a", "The Harbour Museum will close in March", "Ines Caldera", "2031-10-02")
    denial = item("b", "The Harbour Museum will not close this year", "Tobias Grenville",
                  "2031-10-02")  # fmt: skip
    assert _with_b(kinds(plan, denial, _open())) == []
