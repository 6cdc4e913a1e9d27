"""Two words for one doer or one cause, two bodies named, and the statement a rebuttal answers.

* two common words that can name one body ("the town" and "the council", "the firm" and "the
  developer", "neighbours" and "families") are one doer; two of different kinds ("the club"
  and "the council") stay two;
* a cause named in other words ("the fire" / "the blaze", "the takeover" / "the acquisition")
  is one cause; "the closures" and "the earlier closures" are two;
* a speaker's own body named in her words is her "we" only against a statement that names no
  other doer: "Kittiwake Buses will not raise fares" and "Tern Coaches will raise fares" are
  about two companies;
* a rebuttal is linked to the target's earlier statement only when that statement holds the
  claim as the rebuttal names it: not the opposite, not on a condition.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import analyze_items
from onrecord.matters.claims import Item

from .builders import item, kinds

_C = [("contradiction", "a", "b")]


def _pair(
    x: str, y: str, sx: str = "Maren Holt", sy: str = "Idris Penrose"
) -> list[tuple[str, str, str]]:
    return kinds(item("a", x, sx, "2026-05-04"), item("b", y, sy, "2026-05-04", article="a2"))


# -- one body, two words -------------------------------------------------------------------------


def test_town_and_council_are_one_payer() -> None:
    assert _pair("the town will pay for the new footbridge",
                 "the council will not pay for the new footbridge") == _C  # fmt: skip


def test_firm_and_developer_are_one_payer() -> None:
    assert _pair("the developer will fund the new roundabout",
                 "the firm will not fund the new roundabout") == _C  # fmt: skip


def test_neighbours_and_families_are_one_payer() -> None:
    assert _pair("families will pay for the new sea wall",
                 "neighbours will not pay for the new sea wall") == _C  # fmt: skip


def test_club_and_council_stay_two_payers() -> None:
    assert _pair("the club will pay for the new footbridge",
                 "the council will not pay for the new footbridge") == []  # fmt: skip


def test_company_and_council_stay_two_payers() -> None:
    assert _pair("the company will pay for the new footbridge",
                 "the council will not pay for the new footbridge") == []  # fmt: skip


def test_landlord_and_residents_stay_two_payers() -> None:
    assert _pair("the landlord will pay for the new boiler",
                 "residents will not pay for the new boiler") == []  # fmt: skip


def test_contractor_and_developer_stay_two_payers() -> None:
    assert _pair("the contractor will pay for the new roundabout",
                 "the developer will not pay for the new roundabout") == []  # fmt: skip


def test_insurer_and_company_stay_two_payers() -> None:
    assert _pair("the insurer will pay for the flood repairs",
                 "the company will not pay for the flood repairs") == []  # fmt: skip


# -- one cause, two words ------------------------------------------------------------------------


def test_fire_and_blaze_are_one_cause() -> None:
    assert _pair("no barns were lost because of the fire",
                 "four barns were lost due to the blaze") == _C  # fmt: skip


_NONE = "there would be no layoffs at Pell's as a result of the "
_SOME = "there would be 20 layoffs at Pell's because of the "


def test_takeover_and_acquisition_are_one_cause() -> None:
    assert _pair(_NONE + "takeover", _SOME + "acquisition") == _C


def test_merger_and_flooding_stay_two_causes() -> None:
    assert _pair(_NONE + "merger", _SOME + "flooding") == []


def test_the_earlier_closures_are_another_cause() -> None:
    assert _pair(_NONE + "closures", _SOME + "earlier closures") == []


# -- her own body, another body ------------------------------------------------------------------

_ROLE = ("managing director of Kittiwake Buses",)


def test_two_companies_are_two_things() -> None:
    a = item("a", "Kittiwake Buses will not raise fares in July", "Maren Holt", "2026-05-04",
             roles=_ROLE)  # fmt: skip
    b = item("b", "Tern Coaches will raise fares in July", "Idris Penrose", "2026-05-04")
    assert kinds(a, b) == []


def test_two_companies_cutting_routes_are_two_things() -> None:
    a = item("a", "Kittiwake Buses will not cut any routes this year", "Maren Holt",
             "2026-05-04", roles=_ROLE)  # fmt: skip
    b = item("b", "Tern Coaches will cut six routes this year", "Idris Penrose", "2026-05-04")
    assert kinds(a, b) == []


def test_her_own_body_against_what_we_did_is_still_one_thing() -> None:
    a = item("a", "Kittiwake Buses would not lease a second depot", "Maren Holt", "2026-05-04",
             roles=_ROLE)  # fmt: skip
    b = item("b", "We have leased a second depot", "Maren Holt", "2026-06-01",
             article="a2", roles=_ROLE)  # fmt: skip
    assert kinds(a, b) == [("reversal", "a", "b")]


# -- the statement a rebuttal answers ------------------------------------------------------------

_SENTENCE = (
    "Tamsin Rowe, who leads the Corby Street Residents Group, disputed the trust's claim "
    "that every flat on Corby Street had been repaired by June."
)
_CLAIM = "every flat on Corby Street had been repaired by June"
_AIDE = ("the trust's press officer",)


def _rebuttals(original: Item) -> list[tuple[str, str]]:
    nested = item("n", _CLAIM, "Corby Housing Trust", "2026-07-10", article="a2",
                  sentence=_SENTENCE)  # fmt: skip
    rebutter = item("r", _CLAIM, "Tamsin Rowe", "2026-07-10", article="a2", sentence=_SENTENCE,
                    cue="disputed the trust's claim")  # fmt: skip
    return sorted(
        (c.a.statement, c.b.statement)
        for c in analyze_items([original, nested, rebutter])[1]
        if c.kind == "rebuttal"
    )


def test_the_earlier_statement_of_the_claim_is_the_original() -> None:
    o = item("o", "every flat on Corby Street had been repaired by June", "Lyle Brandt",
             "2026-06-28", roles=_AIDE)  # fmt: skip
    assert _rebuttals(o) == [("r", "o")]


def test_an_earlier_opposite_statement_is_not_the_original() -> None:
    o = item("o", "none of the flats on Corby Street had been repaired by June", "Lyle Brandt",
             "2026-06-28", roles=_AIDE)  # fmt: skip
    assert _rebuttals(o) != [("r", "o")]


def test_an_earlier_conditional_forecast_is_not_the_original() -> None:
    o = item("o", "every flat on Corby Street would be repaired by June, if the grant arrived",
             "Lyle Brandt", "2026-06-28", roles=_AIDE)  # fmt: skip
    assert _rebuttals(o) != [("r", "o")]
