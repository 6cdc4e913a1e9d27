"""General rules found missing on tests/data/matters_heldout/fresh (then made a study set),
each checked on invented sentences of its own, with the hard negatives each rule must keep:
words for a rise beyond "increase" ("double", "go up"), the thing an event happens to (its
theme), one past occasion told on two dates, and figures that disagree (no model)."""

from __future__ import annotations

from onrecord.matters import analyze_items, parse_claim
from onrecord.matters.figures import figures_of
from onrecord.matters.themes import theme_of

from .builders import events, item, kinds

# -- a rise in other words --------------------------------------------------------------------


def test_go_up_and_go_down_name_a_rise_and_a_fall() -> None:
    assert events("bus fares would go up in every district") == {"rise": 1}
    assert events("bus fares would not go up") == {"rise": -1}
    assert events("rents went down last spring")["rise"] == -1


def test_double_is_a_rise_but_not_doubling_is_no_denial_of_one() -> None:
    assert events("the plant would double water use")["rise"] == 1
    assert "rise" not in events("the plant would not double water use")
    assert kinds(
        item("a", "the new kiln would not increase smoke over Brask Hill", "Oda Fenn",
             "2024-05-02"),
        item("b", "the new kiln would double smoke over Brask Hill", "Ivo Marsh", "2024-05-02"),
    ) == [("contradiction", "a", "b")]  # fmt: skip
    assert kinds(  # "not double" and "rise by a tenth" both hold
        item("a", "the new kiln would not double smoke over Brask Hill", "Oda Fenn",
             "2024-05-02"),
        item("b", "the new kiln would increase smoke over Brask Hill", "Ivo Marsh", "2024-05-02"),
    ) == []  # fmt: skip


def test_go_up_against_would_not_increase_is_a_contradiction() -> None:
    assert kinds(
        item("a", "bus fares would not increase next year", "Oda Fenn", "2024-05-02"),
        item("b", "bus fares would go up on every route next year", "Ivo Marsh", "2024-05-02"),
    ) == [("contradiction", "a", "b")]  # fmt: skip


# -- the theme: one verb, two things ----------------------------------------------------------


def test_theme_is_the_object_or_the_subject() -> None:
    assert theme_of("Brenholt Bank had notified all its customers", "notified") == {"customer"}
    assert theme_of("the bank had not notified the regulator", "notified") == {"regulator"}
    assert theme_of("no tickets were refunded", "refunded") == {"ticket"}
    assert theme_of("bus fares would not increase next year", "increase") == {"bus", "far"}
    assert theme_of("the offer was a 3 percent raise", "raise") == {"offer"}
    assert theme_of("the strike would go ahead on Friday", "strike") == frozenset()


def test_one_verb_of_two_things_is_no_contradiction() -> None:
    assert kinds(
        item("a", "Brenholt Bank had notified all its customers", "Oda Fenn", "2024-05-02"),
        item("b", "the bank had not notified the regulator", "Ivo Marsh", "2024-05-02"),
    ) == []  # fmt: skip
    assert kinds(
        item("a", "Brenholt Bank had notified all its customers", "Oda Fenn", "2024-05-02"),
        item("b", "the bank had not notified its customers", "Ivo Marsh", "2024-05-02"),
    ) == [("contradiction", "a", "b")]  # fmt: skip
    assert kinds(  # a pay raise and a rise in class sizes share only the concept
        item("a", "the offer was a 3 percent raise", "Oda Fenn", "2024-05-02"),
        item("b", "class sizes at Tarn Primary would not increase", "Ivo Marsh", "2024-05-02"),
    ) == []  # fmt: skip


# -- one past occasion, told on two dates -----------------------------------------------------


def test_a_settled_past_denied_then_admitted_is_a_reversal() -> None:
    assert kinds(
        item("a", "no passwords were stolen in the Korvel outage", "Oda Fenn", "2024-05-02",
             article="a1"),
        item("b", "passwords had been stolen in the Korvel outage", "Oda Fenn", "2024-05-20",
             article="a2"),
    ) == [("reversal", "a", "b")]  # fmt: skip


def test_what_is_still_to_come_is_no_reversal() -> None:
    # "had not received" (yet) on the 2nd, received by the 20th: both true
    assert kinds(
        item("a", "the ministry had not received the Korvel audit", "Oda Fenn", "2024-05-02",
             article="a1"),
        item("b", "the ministry had received the Korvel audit", "Oda Fenn", "2024-05-20",
             article="a2"),
    ) == []  # fmt: skip
    assert kinds(  # "now" marks a change
        item("a", "no contractor was hired for the Korvel bridge", "Oda Fenn", "2024-05-02",
             article="a1"),
        item("b", "a contractor had now been hired for the Korvel bridge", "Oda Fenn",
             "2024-05-20", article="a2"),
    ) == []  # fmt: skip
    assert kinds(  # present states on two dates are two time frames
        item("a", "the Korvel bridge is not closed", "Oda Fenn", "2024-05-02", article="a1"),
        item("b", "the Korvel bridge is closed", "Oda Fenn", "2024-05-20", article="a2"),
    ) == []  # fmt: skip


# -- figures ----------------------------------------------------------------------------------


def _figures(text: str) -> list[tuple[str, str, float, float]]:
    return [(f.head, f.unit, f.low, f.high) for c in parse_claim(text).clauses
            for f in figures_of(c)]  # fmt: skip


