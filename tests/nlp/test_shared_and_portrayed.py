"""Two stances in words, invented sentences.

A verb that puts something forward as something ("presented the levy as a tax cut",
"pitched the plan as a cure") states its subject's view of it: the object and its "as"
phrase are the content, as for "sees the levy as a tax" (the guidelines' attitudes toward a
thing), invented sentences. Only with both the object and the "as" phrase, and with a subject
that can speak: not "presented the award", nor an "as" of time, nor "the hotel presents
itself as a retreat".

"share" with a noun object passes on in words what its subject has or holds ("shared the news",
"shares this bleak view"): the object is the content, as for the other verbs of
``cues.OBJECT_STANCE_VERBS``, only when the verb is finite and its subject can speak."""

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
