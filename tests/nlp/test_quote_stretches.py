"""A quotation the attribution splits in two (``"A," said X, who ... "B."``) is one statement.

Invented sentences; each fails without its rule in ``onrecord.nlp.attribution``.
"""

from __future__ import annotations

import pytest

from onrecord.nlp.attribution import find_attributions


@pytest.fixture
def stretches(nlp):  # type: ignore[no-untyped-def]
    def run(text: str) -> list[tuple[str, str | None, str]]:
        """(cue, source, content) of each statement of ``text``."""
        out = []
        for a in find_attributions(nlp(text))[0]:
            cue = text[a.cue[0] : a.cue[1]] if a.cue else ""
            source = text[a.source[0] : a.source[1]] if a.source else None
            out.append((cue, source, text[a.content[0] : a.content[1]]))
        return out

    return run


def test_second_stretch_after_a_long_aside_on_the_speaker(stretches) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“The repairs are on schedule,” said Pia Lund, the county engineer of Kelmouth, who has "
        "not visited the pier since the storm but reads every report. “We expect the first "
        "boats in May.”"
    )
    found = stretches(text)
    assert [c for _q, _s, c in found] == [
        "The repairs are on schedule,",
        "We expect the first boats in May.",
    ]
    assert {q for q, _s, _c in found} == {"said"}
    assert len({s for _q, s, _c in found}) == 1


def test_a_relative_clause_verb_does_not_cue_the_next_quotation(stretches) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“The repairs are on schedule,” said Pia Lund, the county engineer, who has not visited "
        "the pier but reads every report. “We expect the first boats in May.”"
    )
    cues = {q for q, _s, c in stretches(text) if c.startswith("We expect")}
    assert cues == {"said"}


def test_a_mixed_statement_is_continued_by_the_next_quotation(stretches) -> None:  # type: ignore[no-untyped-def]
    text = 'The ferry plan is a "long shot," Varga conceded. "Nobody on the council wants it."'
    found = stretches(text)
    assert ("conceded", "Varga", "Nobody on the council wants it.") in found
