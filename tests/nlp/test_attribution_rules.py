"""One test per attribution rule added for PolNeAR accuracy (issue 3), on invented sentences."""

from __future__ import annotations

import pytest

from onrecord.evaluation.conventions import polnear_attributions
from onrecord.models import Article, Record, Span, Speaker, Statement
from onrecord.nlp.cues import ALL_VERB_CUES, is_cue_lemma, is_speech_verb
from onrecord.nlp.quotes import find_quotes


def _record(text: str, cue: tuple[int, int], content: tuple[int, int], kind: str) -> Record:
    statement = Statement(
        id="s1",
        kind=kind,  # type: ignore[arg-type]
        cue=Span(text[cue[0] : cue[1]], *cue),
        content=Span(text[content[0] : content[1]], *content),
        speaker=Speaker(name=None, type="unknown"),
    )
    return Record(article=Article(id="t", source="t", text=text), statements=(statement,))


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("''We will win,'' she said.", "We will win,"),
        ("He said ''the plan is dead'' and left.", "the plan is dead"),
    ],
)
def test_quotes_newswire_double_apostrophes(text: str, quoted: str) -> None:
    (q,) = find_quotes(text)
    assert text[q.start : q.end] == quoted
    assert text[q.outer_start : q.outer_end] == f"''{quoted}''"


@pytest.mark.parametrize("lemma", ["be", "have", "make", "give"])
def test_cues_light_verbs_are_not_verb_cues(lemma: str) -> None:
    assert is_cue_lemma(lemma)  # a PolNeAR cue word ("is expected") ...
    assert lemma not in ALL_VERB_CUES  # ... that alone heads no reported clause
    assert not is_speech_verb(lemma)


@pytest.mark.parametrize(
    ("text", "gold"),
    [("''We will win,'' she said.", "''We will win,''")],
)
def test_conventions_double_apostrophe_marks_inside_content(text: str, gold: str) -> None:
    start = text.index("We")
    record = _record(
        text, (text.index("said"), text.index("said") + 4), (start, start + 12), "direct"
    )
    (att,) = polnear_attributions(record)
    s, e = att.content[0]
    assert text[s:e] == gold


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The mayor also said the budget was late.", "also said"),
        ("The mayor has repeatedly said the budget was late.", "has repeatedly said"),
        ("The mayor said the budget was late.", "said"),
    ],
)
def test_conventions_cue_keeps_adverbs_of_the_verb_group(text: str, cue: str) -> None:
    said = text.index("said")
    start = text.index("has") if "has" in text else said
    content = (text.index("the budget"), len(text) - 1)
    (att,) = polnear_attributions(_record(text, (start, said + 4), content, "indirect"))
    s, e = att.cue[0]
    assert text[s:e] == cue


def _statements(extractor, text: str) -> list[Statement]:  # type: ignore[no-untyped-def]
    return list(extractor.extract_text(text).statements)


@pytest.mark.model
def test_attribution_parenthetical_cue_splits_content(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "The golf industry, she said, is doing much better than it was."
    (s,) = _statements(extractor, text)
    assert s.cue is not None and s.cue.text == "said"
    assert [p.text for p in s.content_parts] == [
        "The golf industry",
        "is doing much better than it was",
    ]


@pytest.mark.model
def test_attribution_colon_frame_names_the_source(extractor) -> None:  # type: ignore[no-untyped-def]
    text = 'The surge did not surprise pollster Dana Whitfield: "Newcomers often gain early."'
    (s,) = _statements(extractor, text)
    assert s.kind == "direct"
    assert s.cue is not None and s.cue.text == ":"
    assert s.speaker.mention is not None and s.speaker.mention.text.endswith("Dana Whitfield")


@pytest.mark.model
def test_stances_naming_verb_keeps_object_and_name(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Senator Ada Brooks called the proposal a reckless gamble."
    found = [s for s in _statements(extractor, text) if s.cue and s.cue.text == "called"]
    assert found and found[0].content.text == "the proposal a reckless gamble"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "parts"),
    [
        (
            "The mayor is expected to sign the budget next week.",
            "is expected",
            ["The mayor", "to sign the budget next week"],
        ),
        (
            "The senator seemed to waver on the tax bill.",
            "seemed",
            ["The senator", "to waver on the tax bill"],
        ),
        (
            "The tariff is seen as a threat to local farmers.",
            "is seen as",
            ["The tariff", "a threat to local farmers"],
        ),
    ],
)
def test_attribution_raising_frame_has_no_source(  # type: ignore[no-untyped-def]
    extractor, text: str, cue: str, parts: list[str]
) -> None:
    (s,) = _statements(extractor, text)
    assert s.kind == "unattributed"
    assert s.cue is not None and s.cue.text == cue
    assert [p.text for p in s.content_parts] == parts
    assert s.speaker.mention is None


@pytest.mark.model
def test_attribution_raising_frame_agent_is_the_source(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "The governor is said by aides to be furious with the council."
    (s,) = _statements(extractor, text)
    assert s.cue is not None and s.cue.text == "is said"
    assert s.speaker.mention is not None and s.speaker.mention.text == "aides"
    assert [p.text for p in s.content_parts] == ["The governor", "to be furious with the council"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("It is believed that the bridge will reopen in May.", "is believed"),
        ("It appears that the bridge will reopen in May.", "appears"),
    ],
)
def test_attribution_expletive_it_is_no_source(extractor, text: str, cue: str) -> None:  # type: ignore[no-untyped-def]
    (s,) = _statements(extractor, text)
    assert s.kind == "unattributed"
    assert s.cue is not None and s.cue.text == cue
    assert s.content.text == "the bridge will reopen in May"
    assert s.speaker.mention is None
