"""Which speakers are one side (:func:`onrecord.matters.sides.speaker_sides`) when a folder
holds several stories: a title ties no one, a word for a kind of body ("council") ties only
speakers of one article, and a town's council is not the town's traders' association whose
chair speaks for it. Every name here is invented."""

from __future__ import annotations

from onrecord.matters.claims import Item
from onrecord.matters.sides import speaker_sides
from onrecord.models import SpeakerType

from .builders import placed


def _said(key: str, speaker: str, roles: tuple[str, ...] = (), *, article: str = "a1",
          kind: SpeakerType = "person") -> Item:  # fmt: skip
    text = "The market will move to Tanyard Lane in June"
    sentence = f"{speaker} said {text.lower()}."
    st = placed(key, speaker, sentence, text.lower(), "said", 0, roles=roles, kind=kind)
    return Item.of(st, article=article)


def _one_side(items: list[Item], a: str, b: str) -> bool:
    sides = speaker_sides(items)
    return sides[a] == sides[b]


def test_a_bodys_chair_and_the_body_are_one_side() -> None:
    items = [
        _said("b", "Brackley Market Traders' Association", kind="organization"),
        _said("t", "Tessa Vane", ("chair of the Brackley Market Traders' Association",)),
    ]
    assert _one_side(items, "b", "t")


def test_a_towns_council_is_not_the_towns_traders_association() -> None:
    items = [
        _said("c", "Brackley Borough Council", kind="organization"),
        _said("t", "Tessa Vane", ("chair of the Brackley Market Traders' Association",)),
        _said("f", "Oren Salt", ("chair of the Brackley Cycle Forum",)),
    ]
    assert not _one_side(items, "c", "t")
    assert not _one_side(items, "c", "f")


def test_a_council_officer_speaks_for_the_council_of_the_same_report() -> None:
    items = [
        _said("c", "Crowle District Council", kind="organization"),
        _said("n", "Nils Orme", ("the council's cabinet member for housing",)),
    ]
    assert _one_side(items, "c", "n")


def test_two_officers_of_councils_of_two_reports_are_two_sides() -> None:
    """ "the council's cabinet member" in one report, the leader of another town's council in
    another: a word for a kind of body names no one body across stories."""
    items = [
        _said("c", "Crowle District Council", kind="organization", article="a2"),
        _said("w", "Wenna Pike", ("leader of Crowle District Council",), article="a2"),
        _said("n", "Nils Orme", ("the council's cabinet member for housing",)),
    ]
    assert _one_side(items, "c", "w")
    assert not _one_side(items, "n", "w")


def test_a_title_ties_no_one() -> None:
    items = [_said("r", "Cllr Ravi Odell"), _said("m", "Mona Stroud", ("Cllr", "its chair"))]
    assert not _one_side(items, "r", "m")


def test_a_company_and_its_spokeswoman_are_still_one_side() -> None:
    items = [
        _said("h", "Halvorsen Paper Co.", kind="organization"),
        _said("d", "Diane Castellane", ("Halvorsen spokeswoman",), article="a2"),
    ]
    assert _one_side(items, "h", "d")
