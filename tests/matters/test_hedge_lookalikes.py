"""Words that look like a hedge or a condition and are neither.

"May" after a day ("will begin on 17 May") is the month, not the modal "may"; "as long as"
after "for" ("has flooded every spring for as long as anyone can remember") tells a span of
time, after a multiple ("twice as long as") a comparison, before a figure ("as long as two
years") a measure: the clause stays asserted. The real modal and the real condition still
hedge.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters.claims import parse_claim
from onrecord.matters.stance import stance_of


def _stance(text: str, key: str) -> tuple[str, float]:
    s = stance_of(parse_claim(text, said="2031-04-02"), key)
    return s.label, s.certainty


def _modalities(text: str) -> list[str]:
    return [c.modality for c in parse_claim(text, said="2031-04-02").clauses]


def test_a_month_after_its_day_is_no_modal() -> None:
    text = "Demolition of the Orchard Row flats will begin on 17 May"
    assert _stance(text, "demolition") == ("yes", 1.0)
    assert _stance("The Kelsey bridge will not reopen before the 3rd May", "open") == ("no", 1.0)


def test_a_month_after_its_day_is_a_time() -> None:
    claim = parse_claim("Demolition of the Orchard Row flats will begin on 17 May", said="2031-04")
    assert (2031, 5) in stance_of(claim, "demolition").times


def test_the_modal_after_a_count_still_hedges() -> None:
    assert _stance("Around 17 may leave the Tarnbridge choir this year", "leav")[0] == "hedged"
    assert _stance("The Orchard Row flats may be demolished in June", "demolish")[0] == "hedged"


def test_for_as_long_as_is_a_span_not_a_condition() -> None:
    text = "The lower meadow at Brackwater has flooded every spring for as long as I remember"
    assert _stance(text, "flood") == ("yes", 1.0)


def test_a_multiple_or_a_figure_after_as_long_as_is_a_measure() -> None:
    assert "conditional" not in _modalities("The Fennick repairs took twice as long as planned")
    assert _stance("The Fennick tunnel will close for as long as two years", "open") == ("no", 1.0)
    assert _stance("The Fennick tunnel will close as long as 18 months", "open") == ("no", 1.0)


def test_as_long_as_a_condition_still_hedges() -> None:
    for text in (
        "The Brackwater ferry will keep running as long as the council pays",
        "The Brackwater ferry will keep running as long as a buyer is found",
        "The Brackwater ferry will keep running just as long as fares cover it",
    ):
        assert _modalities(text) == ["conditional"], text


def test_a_clause_that_is_only_the_span_asserts_nothing_of_it() -> None:
    text = (
        "Hallam Water will pay for a room for every family that leaves Crosby,"
        " for as long as the evacuation lasts"
    )
    assert _stance(text, "pay") == ("yes", 1.0)
    assert _stance(text, "evacu")[0] == "hedged"
