"""Which of a speaker's several statements a bridge answers ("Quenby said that was not the
case.", then her words): the one that shares most words with the answer; of those that share
as many, the speaker's quoted words, those of the paragraph right before the bridge, and of
them the first, which state the turn's claim while the words after them bear it out
(:mod:`onrecord.matters.answers`). The stories are invented: a crash at Pellingham Cross and
a fire in a flat on Ostler Row."""

from __future__ import annotations

from onrecord.matters.answer_pairs import with_answers

from .builders import Said, paragraphs_of


def _links(*paragraphs: tuple[Said, ...]) -> list[tuple[str, str]]:
    items, texts = paragraphs_of(*paragraphs)
    return sorted((c.a.statement, c.b.statement) for c in with_answers([], items, texts))


def _quote(key: str, speaker: str, words: str, tail: str = "he said.") -> Said:
    return (key, speaker, f'"{words}," {tail}', words, "said")


_DARK = "The crossing was pitch dark when the van hit her"
_PHONE = "I had to hold up my phone to find her"
_TURN = (
    _quote("dark", "Aldo Verrick", _DARK),
    ("phone", "Aldo Verrick", f'"{_PHONE}."', _PHONE, None),
)
_LAMPS = "Every lamp there was working that night"
_ANSWER = (
    (
        "b",
        "Moira Quenby",
        "Moira Quenby, the council's head of roads, said that was not the case.",
        "was not the case",
        "said",
    ),
    _quote("lamps", "Moira Quenby", _LAMPS, "she said."),
)


def test_a_turns_first_quoted_words_are_what_a_bridge_answers() -> None:
    """No word of the answer is in either quote: the first states the claim ("pitch dark"),
    the second bears it out ("hold up my phone")."""
    assert _links(_TURN, _ANSWER) == [("lamps", "dark")]


def test_the_words_the_answer_shares_still_choose_the_claim() -> None:
    """A later quote that the answer speaks of, word for word, is the claim answered."""
    van = "The van was doing forty along the crossing"
    turn = (*_TURN, ("van", "Aldo Verrick", f'"{van}."', van, None))
    slower = "No van on that crossing goes above twenty, and that van was doing twelve"
    answer = (_ANSWER[0], _quote("slower", "Moira Quenby", slower, "she said."))
    assert _links(turn, answer) == [("slower", "van")]


def test_of_claims_as_near_the_answer_those_of_the_paragraph_before_it() -> None:
    """A turn over two paragraphs: the quote of the first shares as many words with the
    answer as the one right before the bridge, which is what the bridge answers."""
    safe = "Our heaters are safe, and not one has ever caught fire"
    cause = "The fire at the flat started in a cheap plug bought online"
    first = (_quote("safe", "Tam Brodie", safe),)
    second = (
        ("cause", "Tam Brodie", "Brodie said the blaze had another cause.",
         "the blaze had another cause", "said"),
        _quote("plug", "Tam Brodie", cause),
    )  # fmt: skip
    only = "I only used the plug that came in the box with the heater"
    answer = (
        (
            "b",
            "Jory Pascoe",
            "Jory Pascoe, who rents the flat, said that was untrue.",
            "was untrue",
            "said",
        ),
        _quote("own", "Jory Pascoe", only),
    )
    assert _links(first, second, answer) == [("own", "plug")]
