"""A source noun phrase the parser split into two subjects of one verb: the source is the whole
phrase, a compound one with its "and" (``source_spans._split_subject``); and a source that
would start inside a hyphenated word (``ex-wife``) starts on the whole word.

Invented sentences, people and places; each positive case fails without the rule, each
negative case guards what it must leave alone.
"""

from __future__ import annotations

from .conftest import Found

_LEAD = "The council met on Monday. "


def _sources(found: Found, text: str) -> dict[str, str | None]:
    return {cue: source for cue, source, _ in found(_LEAD + text)}


def test_a_title_the_parser_split_from_its_name(found: Found) -> None:
    text = "Kessel spokesman the Rev. Tomas Ruiz told reporters that the bishop would not attend."
    assert _sources(found, text)["told"] == "Kessel spokesman the Rev. Tomas Ruiz"


def test_a_compound_source_the_parser_split_at_its_and(found: Found) -> None:
    text = (
        "Former Kessel Gov. Ada Moss (D) and former Tarrow Gov. Ivo Brandt (R) announced they "
        "will suspend their campaigns."
    )
    got = _sources(found, text)["announced"]
    assert got == "Former Kessel Gov. Ada Moss (D) and former Tarrow Gov. Ivo Brandt (R)"


def test_a_whole_subject_is_unchanged(found: Found) -> None:
    assert _sources(found, "Dana Voss told reporters that the bridge would open.")["told"] == (
        "Dana Voss"
    )
    text = "The central message the mayor's allies expect the council to push is simple."
    assert _sources(found, text)["expect"] == "the mayor's allies"


def test_a_quotation_before_the_source_is_not_part_of_it(found: Found) -> None:
    got = _sources(found, "“The bridge will open in May,” Dana Voss told reporters.")
    assert got["told"] == "Dana Voss"


def test_a_source_starts_on_a_whole_word(found: Found) -> None:
    # the parser splits "ex-wife" and hangs "ex" elsewhere; the source keeps the whole word
    # and the determiner and adjectives on its first part, as on any source
    text = "The ex-wife of Tomas Ruiz blames the council for the delay."
    assert _sources(found, text)["blames"] == "The ex-wife of Tomas Ruiz"
    text = "His former co-pilot Ivo Brandt said the runway was icy."
    assert _sources(found, text)["said"] == "His former co-pilot Ivo Brandt"
    text = "Tarrow-based lawyer Ada Moss said the levy was unfair."
    assert _sources(found, text)["said"] == "Tarrow-based lawyer Ada Moss"
