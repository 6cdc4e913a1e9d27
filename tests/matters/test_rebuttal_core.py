"""A denial that names no owner ("denied that the college had backed down under pressure from
parents") answers the statement told before with the claim's subject, its event the same way
round and one more of its things, whatever else the reporter's words add
(:mod:`onrecord.matters.rebuttal_core`). The stories are invented: a sixth-form college at
Thornwick, and a lake rescue crew at Caldmere."""

from __future__ import annotations

from onrecord.matters.claims import Item
from onrecord.matters.rebuttals import find_rebuttals

from .builders import placed

# (key, speaker, sentence, content, cue)
Said = tuple[str, str, str, str, str | None]


def _article(*said: Said, article: str = "a1", date: str = "2031-02-03") -> list[Item]:
    out, at = [], 0
    for key, speaker, sentence, content, cue in said:
        st = placed(key, speaker, sentence, content, cue, at, date=date)
        out.append(Item.of(st, article=article))
        at += len(sentence) + 2
    return out


def _links(items: list[Item], texts: dict[str, str] | None = None) -> list[tuple[str, str]]:
    return sorted((c.a.statement, c.b.statement) for c in find_rebuttals(items, [], texts))


def _quote(key: str, speaker: str, words: str) -> Said:
    return (key, speaker, f'"{words}," said {speaker}.', words, "said")


_DENIED = "the college had backed down under pressure from parents"
_DENIAL: Said = ("d", "Tobias Wren", f"Tobias Wren denied that {_DENIED}.", _DENIED, "denied")
_PIER = "The new pier will open in June"
_BETWEEN = _quote("x", "Duncan Fell", _PIER)


def test_the_claims_subject_and_verb_told_before_are_what_a_denial_answers() -> None:
    """ "backed down because it knows it would lose the appeal": the reason differs, the
    claim that the college backed down is the parent's."""
    said = _quote("o", "Ines Calder", "The college has backed down because it knows it would "
                  "lose the appeal")  # fmt: skip
    assert _links(_article(said, _BETWEEN, _DENIAL)) == [("d", "o")]


def test_the_claims_core_in_an_earlier_report_of_the_story() -> None:
    """ "our fuel" weeks before is "the crew's fuel bills" in the denial."""
    words = "The water board has stopped paying for our fuel"
    said = (*_quote("o", "Rhian Mostyn", words)[:4], "said")
    denied = "the board had stopped paying the crew's fuel bills"
    denial: Said = ("d", "Elspeth Garrow", f"Elspeth Garrow denied that {denied}.", denied,
                    "denied")  # fmt: skip
    earlier = _article(said, article="a0", date="2031-01-12")
    later = _article(_BETWEEN, denial, article="a1", date="2031-02-03")
    texts = {"a0": "The rescue crew at Caldmere is short of fuel.",
             "a1": "The water board at Caldmere answers its critics."}  # fmt: skip
    assert _links(earlier + later, texts) == [("d", "o")]


def test_the_subject_and_verb_alone_are_not_the_claim() -> None:
    """ "The college has backed the new timetable": another thing the college backed."""
    said = _quote("o", "Ines Calder", "The college has backed the new timetable")
    assert _links(_article(said, _BETWEEN, _DENIAL)) == []


def test_another_subject_is_another_claim() -> None:
    """ "The parents have backed down": the same verb, of the parents, not the college."""
    said = _quote("o", "Ines Calder", "The parents have backed down over the fees")
    assert _links(_article(said, _BETWEEN, _DENIAL)) == []


def test_the_claim_the_other_way_round_is_the_deniers_side() -> None:
    said = _quote("o", "Ines Calder", "The college has not backed down under any pressure")
    assert _links(_article(said, _BETWEEN, _DENIAL)) == []


def test_words_told_after_the_denial_are_no_claim_it_answers() -> None:
    said = _quote("o", "Ines Calder", "The college has backed down because it knows it would "
                  "lose the appeal")  # fmt: skip
    assert _links(_article(_DENIAL, _BETWEEN, said)) == []


def test_a_thing_the_statement_denies_is_not_held() -> None:
    """ "met the parents, not the governors" is no claim that it "had met the governors"."""
    denied = "the college had met with the governors"
    denial: Said = ("d", "Tobias Wren", f"Tobias Wren denied that {denied}.", denied, "denied")
    said = _quote("o", "Ines Calder", "The college has met with the parents, not the governors")
    assert _links(_article(said, _BETWEEN, denial)) == []
