"""A quotation after the writer's gist of the same speaker's words, and a person introduced
by a sentence whose past verb the tagger reads as a participle; invented articles.

News prose often gives a speaker's point in reported speech and then the words themselves
with no tag (``He said the council would protect the routes. "Every village will keep its
bus."``); and introduces a person with a sentence whose verb is "set", "put" or "cut", which
spaCy may tag as a participle, before a quotation closed by "she said".
"""

from __future__ import annotations

import pytest

from .records import find, run

pytestmark = pytest.mark.model

GIST = (
    '"We will cut the bus fares in April," Dennis Halloran said. He said the council would '
    'protect the rural routes. "Every village will keep its Sunday bus. There will be no '
    'cuts to school services."'
)


def test_a_quotation_right_after_reported_speech_is_its_speakers(extractor) -> None:  # type: ignore[no-untyped-def]
    s = find(run(extractor, GIST), "Every village will keep its Sunday bus")
    assert s.speaker.name == "Dennis Halloran"


def test_the_gist_of_another_speaker_takes_the_quotation(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"We will cut the bus fares in April," Dennis Halloran said. Ortega said the council '
        'would protect the rural routes. "Every village will keep its Sunday bus."'
    )
    assert find(run(extractor, text), "Every village").speaker.name == "Ortega"


def test_no_quotation_is_given_after_another_sentence_or_a_paragraph(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dennis Halloran said the council would protect the rural routes. Ortega was not "
        'convinced. "Every village will lose its Sunday bus."'
    )
    assert not [s for s in run(extractor, text).statements if "Every village" in s.content.text]
    text = (
        "Dennis Halloran said the council would protect the rural routes.\n\n"
        '"Every village will lose its Sunday bus," a leaflet from the campaign warns.'
    )
    hits = [s for s in run(extractor, text).statements if "Every village" in s.content.text]
    assert all(s.speaker.name != "Dennis Halloran" for s in hits)


def test_nor_after_reported_speech_that_another_clause_closes(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"We will cut the bus fares in April," Dennis Halloran said. He said the council '
        'would protect the rural routes, but Ortega disagreed. "Every village will keep its '
        'Sunday bus."'
    )
    hits = [s for s in run(extractor, text).statements if "Every village" in s.content.text]
    assert all(s.speaker.name != "Dennis Halloran" for s in hits)


def test_a_past_verb_tagged_as_a_participle_gives_the_next_she_her_turn(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"The depot will stay open," Marsh said. "Nobody will lose a job."\n\n'
        "Priyanka Quill, the council's director of works, set out where the work would be "
        'done. "The bridge will be painted in May, but the railings will be replaced in June," '
        "she said."
    )
    assert find(run(extractor, text), "railings will be replaced").speaker.name == (
        "Priyanka Quill"
    )


def test_a_participle_with_its_auxiliary_is_no_turn(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"The depot will stay open," Marsh said. "Nobody will lose a job."\n\n'
        "The timetable had been set out by the council's director of works. "
        '"The bridge will be painted in May," he said.'
    )
    assert find(run(extractor, text), "bridge will be painted").speaker.name == "Marsh"
