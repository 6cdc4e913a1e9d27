"""A claim called false right after it is told: "Quill said the hall was sold.", then "Ardent
said that was untrue." (:mod:`onrecord.matters.answers`). The story is invented: the
sale of a village hall at Tansley Cross."""

from __future__ import annotations

from dataclasses import replace

from onrecord.matters import analyze_items
from onrecord.matters.answer_pairs import with_answers
from onrecord.matters.claims import Item

from .builders import placed

# (key, speaker, sentence, content, cue)
Said = tuple[str, str, str, str, str | None]


def _article(*said: Said) -> list[Item]:
    """The statements of one article, each sentence after the one before (with a paragraph
    break); a sentence of no statement (key "") only takes its place."""
    out, at = [], 0
    for key, speaker, sentence, content, cue in said:
        st = placed(key, speaker, sentence, content, cue, at)
        if key:
            out.append(Item.of(st, article="a1"))
        at += len(sentence) + 2
    return out


def _links(items: list[Item]) -> list[tuple[str, str]]:
    """(the rebutting statement, the claim) of each pair the verdicts add."""
    return sorted((c.a.statement, c.b.statement) for c in with_answers([], items))


_SOLD = "The parish council has sold the village hall to a builder"
_CLAIM: Said = ("c", "Norma Quill", f'"{_SOLD}," said Norma Quill.', _SOLD, "said")
_KEPT = "The hall belongs to the village and no builder has bought it"
_ANSWER: Said = ("r", "Piers Ardent", f'"{_KEPT}," he said.', _KEPT, "said")


def _verdict(words: str = "was untrue", speaker: str = "Piers Ardent") -> Said:
    return ("v", speaker, f"Ardent said that {words}.", words, "said")


def test_a_claim_called_untrue_right_after_it_is_told_is_rebutted() -> None:
    """The verdict's speaker's next words contradict the claim, the verdict their cue."""
    (found,) = with_answers([], _article(_CLAIM, _verdict(), _ANSWER))
    assert (found.a.statement, found.b.statement, found.kind) == ("r", "c", "contradiction")
    assert found.cue == "said that was untrue"


def test_a_verdict_with_no_words_after_it_rebuts_the_claim() -> None:
    (found,) = with_answers([], _article(_CLAIM, _verdict()))
    assert (found.a.statement, found.b.statement, found.kind) == ("v", "c", "rebuttal")


def test_other_words_for_false() -> None:
    for words in ("was not true", "was simply wrong", "was false", "is nonsense",
                  "was not the case"):  # fmt: skip
        assert _links(_article(_CLAIM, _verdict(words), _ANSWER)) == [("r", "c")], words


def test_of_two_claims_told_before_the_one_the_answer_speaks_of() -> None:
    """Quill told two things just before; Ardent's next words speak of the hall's sale."""
    parking = "The car park will be closed on Sundays"
    second: Said = ("p", "Norma Quill", f'"{parking}," she added.', parking, "added")
    assert _links(_article(_CLAIM, second, _verdict(), _ANSWER)) == [("r", "c")]
    # with no words after the verdict, the claim told last
    assert _links(_article(_CLAIM, second, _verdict())) == [("v", "p")]


def test_a_verdict_on_words_that_assert_nothing_rebuts_no_earlier_claim() -> None:
    """ "That" is what was told right before the verdict: words that assert nothing (a hedge)
    leave it nothing to call false, and the claim told before them is not what it judges."""
    hedge = "The council might sell the car park as well"
    maybe: Said = ("m", "Norma Quill", f'"{hedge}," she added.', hedge, "added")
    assert _links(_article(_CLAIM, maybe, _verdict())) == []
    # words after the verdict still say which claim it answers
    assert _links(_article(_CLAIM, maybe, _verdict(), _ANSWER)) == [("r", "c")]


def test_ones_own_words_called_wrong_are_owned_up_to() -> None:
    """Ardent calling his own words just before wrong owns up: no rebuttal."""
    own: Said = ("o", "Piers Ardent", f'"{_SOLD}," said Piers Ardent.', _SOLD, "said")
    assert _links(_article(own, _verdict("was wrong"))) == []


def test_an_accusation_nobody_is_quoted_making_is_not_linked() -> None:
    """Quill spoke earlier, then the article tells an accusation in its own words: the verdict
    answers that, not Quill."""
    told = ("", "", "Villagers have accused the council of selling the hall in secret.", "selling",
            None)  # fmt: skip
    assert _links(_article(_CLAIM, told, _verdict(), _ANSWER)) == []


