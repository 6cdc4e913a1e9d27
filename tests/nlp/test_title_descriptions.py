"""A title that opens a description ("the vice-chancellor of X") is not another officer of X
who shares only the body's name. Invented sentences."""

from __future__ import annotations

import pytest

from onrecord.models import Record

from .records import find

pytestmark = pytest.mark.model


def run(extractor, text: str) -> Record:  # type: ignore[no-untyped-def]
    return extractor.extract_text(text, published="2026-03-03")


def test_a_title_is_not_another_office_of_the_same_body(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        "The chancellor of Brindlemoor University promised on Monday that fees would not rise "
        "next year. Olga Trent, Brindlemoor's chief financial officer, said on Friday that "
        "fees would rise by 5 percent.",
    )
    assert find(r, "fees would not rise").speaker.name != "Olga Trent"
    assert find(r, "fees would rise by 5 percent").speaker.name == "Olga Trent"


def test_a_title_still_finds_the_person_who_holds_it(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        "Olga Trent, Brindlemoor's finance minister, spoke first. The minister said on Friday "
        "that fees would rise by 5 percent.",
    )
    assert find(r, "fees would rise by 5 percent").speaker.name == "Olga Trent"
