"""Which of the target's statements a rebuttal answers (:mod:`onrecord.matters.rebuttal_choice`):
the one that states the claim the rebuttal names, in its owner's own words when they name the
claim's things with another verb. The stories are invented: a depot at Pellbury, a marina at
Quayle, a planning committee at Vell."""

from __future__ import annotations

from onrecord.matters.claims import Item, parse_claim
from onrecord.matters.rebuttal_choice import holds_things
from onrecord.matters.rebuttals import find_rebuttals
from onrecord.models import SpeakerType

from .builders import placed

# (key, speaker, sentence, content, cue)
Said = tuple[str, str, str, str, str | None]


def _article(*said: Said, bodies: tuple[str, ...] = ()) -> list[Item]:
    """The statements of one article, each sentence after the one before."""
    out, at = [], 0
    for key, speaker, sentence, content, cue in said:
        kind: SpeakerType = "organization" if speaker in bodies else "person"
        st = placed(key, speaker, sentence, content, cue, at, kind=kind)
        out.append(Item.of(st, article="a1"))
        at += len(sentence) + 2
    return out


def _links(items: list[Item]) -> list[tuple[str, str]]:
    return sorted((c.a.statement, c.b.statement) for c in find_rebuttals(items, []))


_ACCOUNT = "the closure had more to do with buses than safety"
_QUOTE = "The council wants the depot shut so it can widen the road for the new bus lane"
_DISMISSED = "Gerald Amos dismissed Pryor's claim that the closure was about widening the road."
_CLAIM = "the closure was about widening the road"


def _depot(quote: str = _QUOTE) -> list[Item]:
    return _article(
        ("p", "Nadia Pryor", f"Nadia Pryor said {_ACCOUNT}.", _ACCOUNT, "said"),
        ("q", "Nadia Pryor", f'"{quote}," she said.', quote, "said"),
        ("r", "Gerald Amos", _DISMISSED, _CLAIM, "dismissed Pryor's claim"),
        ("s", "Gerald Amos", '"This has nothing to do with the bus lane," he said.',
         "This has nothing to do with the bus lane", "said"),
    )  # fmt: skip


def test_the_owners_own_words_of_the_claims_things_are_the_target() -> None:
    """Pryor's own words name what the claim is about (widening the road) with another verb;
    the reporter's account of her shares only the claim's event word ("closure"): the quote is
    the statement that states the claim."""
    assert ("r", "q") in _links(_depot()) or ("s", "q") in _links(_depot())
    assert not {("r", "p"), ("s", "p")} & set(_links(_depot()))


def test_the_owners_words_of_one_thing_of_the_claim_do_not_state_it() -> None:
    """A quote that shares one thing of the claim ("the road") is not the claim in other words:
    the reporter's account, of the claim's event, stays the target."""
    quote = "The road outside the depot is the busiest in Pellbury"
    links = set(_links(_depot(quote)))
    assert not {("r", "q"), ("s", "q")} & links


def test_words_of_the_claims_things_in_one_plain_clause_state_it() -> None:
    """The claim's things in one clause that denies nothing state it, with another verb; split
    over two clauses, or in a denial, they do not."""
    claim = parse_claim("the extension would save money")
    held = "Extending the contract keeps money in the council's extension fund"
    assert holds_things(parse_claim(held), claim)
    split = "There will be an extension. Residents deserve value for money"
    assert not holds_things(parse_claim(split), claim)
    denied = "There will be no extension that wastes money"
    assert not holds_things(parse_claim(denied), claim)


def test_a_quote_after_the_rebuttal_is_a_reply_not_the_claim() -> None:
    """Pryor's words after the rebuttal restate the claim's things, but they answer it; the
    claim the rebuttal names is what was said before it."""
    later = "I stand by it: they want the road widened for the new bus lane"
    items = _article(
        ("p", "Nadia Pryor", f"Nadia Pryor said {_ACCOUNT}.", _ACCOUNT, "said"),
        ("r", "Gerald Amos", _DISMISSED, _CLAIM, "dismissed Pryor's claim"),
        ("z", "Nadia Pryor", f'"{later}," she said.', later, "said"),
    )
    assert ("r", "z") not in _links(items)


def test_a_cue_of_another_sense_links_nothing() -> None:
    """A cue word of another sense ("rejected the bid", "denied planning permission",
    "disputed land"): a committee's act or a quarrel over a thing, not a rebuttal of anyone's
    words, though the developer spoke."""
    items = _article(
        ("d", "Odile Farrant", "Odile Farrant said the scheme would bring jobs to Vell.",
         "the scheme would bring jobs to Vell", "said"),
        ("c", "planning committee", "The planning committee rejected the bid from Harlow Homes.",
         "the bid from Harlow Homes", "rejected"),
        ("e", "Bram Essien", "Bram Essien denied planning permission to Harlow Homes.",
         "planning permission to Harlow Homes", "denied"),
        ("f", "Jude Pallister", "Jude Pallister disputed land at the edge of the site.",
         "land at the edge of the site", "disputed"),
        bodies=("planning committee",),
    )  # fmt: skip
    assert _links(items) == []
