"""A denial that names no owner answers the words told in the sentence right before it:
"'Dunmere Parish Council refused to give the lifeboat crew a penny,' said Mirela Tansey.
Osric Penlow, leader of Dunmere Parish Council, denied that the parish council had turned
down a plea for help." (:func:`onrecord.matters.rebuttal_adjacent.adjacent_denied`). The
claim's things name the denier's own body, which the reporter's claim set further back may
not count on; told at once, the two sentences are one exchange. The story is invented."""

from __future__ import annotations

from onrecord.matters.rebuttals import find_rebuttals

from .builders import Said, paragraphs_of

_PENNY = "Dunmere Parish Council refused to give the lifeboat crew a penny"
_CLAIM: Said = ("o", "Mirela Tansey", f'"{_PENNY}," said Mirela Tansey.', _PENNY, "said")
_PLEA = "the parish council had turned down a plea for help"
_DENIAL: Said = (
    "d", "Osric Penlow",
    f"Osric Penlow, leader of Dunmere Parish Council, denied that {_PLEA}.", _PLEA, "denied",
)  # fmt: skip


def _targets(*paragraphs: tuple[Said, ...]) -> list[tuple[str, str]]:
    items, texts = paragraphs_of(*paragraphs)
    found = find_rebuttals(items, [], texts)
    return sorted((c.a.statement, c.b.statement) for c in found)


def test_the_words_just_before_a_denial_are_what_it_denies() -> None:
    """ "refused to give a penny" and "turned down a plea" name no one event, and the words
    they share name the denier's council; but the denial follows the words at once."""
    assert _targets((_CLAIM, _DENIAL)) == [("d", "o")]


def test_a_sentence_between_breaks_the_exchange() -> None:
    """A sentence of the reporter's between the two: the denial may answer something else."""
    aside: Said = ("", "", "The crew has raised 9,000 pounds since March.", "", None)
    assert _targets((_CLAIM, aside, _DENIAL)) == []


def test_words_on_another_thing_are_not_the_claim_denied() -> None:
    """The words before share one of the claim's words at most: another point."""
    slip = "The slipway at Dunmere needs a new winch"
    other: Said = ("o", "Mirela Tansey", f'"{slip}," said Mirela Tansey.', slip, "said")
    assert _targets((other, _DENIAL)) == []


def test_words_the_other_way_round_are_not_the_claim() -> None:
    """Words before that deny the claim's own event ("never turned down") are the denier's
    side, not the claim."""
    never = "The parish council never turned down a plea for help from the crew"
    agree: Said = ("o", "Mirela Tansey", f'"{never}," said Mirela Tansey.', never, "said")
    assert _targets((agree, _DENIAL)) == []


def test_the_deniers_own_words_before_are_not_the_claim() -> None:
    """The denier's own words right before are no other speaker's claim."""
    own = "The parish council gave the lifeboat crew a grant in May"
    mine: Said = ("m", "Osric Penlow", f'"{own}," said Osric Penlow.', own, "said")
    assert _targets((mine, _DENIAL)) == []
