"""Three stances in words, invented sentences.

A verb that puts something forward as something ("presented the levy as a tax cut",
"pitched the plan as a cure") states its subject's view of it: the object and its "as"
phrase are the content, as for "sees the levy as a tax" (the guidelines' attitudes toward a
thing). Only with both the object and the "as" phrase, and with a subject
that can speak: not "presented the award", nor an "as" of time, nor "the hotel presents
itself as a retreat".

"share" with a noun object passes on in words what its subject has or holds ("shared the news",
"shares this bleak view"): the object is the content, as for the other verbs of
``cues.OBJECT_STANCE_VERBS``, only when the verb is finite and its subject can speak.

"remind" with the ones told and an "of" or "about" phrase ("reminded voters of the stakes"):
the phrase, with its preposition, is the content, as the annotators mark it; not a likeness
("reminds me of my father") nor a thing that reminds."""

from __future__ import annotations

import pytest

from .conftest import Found

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "Mayor Dana Pike presented the harbor plan as a way to create jobs.",
            "presented",
            "Mayor Dana Pike",
            "the harbor plan as a way to create jobs",
        ),
        (
            "Senator Imelda Ruiz pitched her transit bill as a cure for congestion.",
            "pitched",
            "Senator Imelda Ruiz",
            "her transit bill as a cure for congestion",
        ),
        (
            "In her memoir, Councillor Ruiz presents those years as a long comedy.",
            "presents",
            "Councillor Ruiz",
            "those years as a long comedy",
        ),
        (
            "Brennan has billed himself as the only outsider in the race.",
            "has billed",
            "Brennan",
            "himself as the only outsider in the race",
        ),
    ],
)
def test_object_put_forward_as_something_is_the_content(
    found: Found, text: str, cue: str, source: str, content: str
) -> None:
    assert (cue, source, content) in found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Mayor Pike presented the award to the firefighters.", "presented"),
        ("Ruiz presented the award to Pike as the crowd cheered.", "presented"),
        ("The lakeside hotel presents itself as a quiet retreat.", "presents"),
        ("Senator Ruiz pitched the first ball at the county fair.", "pitched"),
    ],
)
def test_no_portrayal_without_an_as_phrase_and_a_speaker(
    found: Found, text: str, word: str
) -> None:
    assert all(cue != word for cue, _, _ in found(text))


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "Mayor Idris Cole shares this bleak view of the harbor budget.",
            "shares",
            "Mayor Idris Cole",
            "this bleak view of the harbor budget",
        ),
        (
            "Senator Ottoline Vask wouldn't share the internal polling.",
            "wouldn't share",
            "Senator Ottoline Vask",
            "the internal polling",
        ),
        (
            "Later on Sunday, Dr. Amos Reyes shared a copy of the old contract.",
            "shared",
            "Dr. Amos Reyes",
            "a copy of the old contract",
        ),
    ],
)
def test_what_a_speaker_shares_is_the_content(
    found: Found, text: str, cue: str, source: str, content: str
) -> None:
    assert (cue, source, content) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ruiz hopes to share the prize with her brother.",  # an infinitive: an act
        "No country has shared a credible plan.",  # a subject that cannot speak
        "The two firms share a single loading dock.",
    ],
)
def test_no_sharing_stance_without_a_finite_verb_and_a_speaker(found: Found, text: str) -> None:
    got = found(text)
    assert not any(cue.endswith(("share", "shared")) for cue, _, _ in got), got


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "In Fresno, Ruiz constantly reminded voters of the years her family had lived there.",
            "constantly reminded",
            "Ruiz",
            "of the years her family had lived there",
        ),
        (
            "Councillor Abeni Mensah reminded her staff about the mayor's early career.",
            "reminded",
            "Councillor Abeni Mensah",
            "about the mayor's early career",
        ),
        (
            "Mensah repeatedly reminded the crowd of the stakes.",
            "repeatedly reminded",
            "Mensah",
            "of the stakes",
        ),
    ],
)
def test_what_a_speaker_reminds_people_of_is_the_content(
    found: Found, text: str, cue: str, source: str, content: str
) -> None:
    # the annotators keep the preposition in the content and leave the ones told out
    assert (cue, source, content) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Meanwhile, Senator Dray reminds us of the guest who will not leave.",  # a likeness
        "The old song reminds me of my father.",
        "The vote in Harlow reminded many economists of the crash of 1987.",  # a thing reminds
        "Ruiz reminded the mayor of Dunmore.",  # a name's place, no topic
    ],
)
def test_no_reminder_stance_for_a_likeness_a_thing_or_a_title(found: Found, text: str) -> None:
    got = found(text)
    assert not any("remind" in cue for cue, _, _ in got), got


def test_a_reminder_is_no_claim_for_the_matters(nlp) -> None:  # type: ignore[no-untyped-def]
    from onrecord.extractor import Extractor

    text = "Mensah repeatedly reminded the crowd of the stakes."
    record = Extractor(nlp=nlp, matters=False, cue_weights="off").extract_text(text)
    basis = {text[s.cue.start : s.cue.end]: s.basis for s in record.statements if s.cue}
    assert basis == {"repeatedly reminded": "object"}
