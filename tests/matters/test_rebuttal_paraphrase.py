"""A rebuttal names its owner's claim in other words than the owner's: "Quill rejected
Vesey's claim that ferries were being delayed", after Vesey's "Ferries are being held back at
the harbour mouth every night" (:mod:`onrecord.matters.rebuttal_paraphrase`). The story
is invented: the ferries of Pellworth."""

from __future__ import annotations

from onrecord.matters.claims import Item
from onrecord.matters.rebuttals import find_rebuttals

from .builders import placed

# (key, speaker, sentence, content, cue, roles)
Said = tuple[str, str, str, str, str | None, tuple[str, ...]]


def _article(*said: Said, article: str = "a1", date: str = "2031-02-03") -> list[Item]:
    out, at = [], 0
    for key, speaker, sentence, content, cue, roles in said:
        st = placed(key, speaker, sentence, content, cue, at, roles=roles, date=date)
        out.append(Item.of(st, article=article))
        at += len(sentence) + 2
    return out


def _links(items: list[Item], texts: dict[str, str] | None = None) -> list[tuple[str, str]]:
    return sorted((c.a.statement, c.b.statement) for c in find_rebuttals(items, [], texts))


_HELD = "Ferries are being held back at the harbour mouth every night"
_VESEY: Said = ("o", "Lorcan Vesey", f'"{_HELD}," said Lorcan Vesey.', _HELD, "said",
                ("the council's cabinet member for safety",))  # fmt: skip
_CLAIM = "Vesey's claim that ferries were being delayed"
_QUILL: Said = ("c", "Petra Quill", f"Petra Quill rejected {_CLAIM}.", _CLAIM, "rejected",
                ("chair of the Pellworth Cycle Forum",))  # fmt: skip
_CREWS = "The crews have never reported a problem"
_REPLY: Said = ("r", "Petra Quill", f'"{_CREWS}," she said.', _CREWS, "said", ())
# a third speaker between the claim and its rebuttal: the claim is not the one set just
# before the rebuttal (:mod:`onrecord.matters.set_before`)
_PIER = "The new pier will open in June"
_BETWEEN: Said = ("x", "Duncan Fell", f'"{_PIER}," said Duncan Fell.', _PIER, "said", ())


def test_the_owners_earlier_words_of_the_claims_things_are_what_it_rebuts() -> None:
    """ "delayed" is not "held back", and "ferries" is all the two share: the owner's
    earlier statement of them is the claim rebutted."""
    links = _links(_article(_VESEY, _BETWEEN, _QUILL, _REPLY))
    assert [b for _, b in links] == ["o"]


def test_an_owner_who_never_spoke_of_the_claims_things_is_not_rebutted() -> None:
    """Vesey spoke only of the station's opening: the claim rebutted is not in the article."""
    opens = "The new station will open in May"
    other: Said = ("o", "Lorcan Vesey", f'"{opens}," said Lorcan Vesey.', opens, "said", ())
    assert _links(_article(other, _BETWEEN, _QUILL, _REPLY)) == []


def test_a_thing_of_the_owners_is_not_their_words() -> None:
    """ "rejected Vesey's bid for the depot contract": a bid turned down, no claim named."""
    bid = "Vesey's bid for the depot contract"
    turned: Said = ("c", "Petra Quill", f"Petra Quill rejected {bid}.", bid, "rejected", ())
    assert _links(_article(_VESEY, turned, _REPLY)) == []


def test_the_owners_words_in_an_earlier_report_are_left_alone() -> None:
    """One word shared with words of weeks before is too little: "there will be no extension
    without a tender" is no claim that "the extension would save money"."""
    tender = "There will be no extension without a full tender"
    owner: Said = ("o", "Omar Reddin", f'"{tender}," said Omar Reddin.', tender, "said", ())
    claim = "Reddin's claim that the extension would save money"
    rebut: Said = ("c", "Petra Quill", f"Petra Quill rejected {claim}.", claim, "rejected", ())
    earlier = _article(owner, article="a0", date="2031-01-20")
    later = _article(rebut, _REPLY, article="a1", date="2031-02-03")
    texts = {"a0": "Bins in Pellworth", "a1": "Recycling in Pellworth"}
    assert _links(earlier + later, texts) == []


def test_of_two_bodies_officers_the_one_the_claim_names_is_rebutted() -> None:
    """ "the council's claim": the council's officer, not the cycle forum's chair who spoke of
    ferries too."""
    orme: Said = ("o", "Brid Orme", f'"{_HELD}," said Brid Orme.', _HELD, "said",
                  ("the council's cabinet member for roads",))  # fmt: skip
    slow = "Ferries are no slower than before"
    forum: Said = ("f", "Oren Salt", f'"{slow}," said Oren Salt.', slow, "said",
                   ("chair of the Pellworth Cycle Forum",))  # fmt: skip
    claim = "the council's claim that ferries were being delayed"
    rebut: Said = ("c", "Petra Quill", f"Petra Quill rejected {claim}.", claim, "rejected", ())
    assert [b for _, b in _links(_article(orme, forum, _BETWEEN, rebut, _REPLY))] == ["o"]


def test_the_owners_words_on_another_subject_are_not_the_claim() -> None:
    """The owner's statement opens on bus cuts and speaks of ferries only after: it is
    not the claim that ferries were being delayed."""
    cuts = "The bus cuts have nothing to do with the roadworks. Ferries were always slow"
    owner: Said = ("o", "Lorcan Vesey", f'"{cuts}," said Lorcan Vesey.', cuts, "said", ())
    assert _links(_article(owner, _BETWEEN, _QUILL, _REPLY)) == []


def _reported(held: str, a0: str) -> list[tuple[str, str]]:
    """Vesey's words ``held`` in an earlier report (titled ``a0``), then in Pellworth a rebuttal
    of his claim that ferries were being delayed at the harbour."""
    owner: Said = ("o", "Lorcan Vesey", f'"{held}," said Lorcan Vesey.', held, "said", ())
    claim = "Vesey's claim that ferries were being delayed at the harbour"
    rebut: Said = ("c", "Petra Quill", f"Petra Quill rejected {claim}.", claim, "rejected", ())
    earlier = _article(owner, article="a0", date="2031-01-20")
    later = _article(rebut, _REPLY, article="a1", date="2031-02-03")
    texts = {"a0": a0, "a1": "Cyclists in Pellworth answer the council"}
    return _links(earlier + later, texts)


def test_an_earlier_report_of_two_of_the_claims_things_is_the_claim() -> None:
    held = "Ferries are being held back outside the harbour every night"
    assert [b for _, b in _reported(held, "Road works at Pellworth harbour")] == ["o"]


def test_an_earlier_report_of_another_story_is_not_searched() -> None:
    held = "Ferries are being held back outside the harbour every night"
    assert _reported(held, "Road works at Cowrie Sands harbour") == []


def test_an_earlier_report_of_one_of_the_claims_things_is_not_the_claim() -> None:
    held = "Ferries are being repainted over the winter"
    assert _reported(held, "Road works at Pellworth harbour") == []
