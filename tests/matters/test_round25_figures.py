"""Two figures that answer one question in other words: a cost whose thing is a gerund's
object or sits behind an adverb of the verb group.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import parse_claim
from onrecord.matters.figures import figures_of

from .builders import item, kinds


def _costs(text: str) -> list[frozenset[str]]:
    """The thing of each total cost figure of ``text``."""
    return [f.subject for c in parse_claim(text).clauses for f in figures_of(c)
            if (f.head, f.unit) == ("cost", "¤")]  # fmt: skip


# -- the thing a cost is of ----------------------------------------------------------------------


def test_an_adverb_in_the_verb_group_keeps_the_subject() -> None:
    assert _costs("The new wing will now cost 61 million pounds") == [frozenset({"wing"})]
    assert _costs("The pier would still cost 3 million pounds") == [frozenset({"pier"})]


def test_a_gerunds_object_is_the_thing_not_its_result() -> None:
    assert _costs("Putting the pier right will cost at least 3 million pounds") == [
        frozenset({"pier"})
    ]
    assert _costs("Making the chapel safe would cost 800,000 pounds") == [frozenset({"chapel"})]
    # no gerund: "right" is part of the name of the thing
    assert _costs("The right turn lane will cost 2 million pounds") == [frozenset({"lan"})]


def test_a_cost_revised_behind_an_adverb_is_a_reversal() -> None:
    a = item("a", "The new wing will cost 42 million pounds", "Ilse Varnham", "2031-01-10")
    b = item("b", "The new wing will now cost 61 million pounds", "Ilse Varnham",
             "2031-03-02", article="a2")  # fmt: skip
    assert kinds(a, b) == [("reversal", "a", "b")]


def test_the_cost_of_a_thing_and_of_putting_it_right_are_one_question() -> None:
    a = item("a", "The repairs to the pier will cost about 300,000 pounds", "Ilse Varnham",
             "2031-01-10")  # fmt: skip
    b = item("b", "Putting the pier right will cost at least 2 million pounds", "Rolf Eddery",
             "2031-01-24", article="a2")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_the_costs_of_two_things_put_right_do_not_disagree() -> None:
    a = item("a", "The repairs to the pier will cost about 300,000 pounds", "Ilse Varnham",
             "2031-01-10")  # fmt: skip
    b = item("b", "Putting the chapel right will cost at least 2 million pounds",
             "Rolf Eddery", "2031-01-24", article="a2")  # fmt: skip
    assert kinds(a, b) == []
