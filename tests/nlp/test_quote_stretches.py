"""A quotation the attribution splits in two (``"A," said X, who ... "B."``) is one statement.

Invented sentences; each fails without its rule in ``onrecord.nlp.attribution`` or
``onrecord.nlp.continuations``. The negative cases matter most: a quotation given to the wrong
speaker is the worst error.
"""

from __future__ import annotations


def test_second_stretch_after_a_long_aside_on_the_speaker(found) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“The repairs are on schedule,” said Pia Lund, the county engineer of Kelmouth, who has "
        "not visited the pier since the storm but reads every report. “We expect the first "
        "boats in May.”"
    )
    said = found(text)
    assert [c for _q, _s, c in said] == [
        "The repairs are on schedule,",
        "We expect the first boats in May.",
    ]
    assert {q for q, _s, _c in said} == {"said"}
    # both stretches are hers: one source, the person described (PolNeAR's annotators keep a
    # non-restrictive clause on a later noun about as often as they cut it, so it stays)
    (source,) = {s for _q, s, _c in said}
    assert source is not None and source.startswith("Pia Lund, the county engineer of Kelmouth")


def test_a_relative_clause_verb_does_not_cue_the_next_quotation(found) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“The repairs are on schedule,” said Pia Lund, the county engineer, who has not visited "
        "the pier but reads every report. “We expect the first boats in May.”"
    )
    cues = {q for q, _s, c in found(text) if c.startswith("We expect")}
    assert cues == {"said"}


def test_a_mixed_statement_is_continued_by_the_next_quotation(found) -> None:  # type: ignore[no-untyped-def]
    text = 'The ferry plan is a "long shot," Varga conceded. "Nobody on the council wants it."'
    said = found(text)
    assert ("conceded", "Varga", "Nobody on the council wants it.") in said


def _speakers_of(said: list[tuple[str, str | None, str]], content: str) -> list[str | None]:
    return [s for _q, s, c in said if c == content]


def test_a_new_sentence_with_another_subject_ends_the_stretch(found) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“The repairs are on schedule,” said Pia Lund. Mayor Tom Reed, who has criticised the "
        "project for years and voted against it twice, disagreed sharply on Tuesday. “They are "
        "months behind.”"
    )
    assert _speakers_of(found(text), "They are months behind.") == []


def test_another_person_acting_after_the_cue_ends_the_stretch(found) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“We are ready,” Lund said, before Mayor Reed, who has opposed the plan for years and "
        "voted against it twice, interrupted her. “That is not true.”"
    )
    assert _speakers_of(found(text), "That is not true.") == []


def test_a_statement_inside_the_speakers_aside_ends_the_stretch(found) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“The repairs are on schedule,” said Pia Lund, the county engineer, who met Mayor Tom "
        "Reed last week after he told reporters the pier was unsafe. “We will not open it this "
        "year.”"
    )
    assert _speakers_of(found(text), "We will not open it this year.") == []


def test_a_short_gap_with_another_subject_ends_the_stretch(found) -> None:  # type: ignore[no-untyped-def]
    text = "“We are ready,” said Pia Lund. Reed shook his head. “That is not true.”"
    assert _speakers_of(found(text), "That is not true.") == []


def test_the_speakers_own_participle_does_not_end_the_stretch(found) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“We are ready,” Lund said, noting that the crews had worked through the night. “The "
        "boats can come in May.”"
    )
    assert _speakers_of(found(text), "The boats can come in May.") == ["Lund"]


def test_someone_speaking_after_a_mixed_statement_ends_it(found) -> None:  # type: ignore[no-untyped-def]
    text = (
        'The ferry plan is a "long shot," Varga conceded, but Ortega said the council would back '
        'it. "It will pass with votes to spare."'
    )
    assert _speakers_of(found(text), "It will pass with votes to spare.") == []


def test_another_subjects_sentence_after_a_mixed_statement_ends_it(found) -> None:  # type: ignore[no-untyped-def]
    text = (
        'The ferry plan is a "long shot," Varga conceded. Her rival Ortega disagreed. "It will '
        'pass with votes to spare."'
    )
    assert _speakers_of(found(text), "It will pass with votes to spare.") == []


def test_a_mixed_statement_with_its_quotation_inside_is_not_continued(found) -> None:  # type: ignore[no-untyped-def]
    text = (
        'Varga said the plan was a "long shot" and the council would reject it in March. '
        '"Nobody wants it."'
    )
    assert _speakers_of(found(text), "Nobody wants it.") == []
