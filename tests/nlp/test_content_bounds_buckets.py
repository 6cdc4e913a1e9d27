"""Where a content begins and ends, by the kinds of boundary PolNeAR's annotators draw
differently from a bare parse: a closing participle, the medium it was said in, a quotation a
stance verb does not introduce, a clause the parse cut off, a quotation split by its cue.

Invented sentences; each positive case fails without its rule in ``onrecord.nlp.contents`` or
``onrecord.nlp.spans``, and each negative case guards what the rule must leave alone.
"""

from __future__ import annotations

from onrecord.nlp.attribution import find_attributions

from .conftest import Found


def _content(found: Found, text: str, cue: str) -> str:
    return next(c for k, _, c in found(text) if k == cue)


def _cues(found: Found, text: str) -> list[tuple[str, str]]:
    return [(k, c) for k, _, c in found(text)]


# -- a closing participle: what happened next stays, the speaker's next report goes ----------


def test_closing_consequence_participle_stays(found: Found) -> None:
    text = (
        "The Ortega campaign says it raised more than $2 million in March, bringing its total "
        "for the race to almost $9 million."
    )
    assert _content(found, text, "says") == (
        "it raised more than $2 million in March, bringing its total for the race to almost "
        "$9 million"
    )


def test_reporting_participle_after_a_closing_quote_mark_is_cut(found: Found) -> None:
    text = 'Ms. Ruiz said the fund was "nearly empty," insisting on a new audit.'
    assert _content(found, text, "said") == 'the fund was "nearly empty,"'


def test_writers_comment_participle_is_cut(found: Found) -> None:
    text = (
        "The mayor said the ferry will stay docked through the winter, reversing the pledge "
        "she made in May."
    )
    assert _content(found, text, "said") == "the ferry will stay docked through the winter"


def test_a_participle_of_the_speakers_stance_toward_others_is_cut(found: Found) -> None:
    text = (
        "The engineer said the Tarrow Bridge was sound and would remain open, brushing aside "
        "calls from a residents' group to shut it."
    )
    assert _content(found, text, "said") == "the Tarrow Bridge was sound and would remain open"


def test_participle_reporting_others_words_is_cut_and_keeps_their_statement(
    found: Found,
) -> None:
    text = (
        "The mayor said the ferry carried 9,000 riders in May, amounting to what critics "
        "called a windfall."
    )
    said = _cues(found, text)
    assert ("said", "the ferry carried 9,000 riders in May") in said
    assert ("called", "a windfall") in said


def test_reporting_participle_after_a_plain_comma_is_still_cut(found: Found) -> None:
    text = "Ms. Ruiz said the fund was nearly empty, insisting on a new audit."
    assert _content(found, text, "said") == "the fund was nearly empty"


# -- the medium it was said in is the cue's setting, not the content --------------------------


def test_closing_interview_phrase_is_cut(found: Found) -> None:
    text = (
        "Councilor Brandt said the tunnel would open by spring in an interview with Radio "
        "Kelmouth on Sunday."
    )
    assert _content(found, text, "said") == "the tunnel would open by spring"


def test_closing_via_social_media_phrase_is_cut(found: Found) -> None:
    text = "The governor confirmed the rescue was complete via Facebook on Friday."
    assert _content(found, text, "confirmed") == "the rescue was complete"


def test_a_show_the_clause_is_about_stays(found: Found) -> None:
    text = "Ms. Ruiz said she would appear on the show next week."
    assert _content(found, text, "said") == "she would appear on the show next week"


def test_in_the_event_that_stays(found: Found) -> None:
    text = "Ms. Ruiz said the levy would pass in the event that turnout stays high."
    content = _content(found, text, "said")
    assert content == "the levy would pass in the event that turnout stays high"


# -- a stance verb does not also introduce a quoted phrase before its object -----------------


def test_stance_participle_does_not_claim_the_earlier_quotation(found: Found) -> None:
    text = (
        'Ms. Ruiz called the pact "a historic step forward" in the fight against floods, '
        "applauding the council for its patience."
    )
    said = _cues(found, text)
    assert ("applauding", "the council for its patience") in said
    assert not any(k == "applauding" and "historic" in c for k, c in said)
    # the verb that does introduce the quoted phrase keeps it
    assert any(k == "called" and '"a historic step forward"' in c for k, c in said)


def test_a_lone_quotation_keeps_its_speech_verb(found: Found) -> None:
    text = '"The pumps are ready," Mr. Tamm said.'
    assert _cues(found, text) == [("said", "The pumps are ready,")]


# -- a content the parse cut off on an open word goes on to its sentence's end ---------------


def test_content_cut_off_on_its_verb_goes_on(found: Found) -> None:
    text = "Mr. Oduya said he would be honored to serve should the council ask him."
    assert _content(found, text, "said") == (
        "he would be honored to serve should the council ask him"
    )


def test_content_cut_at_a_comma_does_not_run_on(found: Found) -> None:
    text = (
        "Ms. Lind argued the port is not only cheaper, it is also the safest, and the council "
        "agreed."
    )
    assert _content(found, text, "argued") == "the port is not only cheaper"


# -- each part of a content split around its cue keeps its quotation whole --------------------


def test_each_part_keeps_its_quotation_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'Tamm, Ruiz wrote "has shown real care for the harbor. She works hard for the docks."'
    (a,) = [a for a in find_attributions(nlp(text))[0] if a.parts]
    parts = [text[s:e] for s, e in a.parts]
    # both marks: the opening one too, though the part starts on the first quoted word
    assert parts[-1].startswith('"has shown real care') and parts[-1].endswith('the docks."')


def test_a_part_outside_any_quotation_is_unchanged(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'Tamm, Ruiz wrote "has shown real care for the harbor. She works hard for the docks."'
    (a,) = [a for a in find_attributions(nlp(text))[0] if a.parts]
    assert text[a.parts[0][0] : a.parts[0][1]] == "Tamm"
