"""A text named as a source speaks for its author, named inside the phrase ("according to a
statement released Wednesday by the union"); the source phrase itself stays whole, as PolNeAR
marks it. A text that names no author, or only a time, stays unresolved. Invented sentences."""

from __future__ import annotations

import pytest

from .records import find, run

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "author"),
    [
        (
            "The strike at Pellow Mills will go on through the weekend, according to a "
            "statement released Wednesday by the Dorvale Weavers Union.",
            "Dorvale Weavers Union",
        ),
        (
            "Rents in Quillan rose by a third last year, according to a report published by "
            "the Halvard Institute.",
            "Halvard Institute",
        ),
        (
            "A letter signed by the Dorvale Teachers Union said the budget would close four "
            "schools.",
            "Dorvale Teachers Union",
        ),
        (
            "A statement from the Dorvale Teachers Union said the budget would close four schools.",
            "Dorvale Teachers Union",
        ),
        ("Ada Brill's letter said the budget would close four schools.", "Ada Brill"),
    ],
)
def test_a_text_speaks_for_the_author_it_names(extractor, text: str, author: str) -> None:  # type: ignore[no-untyped-def]
    s = next(s for s in run(extractor, text).statements if s.speaker.mention is not None)
    assert s.speaker.name == author
    # the source phrase is the whole text with its author, as the annotators mark it
    assert s.speaker.mention.text.lower().startswith(("a ", "ada"))


@pytest.mark.parametrize(
    "unnamed",
    [
        "A statement released Wednesday said the budget would close four schools.",
        "A report from May said the budget would close four schools.",
        "Last year's report said the budget would close four schools.",
    ],
)
def test_only_a_named_author_speaks(extractor, unnamed: str) -> None:  # type: ignore[no-untyped-def]
    named = "A report published by the Halvard Institute said rents would rise by a third."
    record = run(extractor, f"{unnamed} {named}")
    assert find(record, "four schools").speaker.name is None
    assert find(record, "rents would rise").speaker.name == "Halvard Institute"
