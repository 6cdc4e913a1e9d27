"""A link denied is no denial of its subject, a scale is a scale of one thing measured, and
a company's chief officer speaks for "the company". Every sentence here is invented."""

from __future__ import annotations

from .builders import events, item, kinds, unnamed_body

_D = "2029-05-02"
_ONE = [("contradiction", "a", "b")]


def _pair(a: str, b: str) -> list[tuple[str, str, str]]:
    return kinds(item("a", a, "Mara Lind", _D), item("b", b, "Tobias Wren", _D))


# -- "the closure has nothing to do with X": the closure is given, its cause denied ----------


def test_a_denied_link_does_not_deny_its_subject() -> None:
    assert events("The closure has nothing to do with the merger")["open"] == -1
    assert events("The job cuts have nothing to do with the takeover")["jobcut"] == 1
    assert _pair("The Harrow Lane depot is to close",
                 "The closure has nothing to do with the merger") == []  # fmt: skip


def test_a_plain_denial_and_a_denied_killing_stay_as_they_were() -> None:
    assert events("The depot will not close")["open"] == 1
    assert events("The closure will not happen")["open"] == 1
    assert events("The fish deaths have nothing to do with the plant")["kill"] == -1
    assert _pair("The Harrow Lane depot is to close", "The depot will not close") == _ONE


# -- a rise and a fall of two different things ---------------------------------------------------


def test_two_quantities_on_a_scale_are_no_contradiction() -> None:
    assert _pair("Inspectors counted 27 falls in the spring", "She raised them in person") == []
    assert _pair("The council has cut our grant from 20,000 pounds to nothing",
                 "This year we have raised 12,000 so far") == []  # fmt: skip


def test_one_quantity_on_a_scale_still_disagrees() -> None:
    assert _pair("Fares will rise in April", "Fares will not go up in April") == _ONE
    assert _pair("Subsidies to the club were cut this year",
                 "The grant to the club has risen this year") == _ONE  # fmt: skip


# -- "the company" and its managing director -----------------------------------------------------


def test_the_unnamed_company_is_its_managing_directors_side() -> None:
    found = kinds(
        item("a", "No drivers at the Harrow Lane depot will lose their jobs", "Ilse Varn",
             "2029-04-15", roles=("Corvan Coaches' managing director",)),
        unnamed_body("b", "it would cut 30 driver jobs at the Harrow Lane depot",
                     "2029-04-15"),
    )  # fmt: skip
    assert not any(k == "contradiction" for k, _, _ in found)


def test_the_unnamed_company_still_stands_against_a_council_chief() -> None:
    found = kinds(
        item("a", "No drivers at the Harrow Lane depot will lose their jobs", "Ilse Varn",
             "2029-04-15", roles=("the county council's chief executive",)),
        unnamed_body("b", "it would cut 30 driver jobs at the Harrow Lane depot",
                     "2029-04-15"),
    )  # fmt: skip
    assert ("contradiction", "a", "b") in found or ("contradiction", "b", "a") in found


def test_the_unnamed_company_stands_against_a_charitys_or_a_rivals_chief() -> None:
    company = unnamed_body("b", "The Brackley depot will close in May", "2029-04-15")
    for role in ("chief executive of the Ravel Trust, a housing charity",
                 "managing director of rival haulier Penn Freight"):  # fmt: skip
        chief = item("a", "The Brackley depot will not close in May", "Ann Orr", "2029-04-15",
                     roles=(role,))  # fmt: skip
        assert kinds(chief, company) == [("contradiction", "a", "b")]
    own = item("a", "The Brackley depot will not close in May", "Ann Orr", "2029-04-15",
               roles=("managing director",))  # fmt: skip
    assert kinds(own, company) == []
