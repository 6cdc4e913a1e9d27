"""Which claim of a turn an answer's figure answers ("Tolver said the trust's own plans
showed otherwise.", then his words): of claims that share as many words with the answer,
the one that gives a figure of the measure the answer gives one of (metres and metres, not
metres and beds) (:mod:`onrecord.matters.measured_answers`). The story is invented: a
hospital wing at Cob Lane."""

from __future__ import annotations

from onrecord.matters.answer_pairs import with_answers

from .builders import Said, paragraphs_of


def _links(*paragraphs: tuple[Said, ...]) -> list[tuple[str, str]]:
    items, texts = paragraphs_of(*paragraphs)
    found = with_answers([], items, texts)
    pairs = [(c.a.statement, c.b.statement) for c in found]
    return sorted((min(p), max(p)) for p in pairs)


def _quote(key: str, speaker: str, words: str, tail: str) -> Said:
    return (key, speaker, f'"{words}," {tail}', words, "said")


_BEDS = "The new wing will have 60 beds, and no more"
_HOMES = "The nearest home is 300 metres from the site"
_TURN = (
    _quote("beds", "Odile Barraclough", _BEDS, "she said."),
    ("homes", "Odile Barraclough", f'"{_HOMES}."', _HOMES, None),
)
_BRIDGE = (
    "",
    "Hamish Tolver",
    "Hamish Tolver, who chairs the residents' group, said the trust's own plans showed otherwise.",
    "",
    None,
)


def test_the_claim_of_the_answers_measure_is_what_it_answers() -> None:
    near = "The beds will be 90 metres from the gardens on Cob Lane"
    assert _links(_TURN, (_BRIDGE, _quote("near", "Hamish Tolver", near, "he said."))) == [
        ("homes", "near")
    ]


def test_a_figure_of_another_measure_leaves_the_first_claim() -> None:
    high = "The beds will be 9 storeys above the gardens on Cob Lane"
    assert _links(_TURN, (_BRIDGE, _quote("high", "Hamish Tolver", high, "he said."))) == [
        ("beds", "high")
    ]
