"""An adverb right after a cue verb belongs to its verb group, as one before it does (the
guidelines' "she said angrily"); words that link the verb to the sentence or stand for what was
said do not. Invented sentences."""

from __future__ import annotations


def _cues(found, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [c for c, _s, _k in found(text)]


def test_a_manner_adverb_after_a_closing_tag_joins_the_cue(found) -> None:  # type: ignore[no-untyped-def]
    text = '"We are so sorry you are leaving," Mayor Vell said sarcastically.'
    assert found(text) == [("said sarcastically", "Mayor Vell", "We are so sorry you are leaving,")]


def test_an_adverb_between_the_verb_and_its_clause_joins_the_cue(found) -> None:  # type: ignore[no-untyped-def]
    text = "Councillor Dara Quill has said repeatedly that the ferry will run all winter."
    assert found(text) == [
        ("has said repeatedly", "Councillor Dara Quill", "the ferry will run all winter")
    ]


def test_an_adverb_of_time_after_the_verb_joins_the_cue(found) -> None:  # type: ignore[no-untyped-def]
    assert _cues(found, "Quill noted recently that the tolls had doubled.") == ["noted recently"]


def test_so_stands_for_what_was_said_and_stays_out(found) -> None:  # type: ignore[no-untyped-def]
    assert _cues(found, "Ruiz said so in a letter to the board.") == ["said"]


def test_a_linking_adverb_after_the_verb_stays_out(found) -> None:  # type: ignore[no-untyped-def]
    text = "Several harbor pilots suggest however that the tolls will rise in May."
    assert _cues(found, text) == ["suggest"]


def test_an_adverb_of_another_word_stays_out(found) -> None:  # type: ignore[no-untyped-def]
    # "almost" modifies the number, not the saying
    text = "Okafor said almost half of the ferries would be sold."
    assert _cues(found, text) == ["said"]


def test_an_adverb_before_a_phrase_of_setting_stays_out(found) -> None:  # type: ignore[no-untyped-def]
    assert _cues(found, '"It will pass," Okafor said recently in Brindle.') == ["said"]


def test_an_answer_after_the_verb_is_the_content_not_the_cue(found) -> None:  # type: ignore[no-untyped-def]
    found_ = found("Asked if she would run again, Tamsin Hale said no.")
    assert ("said", "Tamsin Hale", "no") in found_


def test_otherwise_stands_for_what_was_said_and_stays_out(found) -> None:  # type: ignore[no-untyped-def]
    text = '"The levy is unfair," Ruiz said, but Okafor said otherwise.'
    assert all("otherwise" not in cue for cue in _cues(found, text))
