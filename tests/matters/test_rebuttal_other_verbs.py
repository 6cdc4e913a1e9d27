"""A rebuttal names its owner's claim with another verb than the owner's: "Ostrander
rejected Renn's claim that waiting times would not suffer", after Renn's "Waiting times at the
clinic will not get any worse" (:func:`onrecord.matters.rebuttal_paraphrase.paraphrased_before`
when the owner's statement holds every thing the claim names). The story is invented: the
clinic of Harrowfield."""

from __future__ import annotations

from onrecord.matters.claims import Item
from onrecord.matters.rebuttals import find_rebuttals

from .builders import placed

# (key, speaker, sentence, content, cue)
Said = tuple[str, str, str, str, str | None]


def _links(owner: Said, *said: Said) -> list[tuple[str, str]]:
    """The rebuttals read when ``owner`` spoke in an earlier report of the story (both
    articles name Harrowfield) and ``said`` is told in a later one."""
    items, texts = [], {}
    for article, date, told in (("a0", "2031-01-10", (owner,)), ("a1", "2031-02-03", said)):
        at, body = 0, ""
        for key, speaker, sentence, content, cue in told:
            st = placed(key, speaker, sentence, content, cue, at, date=date)
            items.append(Item.of(st, article=article))
            body += sentence + "\n\n"
            at += len(sentence) + 2
        texts[article] = f"\nThe clinic at Harrowfield. {body}"
    return sorted((c.a.statement, c.b.statement) for c in find_rebuttals(items, [], texts))


def _owner(words: str) -> Said:
    return ("o", "Tobiah Renn", f'"{words}," said Tobiah Renn.', words, "said")


def _rebuttal(claim: str) -> Said:
    named = f"Renn's claim that {claim}"
    return ("c", "Delia Ostrander", f"Delia Ostrander rejected {named}.", named, "rejected")


def test_the_owners_words_of_every_thing_the_claim_names_are_what_it_rebuts() -> None:
    """ "suffer" is not "get worse", but "waiting" and "times" are all the claim names
    besides its verb, and Renn's words of the week before hold both: the claim rebutted."""
    said = "Waiting times at the clinic will not get any worse"
    links = _links(_owner(said), _rebuttal("waiting times would not suffer"))
    assert links == [("c", "o")]


def test_the_owners_words_of_only_some_of_the_claims_things_are_another_claim() -> None:
    """Renn spoke of waiting lists, not waiting times: another claim about the clinic."""
    said = "Waiting lists at the clinic will not get any worse"
    assert _links(_owner(said), _rebuttal("waiting times would not suffer")) == []


def test_a_claim_of_one_thing_needs_its_own_verb() -> None:
    """ "the clinic would not suffer" names one thing: Renn's "the clinic will not close"
    is another claim about it."""
    said = "The clinic will not close this winter"
    assert _links(_owner(said), _rebuttal("the clinic would not suffer")) == []
