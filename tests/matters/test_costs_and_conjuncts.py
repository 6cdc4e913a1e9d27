"""A cost named by a noun ("the cost of the work was put at ..."), a total cost told again
weeks later, a present perfect beside an "until" clause, and a relative clause on a pronoun
of quantity ("nothing that was deleted").

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import parse_claim
from onrecord.matters.figures import figures_of

from .builders import events, item, kinds


def _costs(text: str) -> list[tuple[frozenset[str], float, float]]:
    """(thing, low, high) of each total cost figure of ``text``."""
    return [(f.subject, f.low, f.high) for c in parse_claim(text).clauses
            for f in figures_of(c) if (f.head, f.unit) == ("cost", "¤")]  # fmt: skip


# -- a noun of cost ------------------------------------------------------------------------------


def test_a_noun_of_cost_gives_its_thing_a_sum() -> None:
    (fig,) = _costs("the cost of the work was now put at 3.6 million pounds")
    assert fig == (frozenset({"work"}), 3.55e6, 3.65e6)
    (fig,) = _costs("The real bill for the pier is nearer four million pounds")
    assert fig[0] == frozenset({"pier"}) and fig[1] == 3.5e6
    (fig,) = _costs("the price of the new library has been estimated at 5 million pounds")
    assert fig[0] == frozenset({"library"})


def test_no_sum_from_a_noun_of_cost_that_changes_or_names_nothing() -> None:
    assert _costs("the cost of the pier rose by 2 million pounds") == []  # a change
    assert _costs("the bill for the pier has gone up to 4 million pounds") == []  # a change
    assert _costs("the cost is 2 million pounds") == []  # the cost of nothing named
    assert _costs("the cost of the pier is 2 million pounds more than planned") == []
    assert _costs("the council will pay 40,000 pounds of the cost") == []  # a share


def test_a_total_cost_told_again_weeks_later_is_a_reversal() -> None:
    a = item("a", "The repairs will cost 2.1 million pounds", "Ivo Penhallow", "2031-02-03")
    b = item("b", "the cost of the work was now put at 5.4 million pounds", "Ivo Penhallow",
             "2031-03-20", article="a2")  # fmt: skip
    assert kinds(a, b) == [("reversal", "a", "b")]


def test_two_costs_of_two_things_are_no_reversal() -> None:
    a = item("a", "The repairs will cost 2.1 million pounds", "Ivo Penhallow", "2031-02-03")
    b = item("b", "the cost of the new library was now put at 5.4 million pounds",
             "Ivo Penhallow", "2031-03-20", article="a2")  # fmt: skip
    assert kinds(a, b) == []


def test_a_cost_that_agrees_is_no_reversal() -> None:
    a = item("a", "The repairs will cost 2.1 million pounds", "Ivo Penhallow", "2031-02-03")
    b = item("b", "the cost of the work was now put at about 2.1 million pounds",
             "Ivo Penhallow", "2031-03-20", article="a2")  # fmt: skip
    assert kinds(a, b) == []


# -- a present perfect beside "until" -----------------------------------------------------------


def test_a_present_perfect_beside_an_until_clause_is_certain() -> None:
    text = "The board has still not approved our flood scheme, and nothing can start until it does"
    first = parse_claim(text).clauses[0]
    assert first.modality == "certain"
    a = item("a", text, "Nell Tregarthen", "2031-04-02")
    b = item("b", "The flood scheme was approved on 3 March", "Owain Pryce", "2031-04-02")
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_a_condition_still_binds_its_own_clause_and_a_modal_one() -> None:
    assert parse_claim("If the board has approved the plan, we will start").clauses[0].modality \
        == "conditional"  # fmt: skip
    clauses = parse_claim("We will have finished the work, unless it rains").clauses
    assert clauses[0].modality == "conditional"
    # "have" as a main verb is no perfect
    assert parse_claim("We have nothing to lose, and we will fight if we must").clauses[0] \
        .modality == "conditional"  # fmt: skip


# -- a relative clause on a pronoun of quantity --------------------------------------------------


def test_nothing_that_was_done_does_not_deny_the_doing() -> None:
    assert "delet" not in events("Nothing that was deleted had anything to do with the fire")
    assert "delet" not in events("Nothing that was deleted was important")
    assert events("Nothing was deleted").get("delet") == -1  # a plain denial still denies


# -- time a thing adds --------------------------------------------------------------------------


def _added(text: str) -> list[tuple[str, float, float]]:
    return [(f.unit, f.low, f.high) for c in parse_claim(text).clauses for f in figures_of(c)
            if f.head == "added"]  # fmt: skip


def test_time_a_thing_adds_to_another_is_a_figure() -> None:
    assert _added("The roadworks add thirty minutes to every commute") == [("minute", 30, 30)]
    assert _added("The roadworks add about five minutes to a commute") == [("minute", 4.5, 5.5)]
    assert _added("it adds ten minutes to the trip") == []  # no thing named
    assert _added("The closure has lasted for forty minutes") == []  # no adding
    assert _added("The roadworks add thirty minutes, officials said") == []  # added to nothing


def test_two_speakers_give_the_time_added_two_values() -> None:
    a = item("a", "The roadworks add thirty minutes to every commute", "Ros Kettering",
             "2031-05-04")  # fmt: skip
    b = item("b", "The roadworks add about five minutes to a commute", "Dev Allardyce",
             "2031-05-04")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]
    c = item("c", "The roadworks add thirty minutes to the school run", "Dev Allardyce",
             "2031-05-04")  # fmt: skip
    assert kinds(a, c) == []  # agreement
    d = item("d", "The roadworks add five minutes to the ambulance response", "Dev Allardyce",
             "2031-05-04")  # fmt: skip
    assert kinds(a, d) == []  # added to another thing


def test_a_cost_of_one_year_is_a_quantity_of_its_own() -> None:
    a = item("a", "The repairs will cost 2.1 million pounds", "Ivo Penhallow", "2031-02-03")
    b = item("b", "the cost of the work was put at 5.4 million pounds in 2029", "Ivo Penhallow",
             "2031-03-20", article="a2")  # fmt: skip
    assert kinds(a, b) == []
