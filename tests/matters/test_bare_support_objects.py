"""A support verb with a bare object that an adjective describes ("took independent advice",
"took legal action") names that object as its event, as "took an independent review" does;
a bare noun alone after it is an idiom ("took part", "took charge") and names none.

Every sentence here is invented."""

from __future__ import annotations

from .builders import events, item, kinds


def test_a_described_bare_object_is_the_event() -> None:
    assert events("We took independent advice before we sold the Quarry Lane depot") == {"advic": 1}
    assert events("The board did not take independent advice on the Quarry Lane sale") == {
        "advic": -1
    }


def test_a_bare_noun_alone_is_an_idiom() -> None:
    assert events("The Harwick trust took formal advice from its lawyers") == {"advic": 1}
    assert "part" not in events("She took part in the Harwick protest")
    assert "charg" not in events("He took charge of the Harwick club in May")


def test_advice_taken_against_advice_not_taken() -> None:
    took = item("s1", "We took independent advice before we sold the Quarry Lane depot",
                "Ada Penrose", "2033-06-02")  # fmt: skip
    denied = item("s2", "The council did not take independent advice before it sold the"
                  " Quarry Lane depot", "Bo Trantor", "2033-06-02")  # fmt: skip
    assert kinds(took, denied) == [("contradiction", "s1", "s2")]
