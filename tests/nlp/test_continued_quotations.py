"""A quotation goes on the statement before it across a sentence (``"A," she said. "B."``).

PolNeAR's guidelines: "content continuations should be included in the attribution", even
when the continuation starts a new sentence. Invented sentences; each positive case fails
without its rule (:mod:`onrecord.nlp.tag_scenes`, :mod:`onrecord.nlp.continuations`,
:mod:`onrecord.nlp.quote_cues`), and the negative ones keep a quotation from the wrong speaker.
"""

from __future__ import annotations

import pytest


def _cues_of(said: list[tuple[str, str | None, str]], content: str) -> list[tuple[str, str | None]]:
    return [(q, s) for q, s, c in said if c == content]


@pytest.mark.parametrize(
    "tag",
    [
        "Dora Quint said as she sat on the porch of her shop.",
        "said Dora Quint, as the crowd cheered.",
        "said Dora Quint after the mayor spoke.",
        "Dora Quint told reporters as she left the hall.",
        "Dora Quint said when asked about the closure.",
        "Dora Quint told the packed hall, where a crowd of 300 watched on a screen.",
    ],
)
def test_a_scene_in_the_tag_does_not_end_the_quotation(found, tag: str) -> None:  # type: ignore[no-untyped-def]
    text = f'"The mill kept this town alive for a century," {tag} "Nobody here has forgotten it."'
    said = found(text)
    (first,) = _cues_of(said, "The mill kept this town alive for a century,")
    assert _cues_of(said, "Nobody here has forgotten it.") == [first]
    assert first[1] == "Dora Quint"


@pytest.mark.parametrize(
    "tag",
    [
        "Pia Lund said as Mayor Reed interrupted her.",  # someone else takes the floor
        "Pia Lund said while the crowd chanted.",  # the crowd's words may follow
        "Pia Lund said before Omar Tell took the microphone.",  # what comes after may be his
        "Pia Lund said, because the council voted for it.",  # a reason, not a scene
        "Pia Lund said when Omar Tell asked her about the delay.",  # he speaks in the scene
    ],
)
def test_someone_else_in_the_tag_still_ends_the_quotation(found, tag: str) -> None:  # type: ignore[no-untyped-def]
    text = f'"The pier will open in May," {tag} "That is not true."'
    assert _cues_of(found(text), "That is not true.") == []


def test_a_statement_tagged_after_its_content_is_continued(found) -> None:  # type: ignore[no-untyped-def]
    text = (
        'Quint "felt a duty to speak up about" the closure, her brother said. '
        '"She never stays quiet."'
    )
    assert _cues_of(found(text), "She never stays quiet.") == [("said", "her brother")]


def test_someone_else_after_a_tagged_statement_ends_it(found) -> None:  # type: ignore[no-untyped-def]
    text = (
        'Lund "felt the pier was ready," her brother said. Omar Tell disagreed. "It is not safe."'
    )
    assert _cues_of(found(text), "It is not safe.") == []


def test_a_short_quotation_standing_alone_continues_the_speaker(found) -> None:  # type: ignore[no-untyped-def]
    text = '"The mill kept this town alive for a century," Dora Quint said. "Big time."'
    assert _cues_of(found(text), "Big time.") == [("said", "Dora Quint")]


@pytest.mark.parametrize(
    "text",
    [
        # a name inside a sentence is no statement
        '"The pier will open in May," said Pia Lund. The boat is named "Sea Star." It sails daily.',
        # someone else acts in between
        '"The pier will open in May," said Pia Lund. Omar Tell laughed. "Never."',
    ],
)
def test_a_short_quotation_is_left_alone_where_it_may_not_be_hers(found, text: str) -> None:  # type: ignore[no-untyped-def]
    said = found(text)
    assert not [c for _q, _s, c in said if c in ("Sea Star.", "Never.")]


def test_a_short_quotation_with_a_tag_of_its_own_keeps_it(found) -> None:  # type: ignore[no-untyped-def]
    text = '"The pier will open in May," said Pia Lund. Her aide tweeted: "Too soon?"'
    assert _cues_of(found(text), "Too soon?") == [("tweeted", "Her aide")]


def test_a_short_reply_to_a_question_is_not_the_askers(found) -> None:  # type: ignore[no-untyped-def]
    text = '"Do we give up on the pier now?" Pia Lund asked the crowd. "No way!"'
    assert not [c for _q, _s, c in found(text) if c == "No way!"]
