"""A halt word that names a place ("the bus stop", "a rail halt") halts nothing
(:func:`onrecord.matters.halted.place_noun`). Every sentence here is invented."""

from __future__ import annotations

from .builders import events, item, kinds


def test_a_stop_or_a_halt_that_names_a_place_turns_no_event() -> None:
    assert events("A new bus stop will open on Mill Lane") == {"open": 1}
    assert events("The bus stop was moved in May")["mov"] == 1
    assert events("the rail halt serves 300 people a day")["serv"] == 1
    assert events("A tram stop will be built at Elm Square")["build"] == 1
    # a halt verb with an object, a plural subject's verb and a halt named by its noun
    assert events("The strike halts production at the plant")["produc"] == -1
    assert events("Production at the plant has been halted")["produc"] == -1
    assert events("The council will stop the bus service")["stoppage"] == 1
    assert "halt" in events("There will be a halt to the building work")


def test_a_new_bus_stop_opening_and_one_not_opening_disagree() -> None:
    found = kinds(
        item("a", "A new bus stop will open on Mill Lane in June", "Ffion Garrow", "2045-03-02"),
        item("b", "No bus stop will open on Mill Lane in June", "Rhodri Askew", "2045-03-02"),
    )  # fmt: skip
    assert [k for k, _, _ in found] == ["contradiction"]
