"""The means to act held with "the" ("the council has the power to inspect any home", "we
have the money to finish the job") is a thing held, as "has no power to inspect" denies it
(:func:`onrecord.matters.found.means_to_act`). Not "has the support of", nor "had the key to
the room", which name no act after "to". Every sentence here is invented."""

from __future__ import annotations

from .builders import events, item, kinds

_DAY = "2031-05-20"


def test_the_means_to_act_is_held() -> None:
    assert (
        events("The council has the power to inspect any rented home in Carrow")["have-power"] == 1
    )
    assert events("We have the money to finish the job")["have-money"] == 1
    assert (
        events("The council has no power to inspect housing association homes")["have-power"] == -1
    )


def test_a_thing_held_with_the_and_no_act_is_not_read() -> None:
    assert not any(k.startswith("have-") for k in events("She had the key to the room"))
    assert not any(k.startswith("have-") for k in events("The club has the support of the fans"))
    assert not any(k.startswith("have-") for k in events("He has the right to appeal"))


def test_the_power_held_meets_the_power_denied() -> None:
    a = item("a", "The council has the power to inspect any rented home in Carrow and it has "
             "chosen not to", "Vera Holm", _DAY)  # fmt: skip
    b = item("b", "The council has no power to inspect housing association homes", "Tam Reid",
             _DAY)  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]