def test_figures_read_value_unit_and_noun() -> None:
    assert _figures("the offer is a 6 percent raise") == [("rais", "percent", 6, 6)]
    assert _figures("the raise was 3 percent") == [("rais", "percent", 3, 3)]
    # a rounded figure is as precise as its last digit
    assert _figures("the trust had $12 million in reserves") == [("reserv", "$", 11.5e6, 12.5e6)]
    assert _figures("at least 3 people were hurt") == [("peopl", "", 3, float("inf"))]
    # times, dates, changes and demands are no values of a quantity
    assert _figures("work would begin in 2027") == []
    assert _figures("the vote is on Oct. 9 at 4 p.m.") == []
    assert _figures("owners would pay about 3 percent more") == []
    assert _figures("the union asked for a 9 percent raise") == []


def test_two_values_of_one_quantity_are_a_contradiction() -> None:
    out = analyze_items([
        item("a", "The Tarn contract is a 6 percent raise", "Oda Fenn", "2024-05-02"),
        item("b", "the Tarn contract was a 3 percent raise", "Ivo Marsh", "2024-05-02"),
    ])  # fmt: skip
    assert sorted((c.kind, c.a.statement, c.b.statement) for c in out[1]) == [
        ("contradiction", "a", "b")
    ]
    assert "Is the raise 6 percent?" in [m.question for m in out[0]]


def test_compatible_figures_and_other_quantities_are_no_contradiction() -> None:
    def pair(x: str, y: str) -> list[tuple[str, str, str]]:
        return kinds(
            item("a", x, "Oda Fenn", "2024-05-02"), item("b", y, "Ivo Marsh", "2024-05-02")
        )

    assert pair("at least 3 Tarn residents were hurt", "5 Tarn residents were hurt") == []
    assert (
        pair("about 40,000 Tarn patients were affected", "38,000 Tarn patients were affected") == []
    )
    assert pair("the Tarn offer was a 3 percent raise for nurses",
                "the Tarn offer was a 6 percent raise for porters") == []  # fmt: skip
    assert (
        pair("the Tarn union asked for a 9 percent raise", "the Tarn offer is a 3 percent raise")
        == []
    )
    assert (
        pair("the Tarn offer might be a 6 percent raise", "the Tarn offer is a 3 percent raise")
        == []
    )
    assert pair("the Tarn fire caused 14 injuries", "the Tarn fire caused 12 deaths") == []


# -- rebuttals --------------------------------------------------------------------------------


def test_a_rebuttal_needs_the_target_to_have_said_the_claim_named() -> None:
    sent = ("Ivo Marsh pushed back on Fenn's claim that the trust could not afford repairs, "
            "saying the trust had $12 million in reserves.")  # fmt: skip
    rebutting = item("r", "the trust had $12 million in reserves", "Ivo Marsh", "2024-05-02",
                     sentence=sent, cue="pushed")  # fmt: skip
    other = item("f1", "the trust would keep the Tarn ferry running", "Oda Fenn", "2024-05-02")
    assert kinds(rebutting, other) == []  # shares "trust", says nothing of affording repairs
    said = item("f2", "the trust could not afford repairs this year", "Oda Fenn", "2024-05-02")
    assert ("rebuttal", "r", "f2") in kinds(rebutting, other, said)


def test_a_state_told_on_two_dates_is_two_states() -> None:
    assert kinds(
        item("a", "the Korvel bridge was closed", "Oda Fenn", "2024-05-02", article="a1"),
        item("b", "the Korvel bridge was not closed", "Oda Fenn", "2024-05-20", article="a2"),
    ) == []  # fmt: skip


def test_figures_of_one_noun_said_of_different_things_are_no_contradiction() -> None:
    def pair(x: str, y: str) -> list[tuple[str, str, str]]:
        return kinds(
            item("a", x, "Oda Fenn", "2024-05-02"), item("b", y, "Ivo Marsh", "2024-05-02")
        )

    # one noun, two quantities: the troops posted abroad, the troops that stay
    assert pair("about 7,000 Tarn troops are posted abroad",
                "about 4,000 Tarn troops would remain in the valley") == []  # fmt: skip
    assert pair("about 7,000 Tarn troops are posted abroad",
                "about 4,000 Tarn troops are posted abroad") == [
        ("contradiction", "a", "b")
    ]  # fmt: skip
    # a range holds the values inside it
    assert _figures("between 30 and 70 people came") == [("peopl", "", 30, 70)]
    assert pair("30 to 70 Tarn residents came to each hearing",
                "50 Tarn residents came to each hearing") == []  # fmt: skip


def test_a_rebuttal_of_one_point_is_not_pinned_on_another_of_the_targets_words() -> None:
    sent = ("Ivo Marsh disputed Fenn's claim that the rise in fares would be modest, "
            "saying a tenth more was not modest for commuters.")  # fmt: skip
    rebutting = item("r", "Fenn's claim that the rise in fares would be modest, saying a tenth "
                     "more was not modest for commuters", "Ivo Marsh", "2024-05-02",
                     sentence=sent, cue="disputed")  # fmt: skip
    other = item("f1", "bus fares will increase in June", "Oda Fenn", "2024-05-02")
    assert [k for k in kinds(rebutting, other) if k[0] == "rebuttal"] == []
    said = item("f2", "the rise in fares would be modest", "Oda Fenn", "2024-05-02")
    assert ("rebuttal", "r", "f2") in kinds(rebutting, other, said)


def test_one_as_a_pronoun_is_no_figure() -> None:
    assert _figures("intruders reached one of its servers") == []
    assert _figures("intruders reached two of its servers") == [("server", "", 2, 2)]
