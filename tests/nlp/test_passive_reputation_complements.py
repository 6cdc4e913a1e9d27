"""What a passive of reputation says its subject is known or seen as, when it is not a noun
(invented sentences): a gerund ("is best known for running the festival", "was widely seen as
testing their patience") or an adjective ("is seen as aligned with the mayor"); a subject shared
with a verb before ("made a fortune and was known for funding rival clubs"). And a fact made
known with no one named ("The terms of the sale were not known"), but not how long or by when
something was known, nor what someone is known for. A judgement of one adjective ("were deemed
ineligible") is as much a predicate as one of a phrase."""

from __future__ import annotations

import pytest

from .conftest import Found, found_parts

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "cue", "parts"),
    [
        (
            "Councillor Okafor is best known for running the harbor festival.",
            "is best known for",
            ["Councillor Okafor", "running the harbor festival"],
        ),
        (
            "The ferry strike was widely seen as testing the patience of the islanders.",
            "was widely seen as",
            ["The ferry strike", "testing the patience of the islanders"],
        ),
        (
            "The guild, which is seen as aligned with the mayor, said nothing.",
            "is seen as",
            ["which", "aligned with the mayor"],
        ),
        (
            "Tessa Marlow made a fortune in shipping and was known for funding rival clubs.",
            "was known for",
            ["Tessa Marlow", "funding rival clubs"],
        ),
    ],
)
def test_a_gerund_or_adjective_is_what_the_subject_is_known_as(  # type: ignore[no-untyped-def]
    nlp, text: str, cue: str, parts: list[str]
) -> None:
    assert (cue, None, parts) in found_parts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Councillor Okafor was known for years in the valley.",
        "Tessa Marlow was seen in Brindle on Tuesday.",
        "The ferry crossing at Velmora was closed for repairs.",
    ],
)
def test_no_reputation_without_what_it_is(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(cue.endswith((" for", " as")) for cue, _, _ in found_parts(nlp, text))


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The terms of the Harlow sale were not known.",
            "were not known",
            "The terms of the Harlow sale",
        ),
        (
            "The cause of the Velmora fire is not yet known.",
            "is not yet known",
            "The cause of the Velmora fire",
        ),
        (  # a place is no time phrase
            "The terms of the Tarrow lease were not known in Brindle.",
            "were not known",
            "The terms of the Tarrow lease",
        ),
    ],
)
def test_a_fact_known_with_no_one_named_has_no_source(
    found: Found, text: str, cue: str, content: str
) -> None:
    assert (cue, None, content) in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The results of the Hallam count were known by Tuesday.",
        "The senator from Ostrava was known for decades.",
        "Dalia Ortiz is well known in Brindle.",
        "He is known to his neighbors.",
        "The results of the Penrith count were known within hours.",
        "The outcome of the Harlow appeal was not known until Friday.",
        "The cause of the Velmora flood has been known since 2019.",
        "The Tarrow firm is known in the trade for its low prices.",
    ],
)
def test_known_by_when_how_long_or_who_is_no_fact_made_known(found: Found, text: str) -> None:
    assert not any(s is None and "known" in c for c, s, _ in found(text)), found(text)


@pytest.mark.parametrize(
    ("text", "cue", "source", "parts"),
    [
        (
            "Many of the Velmora ballots were deemed ineligible.",
            "were deemed",
            None,
            ["Many of the Velmora ballots", "ineligible"],
        ),
        (
            "The Harlow files have now been deemed classified.",
            "have now been deemed",
            None,
            ["The Harlow files", "classified"],
        ),
        (
            "Goats are considered sacred by most of the herders in Brindle.",
            "are considered",
            "most of the herders in Brindle",
            ["Goats", "sacred"],
        ),
    ],
)
def test_a_one_word_judgement_is_the_predicate(  # type: ignore[no-untyped-def]
    nlp, text: str, cue: str, source: str | None, parts: list[str]
) -> None:
    assert (cue, source, parts) in found_parts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Harlow plan was considered carefully.",
        "The ferry was seen again.",
        "Tessa Marlow is known as such.",
        "The Harlow plan is considered such.",
        "The two Velmora ballots were considered the same.",
    ],
)
def test_no_judgement_without_an_adjective(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(len(parts) == 2 for _, _, parts in found_parts(nlp, text))