def test_a_that_clause_called_false_is_no_verdict_on_the_claim_before() -> None:
    """ "said that the rumour was false" names what it calls false."""
    clause = "the rumour was false"
    named: Said = ("v", "Piers Ardent", f"Ardent said that {clause}.", clause, "said")
    assert _links(_article(_CLAIM, named)) == []


def test_a_claim_called_true_is_not_rebutted() -> None:
    assert _links(_article(_CLAIM, _verdict("was true"))) == []


def test_a_pair_already_found_keeps_its_kind_and_takes_the_verdict_as_cue() -> None:
    items = _article(_CLAIM, _verdict(), _ANSWER)
    (first,) = with_answers([], items)
    known = replace(first, kind="contradiction", cue=None, confidence=0.7)
    (kept,) = with_answers([known], items)
    assert (kept.kind, kept.confidence, kept.cue) == ("contradiction", 0.7, "said that was untrue")


def test_a_pair_of_the_two_speakers_that_holds_the_claim_stands_as_it_was() -> None:
    """The claim already set against another of Ardent's statements: that pair stands, and
    the verdict adds none of its own; it marks its own pair, so lends that one no cue (on the
    study sets the cue so lent raised a false report above 0.7)."""
    items = _article(_CLAIM, _verdict(), _ANSWER)
    (first,) = with_answers([], items)
    earlier = replace(first, a=replace(first.a, statement="e"), kind="contradiction", cue=None)
    (kept,) = with_answers([earlier], items)
    assert (kept.a.statement, kept.cue) == ("e", None)


def _denial(sentence: str, pronoun: str = "that", cue: str = "rejected") -> Said:
    return ("v", "Piers Ardent", sentence, pronoun, cue)


def test_a_denial_of_that_right_after_the_claim_rebuts_it() -> None:
    """ "Ardent rejected that." names no claim of its own: it answers the one told just
    before, and his next words are the other side. With no words after it, it says nothing
    a reader could weigh: no pair."""
    (found,) = with_answers([], _article(_CLAIM, _denial("Ardent rejected that."), _ANSWER))
    assert (found.a.statement, found.b.statement, found.kind) == ("r", "c", "contradiction")
    assert found.cue == "rejected that"
    assert _links(_article(_CLAIM, _denial("Ardent rejected that."))) == []


def test_other_denials_of_what_was_just_said() -> None:
    for sentence, pronoun, cue in (
        ("Ardent again dismissed that.", "that", "dismissed"),
        ("Ardent disputed this.", "this", "disputed"),
        ("Ardent denied it.", "it", "denied"),
        ("Ardent again dismissed that.", "that", "again dismissed"),  # the cue holds "again"
        ("Ardent flatly denied it.", "it", "flatly denied"),
    ):
        said = _article(_CLAIM, _denial(sentence, pronoun, cue), _ANSWER)
        assert _links(said) == [("r", "c")], sentence


def test_what_must_not_read_as_a_denial_of_the_claim_before() -> None:
    """An offer is rejected as often as words ("rejected it"), a denial not made concedes
    ("did not dispute that"), and one's own words just before are owned up to or not, never
    rebutted."""
    for sentence, pronoun, cue in (
        ("Ardent rejected it.", "it", "rejected"),
        ("Ardent did not dispute that.", "that", "dispute"),
        ("Ardent did not dispute that.", "that", "not dispute"),
        ("Nobody disputed that.", "that", "disputed"),
        ("Ardent said that.", "that", "said"),
        ("Ardent rejected that, and the clerk agreed.", "that", "rejected"),
    ):
        assert _links(_article(_CLAIM, _denial(sentence, pronoun, cue), _ANSWER)) == [], sentence
    own: Said = ("o", "Piers Ardent", f'"{_SOLD}," said Piers Ardent.', _SOLD, "said")
    assert _links(_article(own, _denial("Ardent rejected that."), _ANSWER)) == []


def test_a_verdict_is_as_sure_as_it_will_be_shown() -> None:
    """The confidence a verdict's pair is made with is the one :mod:`.confidence` gives it,
    so the reader sees what the docs say (0.9 for a rebuttal in one article)."""
    for said in (_article(_CLAIM, _verdict()), _article(_CLAIM, _verdict(), _ANSWER)):
        (made,) = with_answers([], said)
        (shown,) = analyze_items(said)[1]
        assert (shown.a.statement, shown.b.statement) == (made.a.statement, made.b.statement)
        assert made.confidence == shown.confidence
        assert made.factors == shown.factors
    (rebuttal,) = with_answers([], _article(_CLAIM, _verdict()))
    assert rebuttal.confidence == 0.9
