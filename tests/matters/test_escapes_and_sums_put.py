"""A state and the act that ends it; money given by other verbs.

"The lynx have escaped from the park" denies "the lynx are still inside the park": an escape
from a place, told as a verb, denies the inside (``insid``) beside its own key. "Will
contribute 1.5 million pounds" and "will not put a penny into the bridge" give money (or deny
it) as "will provide 1.5 million pounds" does (``money``); a penny is a sum.

Every sentence here is invented."""

from __future__ import annotations

from .builders import events, item, kinds


def test_an_escape_from_a_place_denies_the_inside() -> None:
    assert events("Two lynx have escaped from the Pellow wildlife park") == {
        "insid": -1, "escap": 1}  # fmt: skip
    assert events("The goats escaped out of the Carrow pen").get("insid") == -1
    # denied, the escape leaves them inside, and still meets an escape told
    assert events("No lynx has escaped from the Pellow wildlife park").get("insid") == 1


def test_an_escape_described_or_from_no_place_is_no_inside_denied() -> None:
    assert events("The lynx escaped from the Pellow wildlife park").get("insid") == -1
    for text in (
        "The escaped lynx was caught near Pellow",
        "The driver escaped injury",
        "The lynx has an escape route from the Pellow wildlife park",
        "He escaped with a fine",
    ):
        assert "insid" not in events(text), text


def test_an_escape_and_still_inside_disagree() -> None:
    a = item("s1", "Two lynx have escaped from the Pellow wildlife park", "Hal Brennick",
             "2037-03-10")  # fmt: skip
    b = item("s2", "Both lynx are still inside the Pellow wildlife park", "Mira Tansley",
             "2037-03-10")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "s1", "s2")]


def test_a_sum_contributed_or_put_into_a_thing_is_money_given() -> None:
    assert events("The county will contribute 1.5 million pounds towards the Orrin weir").get(
        "money") == 1  # fmt: skip
    assert events("The trust will put 40,000 pounds into the Orrin weir").get("money") == 1
    assert events("The county will not put a penny into the Orrin weir").get("money") == -1
    assert events("The county will not give a single penny to the Orrin weir").get("money") == -1


def test_a_sum_put_at_or_aside_or_a_thing_contributed_to_is_no_money_given() -> None:
    assert events("The trust put 2 million pounds into the Orrin weir").get("money") == 1
    for text in (
        "The council put the cost of the Orrin weir at 3.4 million pounds",
        "The trust put 2 million pounds aside for the Orrin weir",
        "The new runway will not put a single extra home inside the noise contour",
        "Residents contributed to the consultation on the Orrin weir",
    ):
        assert "money" not in events(text), text


def test_no_penny_put_in_then_a_sum_contributed_is_a_reversal() -> None:
    a = item("s1", "The county will not put a penny into the Orrin weir", "Ewan Tolley",
             "2041-08-12")  # fmt: skip
    b = item("s2", "The county will contribute 1.5 million pounds towards the Orrin weir",
             "Ewan Tolley", "2041-09-30")  # fmt: skip
    assert kinds(a, b) == [("reversal", "s1", "s2")]
