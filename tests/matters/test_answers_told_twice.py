"""What an answer sentence answers when a claim is told twice, and when its cue is no
answer at all (:mod:`onrecord.matters.answers`).

News tells a claim first in the reporter's words, then in the speaker's own, in one
paragraph ("Fenwick said the tenants had been left without heating. 'Not one tenant has had
a working boiler since May,' she said."): one claim, and the quote is what a reader checks,
so a bridge ("Harrowgate said that was not true.") answers the quote, not the lead-in before
it, even when the lead-in shares more words with the answer. A lead-in told alone, or with
a quote that shares none of its words or stands in the next paragraph, is still answered.
And words such as "said otherwise" inside a speaker's quotation ('"... I would be lying if I
said otherwise."', or in ‘…’) are the speaker's own, not the reporter telling that someone
answers.
The stories are invented: boilers in the flats of Corby Row, and volunteers at the Tansley
food bank."""

from __future__ import annotations

from onrecord.matters.answer_pairs import with_answers

from .builders import Said, paragraphs_of


def _links(*paragraphs: tuple[Said, ...]) -> list[tuple[str, str]]:
    items, texts = paragraphs_of(*paragraphs)
    return sorted((c.a.statement, c.b.statement) for c in with_answers([], items, texts))


def _quote(key: str, speaker: str, words: str, tail: str) -> Said:
    return (key, speaker, f'"{words}," {tail}', words, "said")


_LEAD = "the tenants had been left without heating"
_LEAD_IN: Said = ("lead", "Orla Fenwick", f"Orla Fenwick said {_LEAD}.", _LEAD, "said")
_BOILER = "Not one tenant in Corby Row has had a working boiler since May"
_AGAIN = _quote("again", "Orla Fenwick", _BOILER, "she said.")
_WORD = _quote("word", "Orla Fenwick", "I have written to the minister twice", "she said.")
_FLATS = "Every flat has heating again, and the last repair was done on Friday"
_ANSWER = (
    (
        "b",
        "Dev Harrowgate",
        "Dev Harrowgate, the landlord's manager, said that was not true.",
        "was not true",
        "said",
    ),
    _quote("flats", "Dev Harrowgate", _FLATS, "he said."),
)


def test_a_bridge_answers_the_quote_that_tells_the_lead_in_again() -> None:
    """The lead-in and the quote after it share "tenant": one claim told twice. The lead-in
    shares "heating" with the answer and the quote no word, yet the answer is set against
    the speaker's own words."""
    assert _links((_LEAD_IN, _AGAIN), _ANSWER) == [("flats", "again")]


def test_a_lead_in_told_alone_is_what_a_bridge_answers() -> None:
    """No quote of hers follows the lead-in: it is the claim answered."""
    assert _links((_LEAD_IN,), _ANSWER) == [("flats", "lead")]


def test_a_quote_of_other_words_backs_the_lead_in_up() -> None:
    """The quote after the lead-in shares no word of it: another point, and the lead-in,
    which the answer shares a word with, states the claim."""
    assert _links((_LEAD_IN, _WORD), _ANSWER) == [("flats", "lead")]


def test_a_quote_in_the_next_paragraph_adds_to_the_lead_in() -> None:
    """The same quote, told in a paragraph of its own: it adds to the lead-in."""
    assert _links((_LEAD_IN,), (_AGAIN,), _ANSWER) == [("flats", "lead")]


def test_a_lead_in_followed_by_another_speakers_quote_is_still_answered() -> None:
    """The quote after the lead-in is someone else's: no claim told twice."""
    other = _quote("other", "Pip Mallory", "The heating came back on Tuesday", "he said.")
    links = _links((_LEAD_IN,), (other,), _ANSWER)
    assert ("flats", "lead") not in links  # the claim right before is Mallory's now
    assert ("flats", "other") in links


_TIRED = "The volunteers are worn out"
_CLAIM = _quote("tired", "Mara Quill", _TIRED, "Mara Quill said.")
_STAFF = _quote("staff", "Tobin Ashe", "We have asked the council for two paid staff", "he said.")


def test_said_otherwise_inside_a_quotation_is_no_answer() -> None:
    """The food bank's chair agrees, in his own words: "I would be lying if I said otherwise"
    tells no answer, and his next words answer nothing."""
    mine = "Our volunteers are tired, and I would be lying if I said otherwise"
    agree: Said = ("own", "Tobin Ashe", f'Tobin Ashe said: "{mine}."', mine, "said")
    assert _links((_CLAIM, agree, _STAFF)) == []


def test_said_otherwise_told_by_the_reporter_is_an_answer() -> None:
    """The same words outside the quotation: the reporter tells that Ashe answers."""
    bridge: Said = ("", "", "Tobin Ashe, the food bank's chair, said otherwise.", "", None)
    answer = _quote("fine", "Tobin Ashe", "Our volunteers are doing fine this winter", "he said.")
    assert _links((_CLAIM, bridge, answer)) == [("fine", "tired")]


def test_said_otherwise_inside_curly_single_quotes_is_no_answer() -> None:
    """British copy quotes with ‘…’: the chair's words are his own there too, apostrophes
    inside them ("I’d") and all."""
    mine = "Our volunteers are tired, and I’d be lying if I said otherwise"
    agree: Said = ("own", "Tobin Ashe", f"Tobin Ashe said: ‘{mine}.’", mine, "said")
    assert _links((_CLAIM, agree, _STAFF)) == []


def test_said_otherwise_after_an_apostrophe_is_still_an_answer() -> None:
    """A curly apostrophe ("the volunteers’ chair") opens no quotation: the reporter tells
    that Ashe answers."""
    bridge: Said = ("", "", "Tobin Ashe, the volunteers’ chair, said otherwise.", "", None)
    answer = _quote("fine", "Tobin Ashe", "Our volunteers are doing fine this winter", "he said.")
    assert _links((_CLAIM, bridge, answer)) == [("fine", "tired")]
