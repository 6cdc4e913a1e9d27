"""A rebuttal names its owner by the body a speaker was introduced with: "Petra Lindqvist,
of Harrowfield Fire and Rescue Service, said ...", then "disputed the fire service's finding
that ..." (:mod:`onrecord.matters.affiliations`). The story is invented: a fire at a
laundry in Harrowfield."""

from __future__ import annotations

from onrecord.matters.rebuttals import find_rebuttals, words_by_speaker

from .builders import Said, article_of

_BEGAN = "the fire began in a tumble dryer left running overnight"
_CLAIM = "the fire service's finding that the fire started in the drying room"
_REBUT: Said = ("c", "Anders Quill", f"Anders Quill disputed {_CLAIM}.", _CLAIM, "disputed")


def _owner(intro: str) -> Said:
    return ("o", "Petra Lindqvist", f"Petra Lindqvist, {intro}, said {_BEGAN}.", _BEGAN, "said")


def _targets(*said: Said) -> list[str]:
    items, texts = article_of(*said)
    return sorted(c.b.statement for c in find_rebuttals(items, [], texts))


def test_the_body_a_speaker_is_introduced_with_names_her() -> None:
    """ "of Harrowfield Fire and Rescue Service": the fire service's finding is hers."""
    assert _targets(_owner("of Harrowfield Fire and Rescue Service"), _REBUT) == ["o"]


def test_another_body_or_a_place_names_no_fire_service() -> None:
    """A tenants' association is no fire service, and "from Harrowfield" names where she
    lives, not a body she speaks for."""
    assert _targets(_owner("of Harrowfield Fire and Rescue Service"), _REBUT) == ["o"]
    assert _targets(_owner("of the Harrowfield Tenants' Association"), _REBUT) == []
    assert _targets(_owner("from Harrowfield"), _REBUT) == []


def test_the_body_words_join_the_speakers_words() -> None:
    """The words of the body's name, without the words that join them."""
    items, texts = article_of(_owner("of the Harrowfield Fire and Rescue Service"))
    words = words_by_speaker(items, texts)[items[0].speaker or ""]
    assert {"harrowfield", "fire", "rescue", "service"} <= words
    assert "and" not in words and "the" not in words
    assert "fire" not in words_by_speaker(items)[items[0].speaker or ""]
