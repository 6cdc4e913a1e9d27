"""Fixtures of the NLP tests: the statements ``find_attributions`` reads from a text."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from onrecord.nlp.attribution import find_attributions

Found = Callable[[str], list[tuple[str, str | None, str]]]


@pytest.fixture
def found(nlp) -> Found:  # type: ignore[no-untyped-def]
    """``found(text)``: (cue, source, content) of each statement of ``text``, as written."""

    def run(text: str) -> list[tuple[str, str | None, str]]:
        out = []
        for a in find_attributions(nlp(text))[0]:
            cue = text[a.cue[0] : a.cue[1]] if a.cue else ""
            source = text[a.source[0] : a.source[1]] if a.source else None
            out.append((cue, source, text[a.content[0] : a.content[1]]))
        return out

    return run


def found_parts(nlp, text: str) -> list[tuple[str, str | None, list[str]]]:  # type: ignore[no-untyped-def]
    """(cue, source, the content's parts) of each statement of ``text``, as written: a
    discontinuous content in its pieces, a continuous one as one piece."""
    out = []
    for a in find_attributions(nlp(text))[0]:
        cue = text[a.cue[0] : a.cue[1]] if a.cue else ""
        source = text[a.source[0] : a.source[1]] if a.source else None
        out.append((cue, source, [text[s:e] for s, e in (a.parts or (a.content,))]))
    return out


def statement_date(record, fragment: str) -> str | None:  # type: ignore[no-untyped-def]
    """The date of the first statement of ``record`` whose content holds ``fragment``."""
    hits = [s for s in record.statements if fragment in s.content.text]
    assert hits, [s.content.text for s in record.statements]
    return hits[0].date.value if hits[0].date else None
