"""Judge and stance shapes: a standard met or failed whatever modifiers stand before its noun,
and a sum of money named by its unit is one theme.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters.themes import theme_of

from .builders import events, item, kinds

# -- a standard met or failed --------------------------------------------------------------------


def test_a_standard_after_an_ordinal_or_an_adjective_is_met_or_failed() -> None:
    assert events("the depot failed its last gas inspection")["comply"] == -1
    assert events("the pier passed its structural inspection on Friday")["comply"] == 1
    assert events("the ferry passed the latest hull audit")["comply"] == 1


def test_no_standard_is_met_through_a_clause_or_a_preposition() -> None:
    assert "comply" not in events("the assembly passed a law requiring annual inspections")
    assert "comply" not in events("the mayor met residents under new inspection rules")
    assert "comply" not in events("the talks failed despite weekly checks")


def test_passed_and_failed_inspection_after_a_modifier_contradict() -> None:
    a = item("a", "the Harwick depot failed its last gas inspection in May", "Oona Petrakis",
             "2026-06-02")  # fmt: skip
    b = item("b", "The depot passed its gas inspection in May", "Lucan Ferrow", "2026-06-02",
             article="a2")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_passed_and_failed_by_different_things_do_not_contradict() -> None:
    a = item("a", "the Harwick depot failed its last gas inspection in May", "Oona Petrakis",
             "2026-06-02")  # fmt: skip
    b = item("b", "the Stenmoor tunnel passed its last gas inspection in May", "Lucan Ferrow",
             "2026-06-02", article="a2")  # fmt: skip
    assert kinds(a, b) == []


# -- money named by its unit ---------------------------------------------------------------------


def test_a_sum_named_by_its_unit_is_money() -> None:
    assert theme_of("the trust will not pay the contractor a penny", "pay") == theme_of(
        "the trust will pay the contractor 3 million pounds", "pay"
    )
    assert theme_of("the board will pay 40 million dollars", "pay") == theme_of(
        "the board will not pay any money", "pay"
    )


def test_money_is_not_what_a_payment_of_another_thing_is() -> None:
    assert theme_of("the trust will not pay the contractor a penny", "pay") != theme_of(
        "the trust will pay the nurses' overtime", "pay"
    )


def test_will_not_pay_a_penny_then_will_pay_millions_is_a_reversal() -> None:
    a = item("a", "The ministry will not pay Corvane a penny in damages", "Edda Lindqvist",
             "2026-03-02")  # fmt: skip
    b = item("b", "the ministry will pay Corvane 9 million pounds to settle the claim",
             "Edda Lindqvist", "2026-04-20", article="a2")  # fmt: skip
    assert [k for k, _, _ in kinds(a, b)] == ["reversal"]


# -- "not until" a month of a later year ---------------------------------------------------------


def test_not_until_a_month_of_next_year_denies_a_date_before_it() -> None:
    a = item("a", "the footbridge will be reopened by September", "Halvard Mireau", "2026-05-11")
    b = item("b", "the footbridge will not be reopened until February 2027", "Pia Castellane",
             "2026-05-12", article="a2")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_not_until_a_month_of_next_year_agrees_with_a_later_date() -> None:
    a = item("a", "the footbridge will be reopened by March 2027", "Halvard Mireau", "2026-05-11")
    b = item("b", "the footbridge will not be reopened until February 2027", "Pia Castellane",
             "2026-05-12", article="a2")  # fmt: skip
    assert kinds(a, b) == []


# -- a place named only by place words -----------------------------------------------------------


def test_one_place_named_only_by_place_words_is_one_place() -> None:
    a = item("a", "takings on Harbour Road have fallen sharply since the works began",
             "Dilys Vantongeren", "2026-04-02")  # fmt: skip
    b = item("b", "takings on Harbour Road have not fallen since the works began",
             "Corin Ashby", "2026-04-03", article="a2")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_two_places_that_share_only_a_place_word_stay_apart() -> None:
    a = item("a", "takings on Harbour Road have fallen sharply since the works began",
             "Dilys Vantongeren", "2026-04-02")  # fmt: skip
    b = item("b", "takings on Mill Road have not fallen since the works began",
             "Corin Ashby", "2026-04-03", article="a2")  # fmt: skip
    assert kinds(a, b) == []
