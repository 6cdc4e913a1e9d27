"""A relative or wh word that opens a cue's clause is the first piece of its content, invented
sentences: ``the levy, which Ana Brell said was a mistake`` reports "which" + "was a mistake",
as the guidelines split ``the man who the judge accused of breaking the rules``. A relative
word that is the speaker, and ``where`` or ``when`` before a cue, stay out."""

from __future__ import annotations

import pytest

from .records import cued as _statement

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "cue", "source", "parts"),
    [
        (
            "The council passed the levy, which Ana Brell has repeatedly said was a mistake.",
            "has repeatedly said",
            "Ana Brell",
            ["which", "was a mistake"],
        ),
        (
            "The town needs the bridge, which the council has vowed to rebuild.",
            "has vowed",
            "the council",
            ["which", "to rebuild"],
        ),
        (
            "The crowd cheered what Mayor Tovar described as a fresh start for the harbor.",
            "described",
            "Mayor Tovar",
            ["what", "as a fresh start for the harbor"],
        ),
    ],
)
def test_relative_word_opens_the_content(nlp, text, cue, source, parts) -> None:  # type: ignore[no-untyped-def]
    found_source, found = _statement(nlp, text, cue)
    assert found == parts
    assert found_source == source


@pytest.mark.parametrize(
    ("text", "cue", "parts"),
    [
        (  # the relative word is the speaker
            "Officials, who said the plan would fail, left early.",
            "said",
            ["the plan would fail"],
        ),
        (  # where it was said, not what
            "Where the mayor said the flood had done the most damage, crews arrived first.",
            "said",
            ["the flood had done the most damage"],
        ),
        (  # when it was said
            "When the mayor said the bridge would close, the crowd booed.",
            "said",
            ["the bridge would close"],
        ),
    ],
)
def test_other_words_before_the_cue_stay_out(nlp, text, cue, parts) -> None:  # type: ignore[no-untyped-def]
    assert _statement(nlp, text, cue)[1] == parts
