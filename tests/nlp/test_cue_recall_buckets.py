"""Cues the lexicon knows that a rule used to lose: a second report the parser joined to the
reported clause, "X said Y, according to Z" as Z's report too, passive stances with a "by"
agent, short quotations with their tag, and gerunds after "by", "in", "after" ..."""

from __future__ import annotations

import pytest

from .conftest import Found

pytestmark = pytest.mark.model


def _by_cue(got: list[tuple[str, str | None, str]], cue: str) -> tuple[str, str | None, str]:
    hits = [g for g in got if g[0] == cue]
    assert hits, got
    return hits[0]


# -- second reports ------------------------------------------------------------------------


def test_second_report_after_a_clause_about_a_thing(found: Found) -> None:
    got = found("Olen Pratt said the warning was empty and accused the ministry of lying.")
    assert _by_cue(got, "said") == ("said", "Olen Pratt", "the warning was empty")
    assert _by_cue(got, "accused")[1] == "Olen Pratt"


def test_second_report_after_an_infinitive(found: Found) -> None:
    got = found("Pratt called on the council to cut the tax and proposed a new levy.")
    assert _by_cue(got, "called on")[2] == "the council to cut the tax"
    assert _by_cue(got, "proposed") == ("proposed", "Pratt", "a new levy")


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # the councillors may have rejected it: the clause's own subject can act
        ("Pratt said the councillors debated the bill and rejected it.", "rejected"),
        # both infinitives: what the council is urged to do
        ("Pratt urged the council to cut the tax and reject the levy.", "reject"),
    ],
)  # fmt: skip
def test_no_second_report(found: Found, text: str, cue: str) -> None:
    assert not any(c == cue for c, _, _ in found(text)), found(text)


# -- according to ---------------------------------------------------------------------------


def test_according_to_relays_the_whole_report(found: Found) -> None:
    text = "Most voters said the bank does more harm than good, according to exit polls."
    got = found(text)
    assert _by_cue(got, "said")[1] == "Most voters"
    assert _by_cue(got, "according to") == (
        "according to",
        "exit polls",
        "Most voters said the bank does more harm than good",
    )


def test_according_to_first_holds_the_report(found: Found) -> None:
    # "According to Z, X said Y": the one attribution is Z's; X's report is nested in it
    got = found("According to the Courier, Ortega said he was leaving the party.")
    assert got == [("According to", "the Courier", "Ortega said he was leaving the party")]


def test_according_to_alone_is_one_statement(found: Found) -> None:
    got = found("The bridge will close in May, according to the city.")
    assert got == [("according to", "the city", "The bridge will close in May")]


# -- passive stances --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The proposal was rejected by 64 percent of the electorate.",
         ("was rejected", "64 percent of the electorate", "The proposal")),
        ("The meeting was first reported by the Courier.",
         ("was first reported", "the Courier", "The meeting")),
        ("Her plan has been applauded by critics in Lenton.",
         ("has been applauded", "critics in Lenton", "Her plan")),
    ],
)  # fmt: skip
def test_passive_stance_with_agent(found: Found, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The city was attacked by rebels overnight.", "attacked"),  # a blow, not a stance
        ("The essay was published by the Courier.", "published"),
        ("The bill was signed by the governor.", "signed"),  # not a stance verb
        ("The plan was rejected last year.", "rejected"),  # nobody named
        ("It was rejected by the council.", "rejected"),  # nothing to take a stance on
        # agents that take no stance
        ("The loan was backed by federal funds.", "backed"),
        ("The claim is supported by evidence from the audit.", "supported"),
        ("The bridge was backed by $2 million in state funds.", "backed"),
    ],
)  # fmt: skip
def test_no_passive_stance(found: Found, text: str, word: str) -> None:
    assert not any(word in c for c, _, _ in found(text)), found(text)


# -- nesting ----------------------------------------------------------------------------------


def test_report_inside_a_report_stays_out(found: Found) -> None:
    got = found("Ruiz said that Ortega claimed the vote was rigged.")
    assert not any(c == "claimed" for c, _, _ in got), got


# -- short tagged quotations ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“Denver,” he answered.", ("answered", "he", "Denver,")),
        ("“Quiet,” he demanded, as Bracken continued to interject.",
         ("demanded", "he", "Quiet,")),
        ("“Really,” she added when the host looked surprised.", ("added", "she", "Really,")),
    ],
)  # fmt: skip
def test_short_quotation_with_its_tag(
    found: Found, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "“Moaning,” as critics call it, is a loaded word.",
        "“Regional,” the word she chose, stuck to the campaign.",
        "She is a “regional” candidate, he said.",
    ],
)
def test_short_quotation_without_a_tag(found: Found, text: str) -> None:
    got = found(text)
    assert not any(
        content.strip("“”,") in ("Moaning", "Regional", "regional") for *_, content in got
    )


# -- gerunds after a preposition of manner ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor began by talking about the city's drug crisis.",
         ("began by talking about", "The mayor", "the city's drug crisis")),
        ("Ruiz explained the delay by saying the bridge was unsafe.",
         ("saying", "Ruiz", "the bridge was unsafe")),
    ],
)  # fmt: skip
def test_gerund_takes_the_subject_of_its_verb(
    found: Found, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in found(text), found(text)


def test_gerund_after_for_is_not_the_subjects(found: Found) -> None:
    got = found("Lenna criticized Ortega for saying the vote was fair.")
    assert not any(c == "saying" and s == "Lenna" for c, s, _ in got), got


def test_no_second_report_after_an_active_clause(found: Found) -> None:
    # the plan may have exposed the gap: an active clause can share its subject
    got = found("Lenna said the plan failed and exposed a clear gap.")
    assert not any(c == "exposed" and s == "Lenna" for c, s, _ in got), got


def test_pushed_back_on_a_statement_after_an_appositive(found: Found) -> None:
    # the parser hangs "on" from the particle "back" when an appositive splits subject and verb
    text = (
        "Ada Morrow, director of the Tenants Union, pushed back on the council's statement "
        "that every tenant had been told of the rent rise."
    )
    assert ("pushed", "every tenant had been told of the rent rise") in [
        (k, c) for k, _, c in found(text)
    ]
