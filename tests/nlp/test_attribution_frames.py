"""Attribution frames added for PolNeAR recall (issue 3), each on an invented sentence."""

from __future__ import annotations

import pytest

from onrecord.models import Statement


def _statements(extractor, text: str) -> list[Statement]:  # type: ignore[no-untyped-def]
    return list(extractor.extract_text(text).statements)


def _by_cue(extractor, text: str, cue: str) -> Statement:  # type: ignore[no-untyped-def]
    found = [s for s in _statements(extractor, text) if s.cue is not None and s.cue.text == cue]
    assert found, [s.cue.text for s in _statements(extractor, text) if s.cue]
    return found[0]


def _source(s: Statement) -> str | None:
    span = s.source_span or s.speaker.mention
    return span.text if span is not None else None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Okafor: Bridge Tolls Will Rise Next Year.\n\nThe county met on Monday.",
            "Okafor",
            "Bridge Tolls Will Rise Next Year",
        ),
        (
            "Plainview Mayor On Tolls: ‘We Will Not Budge.’\n\nThe county met on Monday.",
            "Plainview Mayor",
            "‘We Will Not Budge.’",
        ),
    ],
)
def test_headline_colon_names_its_speaker(  # type: ignore[no-untyped-def]
    extractor, text: str, source: str, content: str
) -> None:
    s = _by_cue(extractor, text, ":")
    assert _source(s) == source
    assert s.content.text == content


@pytest.mark.model
def test_headline_colon_line_label_is_no_speaker(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Update: The bridge over the Dell River reopened on Monday.\n\nTraffic was light."
    assert not [s for s in _statements(extractor, text) if s.cue and s.cue.text == ":"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The mayor was asked about the bridge on Tuesday.", "was asked about", "the bridge"),
        (
            "The mayor was asked whether the bridge would reopen.",
            "was asked",
            "whether the bridge would reopen",
        ),
    ],
)
def test_question_put_to_someone_has_no_source(  # type: ignore[no-untyped-def]
    extractor, text: str, cue: str, content: str
) -> None:
    s = _by_cue(extractor, text, cue)
    assert s.content.text == content
    assert _source(s) is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "Most farmers in Dellwood support the new levy.",
            "support",
            "Most farmers in Dellwood",
            "the new levy",
        ),
        (
            "A group backing Mayor Ortega spent heavily on radio.",
            "backing",
            "A group",
            "Mayor Ortega",
        ),
    ],
)
def test_endorsement_verbs_report_what_is_backed(  # type: ignore[no-untyped-def]
    extractor, text: str, cue: str, source: str, content: str
) -> None:
    s = _by_cue(extractor, text, cue)
    assert _source(s) == source
    assert s.content.text == content


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "Ortega is continuing to insist that the bridge will open.",
            "is continuing to insist",
            "Ortega",
        ),
        (
            "Voters were more likely to say that the bridge mattered.",
            "were more likely to say",
            "Voters",
        ),
        ("The mayor went on to say that the bridge would open.", "went on to say", "The mayor"),
        (
            "The flood led the mayor to declare that the bridge would close.",
            "to declare",
            "the mayor",
        ),
    ],
)
def test_infinitive_cue_keeps_its_verb_group(  # type: ignore[no-untyped-def]
    extractor, text: str, cue: str, source: str
) -> None:
    s = _by_cue(extractor, text, cue)
    assert _source(s) == source


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "The council responded Friday, saying the bridge would open.",
            "responded Friday, saying",
        ),
        ("Ortega endorsed Baker on Monday, saying she was ready.", "saying"),
    ],
)
def test_participle_cue_keeps_the_verb_it_completes(  # type: ignore[no-untyped-def]
    extractor, text: str, cue: str
) -> None:
    s = _by_cue(extractor, text, cue)
    assert s.content.text.endswith("ready") or s.content.text.endswith("open")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The closure means that traffic on Dell Road will grow.",
        "The new levy would allow the county to repave Dell Road.",
        "The two councils apparently disagreed about the levy.",
    ],
)
def test_light_verbs_and_hedges_are_no_cues(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _statements(extractor, text) == []


@pytest.mark.model
def test_trailing_cue_reports_the_clause_before_it(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mayor Ortega remains committed to finishing the bridge by spring, "
        "her top aide, Lena Marsh, told the Courier."
    )
    s = _by_cue(extractor, text, "told")
    assert _source(s) == "her top aide, Lena Marsh"
    assert s.content.text == "Mayor Ortega remains committed to finishing the bridge by spring"


@pytest.mark.model
def test_fronted_as_clause_reports_the_main_clause(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "As the Courier reported, the bridge over the Dell River is unsafe."
    s = _by_cue(extractor, text, "reported")
    assert _source(s) == "the Courier"
    assert s.content.text == "the bridge over the Dell River is unsafe"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Ortega cited rising costs as the reason for the delay.", "cited", "rising costs"),
        ("Baker accused the council of hiding the audit.", "accused", "the council"),
        ("Ortega is calling for the council to resign.", "is calling for", "the council"),
        (
            "The mayor asked the council to delay the vote.",
            "asked",
            "the council to delay the vote",
        ),
    ],
)
def test_stance_frames_report_noun_and_infinitive_contents(  # type: ignore[no-untyped-def]
    extractor, text: str, cue: str, content: str
) -> None:
    s = _by_cue(extractor, text, cue)
    assert s.content.text.startswith(content)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Ortega then recalled that the bridge had flooded twice.", "then recalled"),
        ("Baker even questioned whether the levy was legal.", "even questioned"),
    ],
)
def test_cue_keeps_leading_adverbs(  # type: ignore[no-untyped-def]
    extractor, text: str, cue: str
) -> None:
    _by_cue(extractor, text, cue)


