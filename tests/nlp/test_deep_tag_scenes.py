"""The scene a tag sets reaches into its clauses: ``"A," Ruiz said, speaking to reporters
after the vote was called. "B."`` goes on with Ruiz's words.

PolNeAR's guidelines include a quotation's continuation in its attribution. The people and
statements inside a clause of time on the tag, or inside the speaker's own participle, or in
the phrase that names her, act but do not take the floor (:mod:`onrecord.nlp.tag_scenes`,
:mod:`onrecord.nlp.continuations`). Invented sentences; each positive case fails without the
rule, and the negative ones keep a quotation from the wrong speaker.
"""

from __future__ import annotations

import pytest


def _cues_of(said: list[tuple[str, str | None, str]], content: str) -> list[tuple[str, str | None]]:
    return [(q, s) for q, s, c in said if c == content]


@pytest.mark.parametrize(
    "tag",
    [
        # a statement deep inside a clause of time
        "Greta Solberg said, when asked whether she wanted Ivo Brandt to join her ticket.",
        "Greta Solberg told the Fenwick Courier, after Ivo Brandt voiced doubts about the budget.",
        "Greta Solberg said in a short speech soon after she called Ivo Brandt to concede.",
        "Greta Solberg said at her rally, an hour after the papers declared her the winner.",
        # the speaker's own participle, with someone acting inside it
        "Greta Solberg said, speaking to reporters after the chairman spoke.",
        "said Greta Solberg, using a phrase Ivo Brandt coined to mock the council.",
        # a stance of the speaker's in the scene
        "Greta Solberg said as she accepted the award.",
        # a cue inside the phrase that names the speaker
        "said the ferry pilot known as Greta, speaking in public for the first time.",
    ],
)
def test_a_deeper_scene_does_not_end_the_quotation(found, tag: str) -> None:  # type: ignore[no-untyped-def]
    text = f'"The harbor kept this valley fed for a century," {tag} "Nobody here forgets that."'
    said = found(text)
    (first,) = _cues_of(said, "The harbor kept this valley fed for a century,")
    assert _cues_of(said, "Nobody here forgets that.") == [first]


@pytest.mark.parametrize(
    "tag",
    [
        "Greta Solberg said, as Ivo Brandt answered from the other podium.",  # he speaks
        "Greta Solberg said, but Ivo Brandt disagreed.",  # a clause of his own
        "Greta Solberg said, speaking as Ivo Brandt shouted from the gallery.",  # he has the floor
        "Greta Solberg said, before Ivo Brandt told reporters that she was wrong.",  # not a scene
    ],
)
def test_someone_else_deep_in_the_tag_still_ends_the_quotation(found, tag: str) -> None:  # type: ignore[no-untyped-def]
    text = f'"The ferry will run in May," {tag} "That is not true."'
    assert _cues_of(found(text), "That is not true.") == []
