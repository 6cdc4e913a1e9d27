"""A negator that opens the second object of a verb with two ("would cost the city nothing",
"will owe the federation nothing") denies the verb, as one right after it does ("found
nothing"). Every sentence here is invented."""

from __future__ import annotations

from .builders import events, item, kinds


def test_nothing_after_a_receiver_denies_the_verb() -> None:
    assert events("the detour would cost the borough nothing") == {"cost": -1}
    assert events("The league will owe the referees nothing") == {"owe": -1}
    assert events("The trust has given us nothing")["give"] == -1


def test_a_receiver_then_a_thing_is_asserted() -> None:
    assert events("the detour will cost the borough millions") == {"cost": 1}
    assert events("The trust has given the school a grant")["give"] == 1


def test_costing_nothing_and_costing_the_borough_disagree() -> None:
    free = item("a", "the detour would cost the borough nothing", "Mabel Ferrand", "2026-03-02")
    costly = item("b", "the detour will cost the borough at least 2 million pounds",
                  "Rhodri Caskey", "2026-03-02")  # fmt: skip
    assert [k for k, *_ in kinds(free, costly)] == ["contradiction"]
