"""The speaker named right after a tag verb, where the parser hung the name elsewhere;
invented sentences.

* After a quotation (``"...," said Robin Maynard, half joking``) the parse may make the name
  the subject of a clause it builds out of the aside on the speaker, a clause of the tag verb:
  the statement lost its speaker.
* A tag set inside the clause it reports, its speaker after it (``The bridge, said Hana Brill,
  would close``): the parse gives the verb the clause's subject and the speaker to the clause,
  so the bridge was the source and Brill the content's first words.
"""

from __future__ import annotations

import pytest

from onrecord.evaluation.conventions import polnear_attributions
from onrecord.extractor import Extractor

from .conftest import found_parts

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("''We cut the line twice,'' said Orla Dunmore, half joking.", "Orla Dunmore"),
        (
            '"The harbour needs dredging," said Tobiah Renk, who chairs the port board yet '
            "voted against the plan.",
            "Tobiah Renk",
        ),
        (
            '"We should drop that rule," said Mirela Haskin, a member of the county board, '
            "told reporters last week.",
            "Mirela Haskin",
        ),
        (
            '"I am not going to say it was a mistake," said retired surveyor Alma Brecken, '
            "asked about the survey.",
            "retired surveyor Alma Brecken",
        ),
    ],
)
def test_name_after_a_tag_the_parse_made_a_clause_subject_is_the_speaker(
    nlp, text: str, source: str
) -> None:  # type: ignore[no-untyped-def]
    said = [(s, parts) for cue, s, parts in found_parts(nlp, text) if cue == "said"]
    assert said, found_parts(nlp, text)
    speaker, parts = said[0]
    assert speaker is not None and speaker.startswith(source), said
    assert parts[0].startswith(text.split(",")[0].strip("\"'"))


@pytest.mark.parametrize(
    ("text", "source", "parts"),
    [
        (
            "The new footbridge, said Hana Brill, the county engineer, would be closed for a "
            "month.",
            "Hana Brill, the county engineer",
            ["The new footbridge", "would be closed for a month"],
        ),
        (
            "The old footbridge, said Hana Brill, would be closed for a month.",
            "Hana Brill",
            ["The old footbridge", "would be closed for a month"],
        ),
        (
            "The fare rise, said Ansel Dorn and others, would be hard on commuters.",
            "Ansel Dorn and others",
            ["The fare rise", "would be hard on commuters"],
        ),
        (
            "Any honest reading of the harbour accounts, said Petra Lund, an auditor at the "
            "Corvale office, would show a loss.",
            "Petra Lund, an auditor at the Corvale office",
            ["Any honest reading of the harbour accounts", "would show a loss"],
        ),
    ],
)
def test_tag_inside_its_clause_with_the_speaker_after_it(
    nlp, text: str, source: str, parts: list[str]
) -> None:  # type: ignore[no-untyped-def]
    said = [(s, p) for cue, s, p in found_parts(nlp, text) if cue == "said"]
    assert said == [(source, parts)], found_parts(nlp, text)


def test_relative_clause_on_an_inserted_speaker_stops_before_the_clause_resumes(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "And the board, said Vessa Quaine, who left it in May, will not forgive the council."
    record = Extractor(nlp=nlp, matters=False, cue_weights="off").extract_text(text)
    (attribution,) = [
        a for a in polnear_attributions(record) if text[a.cue[0][0] : a.cue[0][1]] == "said"
    ]
    (source,) = attribution.source
    assert text[source[0] : source[1]] == "Vessa Quaine, who left it in May,"
    assert [text[s:e] for s, e in attribution.content] == [
        "the board",
        "will not forgive the council",
    ]


@pytest.mark.parametrize(
    ("text", "source", "parts"),
    [
        # the subject before the tag is the speaker: an aside opens after it
        (
            "The report, released on Monday, said Ruiz, the harbour master, had resigned.",
            "The report",
            ["Ruiz, the harbour master, had resigned"],
        ),
        # the comma before the verb closes a description inside its subject
        (
            "Aides to Mayor Ana Ruiz and Councillor Tom Vell, who had a long career at the port, "
            "said their speeches, already full of references to the harbour, would focus on jobs.",
            "Aides to Mayor Ana Ruiz and Councillor Tom Vell, who had a long career at the port",
            ["their speeches, already full of references to the harbour, would focus on jobs"],
        ),
        # a tag whose speaker stands before the verb
        (
            "Residents, Tamsin Orr said, were angry about the fares.",
            "Tamsin Orr",
            ["Residents", "were angry about the fares"],
        ),
        # a reported clause whose subject is not set off by a comma
        (
            "The council, in a brief note, said fares would rise in May.",
            "The council",
            ["fares would rise in May"],
        ),
    ],
)
def test_tags_that_are_not_inserted_with_the_speaker_after_them(
    nlp, text: str, source: str, parts: list[str]
) -> None:  # type: ignore[no-untyped-def]
    said = [(s, p) for cue, s, p in found_parts(nlp, text) if cue == "said"]
    assert said == [(source, parts)], found_parts(nlp, text)


def test_quotation_tag_with_its_speaker_as_subject_keeps_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = '"We won," said Dara Quill, and the crowd cheered.'
    said = [(s, p) for cue, s, p in found_parts(nlp, text) if cue == "said"]
    assert said and said[0][0] == "Dara Quill", found_parts(nlp, text)


def test_an_inserted_speaker_is_worked_out_once_per_verb(nlp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The subject rules and the content's pieces both ask for the inserted speaker; the tag
    is read once and both get the same answer."""
    from onrecord.nlp import inversions

    asked: list[int] = []
    work = inversions._inserted_speaker

    def counted(verb):  # type: ignore[no-untyped-def]
        asked.append(verb.i)
        return work(verb)

    monkeypatch.setattr(inversions, "_inserted_speaker", counted)
    text = "The old footbridge, said Hana Brill, would be closed for a month."
    said = [(s, p) for cue, s, p in found_parts(nlp, text) if cue == "said"]
    assert said == [("Hana Brill", ["The old footbridge", "would be closed for a month"])]
    assert asked and len(asked) == len(set(asked)), asked


def test_subjects_and_tags_share_one_list_of_speaker_words() -> None:
    from onrecord.nlp import inversions, speaker_words, subjects

    assert inversions.speaker_like is speaker_words.speaker_like is subjects.speaker_like
    assert inversions.QUOTE_MARKS is subjects.QUOTE_MARKS
    assert inversions.THING_ENTITIES is subjects.THING_ENTITIES