@pytest.mark.model
def test_second_report_joined_to_the_content_is_its_own(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ortega said his attacks on the levy have given his campaign momentum "
        "and said that Baker did not represent the town."
    )
    found = [s for s in _statements(extractor, text) if s.cue and s.cue.text == "said"]
    assert [s.content.text for s in found] == [
        "his attacks on the levy have given his campaign momentum",
        "Baker did not represent the town",
    ]
    assert {_source(s) for s in found} == {"Ortega"}


@pytest.mark.model
def test_a_poll_is_the_source_of_its_finding(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "In a Dellwood Courier poll released Monday, 52 percent of voters chose Ortega."
    s = _by_cue(extractor, text, "In")
    assert (_source(s) or "").startswith("a Dellwood Courier poll")
    assert s.content.text == "52 percent of voters chose Ortega"


@pytest.mark.model
def test_seeing_is_no_cue(extractor) -> None:  # type: ignore[no-untyped-def]
    assert _statements(extractor, "Ortega saw that the river had risen overnight.") == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Most farmers see the levy as a tax on their land.", "see", "the levy as a tax"),
        ("Ortega laid out a plan to repave Dell Road.", "laid out", "a plan to repave"),
    ],
)
def test_cast_as_and_phrasal_stances(  # type: ignore[no-untyped-def]
    extractor, text: str, cue: str, content: str
) -> None:
    s = _by_cue(extractor, text, cue)
    assert s.content.text.startswith(content)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Residents formed a group called the Dellwood Bridge Alliance.", "called", "the Dellwood"),
        ("The town hosts a festival known as Dell Days.", "known as", "Dell Days"),
    ],
)
def test_a_name_given_by_nobody_has_no_source(  # type: ignore[no-untyped-def]
    extractor, text: str, cue: str, content: str
) -> None:
    s = _by_cue(extractor, text, cue)
    assert s.content.text.startswith(content)
    assert _source(s) is None


@pytest.mark.model
def test_what_someone_called_something(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "The plan led to what Ortega called “a new era” for the town."
    s = _by_cue(extractor, text, "called")
    assert _source(s) == "Ortega"
    assert s.content.text.startswith("“a new era”")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Ortega expressed concern that the bridge would close.", "expressed concern", "bridge"),
        ("Baker voiced doubts about the levy.", "voiced doubts about", "the levy"),
        ("Ortega expressed her support for the levy.", "expressed", "her support"),
    ],
)
def test_expressed_feeling_joins_the_cue(  # type: ignore[no-untyped-def]
    extractor, text: str, cue: str, content: str
) -> None:
    s = _by_cue(extractor, text, cue)
    assert content in s.content.text


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("Asked if he would run again, Ortega said no.", "Ortega", "no"),
        ("Half of the voters said so in May.", "Half of the voters", "so"),
    ],
)
def test_one_word_answer_is_what_was_said(  # type: ignore[no-untyped-def]
    extractor, text: str, source: str, content: str
) -> None:
    s = _by_cue(extractor, text, "said")
    assert _source(s) == source
    assert s.content.text == content


@pytest.mark.model
def test_a_survey_finds(extractor) -> None:  # type: ignore[no-untyped-def]
    s = _by_cue(extractor, "A Courier survey found Ortega with a wide lead.", "found")
    assert _source(s) == "A Courier survey"
    assert s.content.text == "Ortega with a wide lead"


@pytest.mark.model
def test_finding_a_job_is_no_report(extractor) -> None:  # type: ignore[no-untyped-def]
    assert _statements(extractor, "Ortega found a job at the Dellwood mill.") == []
