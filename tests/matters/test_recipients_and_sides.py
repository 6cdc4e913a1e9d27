"""Two speakers answer one question in other shapes of words.

* A notice or a redundancy handed to someone happens to the one who receives it
  (:mod:`onrecord.matters.recipients`), and "midwives" is the plural of "midwife".
* "Cannot stay where it is" is a stay at its own place (:mod:`onrecord.matters.whereabouts`).

Each comes with sentences where it must not fire. Every sentence here is invented.
"""

from __future__ import annotations

from onrecord.matters.claims import parse_claim
from onrecord.matters.lexicon import stem
from onrecord.matters.stance import stance_of

from .builders import events, item, kinds

_DAY = "2031-04-02"


def _theme(text: str, key: str) -> frozenset[str]:
    return stance_of(parse_claim(text), key).theme


# --- what a handed notice happens to --------------------------------------------------------


def test_a_notice_handed_over_is_about_who_receives_it() -> None:
    assert _theme("Four porters have been given redundancy notices", "jobcut") == {stem("porter")}
    assert _theme("Every stallholder was given two weeks' notice of the closure",
                  "notify") == {stem("stallholder")}  # fmt: skip
    assert _theme("The tenants received notice of the sale", "notify") == {stem("tenant")}
    # an active giving: the giver is the subject, and the theme is not read from it
    assert stem("council") not in _theme("The council gave the stallholders notice of the "
                                         "closure", "notify")  # fmt: skip
    # a refund received happens to the money, not to who gets it
    assert stem("holder") not in _theme("Every ticket holder would get a full refund, including "
                                        "booking fees", "compensate")  # fmt: skip


def test_f_plurals_stem_as_their_singular() -> None:
    assert stem("midwives") == stem("midwife")
    assert stem("knives") == stem("knife")
    assert stem("halved") == stem("halves")  # a verb too: left as it was
    assert stem("shelved") == stem("shelves")


def test_a_universal_denial_meets_the_members_given_notice() -> None:
    a = item("a", "no midwife would lose her job because of the merger", "Rhoda Quill", _DAY)
    b = item("b", "Three midwives at Farrow have been given redundancy notices", "Ewan Prys",
             _DAY)  # fmt: skip
    porters = item("c", "Three porters at Farrow have been given redundancy notices", "Ewan Prys",
                   _DAY)  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]
    assert kinds(a, porters) == []


def test_never_warned_meets_every_one_given_notice() -> None:
    a = item("a", "the council never warned stallholders before it shut the market",
             "Ada Corr", _DAY)  # fmt: skip
    b = item("b", "every stallholder in the market was given two weeks' notice of the closure",
             "Hal Drury", _DAY)  # fmt: skip
    drivers = item("c", "every bus driver was given two weeks' notice of the closure", "Hal Drury",
                   _DAY)  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]
    assert kinds(a, drivers) == []


# --- a stay where a thing is ----------------------------------------------------------------


def test_stay_where_it_is_is_a_stay() -> None:
    assert events("The caravan site cannot stay where it is")["stay"] == -1
    assert events("The depot will stay where it is now")["stay"] == 1
    assert "stay" not in events("Stay where the work is")
    assert "stay" not in events("The school will stay where it was built")


def test_a_stay_denied_meets_the_same_stay() -> None:
    a = item("a", "The caravan site cannot stay where it is", "Ines Harrow", _DAY)
    b = item("b", "The caravan site is staying on the headland", "Col Pardew", _DAY)
    other = item("c", "The lifeboat station is staying on the headland", "Col Pardew", _DAY)
    assert kinds(a, b) == [("contradiction", "a", "b")]
    assert kinds(a, other) == []


# --- the other speaker's "we", named by its body ---------------------------------------------

_ROLE = ("chief executive of Tarrow Cycles",)


def test_nobody_from_a_body_meets_that_body_saying_we() -> None:
    a = item("a", "We have offered to pay for the repairs at the Penrow flat", "Ada Venn", _DAY,
             roles=_ROLE)  # fmt: skip
    b = item("b", "Nobody from Tarrow Cycles has offered us a penny", "Ned Oakes", _DAY)
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_another_body_or_no_we_still_names_another_doer() -> None:
    a = item("a", "We have offered to pay for the repairs at the Penrow flat", "Ada Venn", _DAY,
             roles=_ROLE)  # fmt: skip
    other_body = item("b", "Nobody from Harlow Council has offered us a penny",
                      "Ned Oakes", _DAY)  # fmt: skip
    assert kinds(a, other_body) == []
    not_we = item("c", "The insurer has offered to pay for the repairs at the Penrow flat",
                  "Ada Venn", _DAY, roles=_ROLE)  # fmt: skip
    b = item("d", "Nobody from Tarrow Cycles has offered us a penny", "Ned Oakes", _DAY)
    assert kinds(not_we, b) == []


def test_the_body_set_aside_leaves_its_other_things_apart() -> None:
    a = item("a", "We will not close the Penrow shop this year", "Ada Venn", _DAY, roles=_ROLE)
    b = item("b", "Tarrow Cycles will close the Kelby shop this year", "Ned Oakes", _DAY)
    assert kinds(a, b) == []
