"""Where a quotation's content starts when words of its own clause stand before it: a subject
that opens the sentence (``Voters “want change,” she said``) or a pronoun with its verb
(``says it’s “reckless”``) belong to the content, which is then mixed; a connective or a
possessive does not. Invented sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from onrecord.nlp.attribution import find_attributions

pytestmark = pytest.mark.model

Found = Callable[[str], list[tuple[str, str]]]


@pytest.fixture
def contents(nlp) -> Found:  # type: ignore[no-untyped-def]
    """``contents(text)``: (kind, content) of each statement of ``text``."""

    def run(text: str) -> list[tuple[str, str]]:
        return [
            (a.kind, text[a.content[0] : a.content[1]]) for a in find_attributions(nlp(text))[0]
        ]

    return run


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'Commuters "have waited long enough for a train that runs on time," she said.',
            'Commuters "have waited long enough for a train that runs on time,"',
        ),
        (
            "Ortega “has earned a second term, and the numbers show it,” said Lina Ruiz, who "
            "ran his first campaign.",
            "Ortega “has earned a second term, and the numbers show it,”",
        ),
        (
            'They have "a much bigger appetite for risk than we expected," he said.',
            'They have "a much bigger appetite for risk than we expected,"',
        ),
    ],
)
def test_a_subject_opening_the_sentence_before_a_quotation_is_content(
    contents: Found, text: str, content: str
) -> None:
    assert ("mixed", content) in contents(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The mayor defended the plan, saying it’s “a fair deal for every district.”",
            "it’s “a fair deal for every district.”",
        ),
        (
            'Analysts at the Harlow bank say they\'re "not worried at all about the deficit."',
            'they\'re "not worried at all about the deficit."',
        ),
    ],
)
def test_a_pronoun_and_its_verb_before_a_quotation_are_content(
    contents: Found, text: str, content: str
) -> None:
    assert ("mixed", content) in contents(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('But "we are not there yet," she said.', "we are not there yet,"),
        (
            "Still “nothing is settled on the ferry route,” the mayor said.",
            "nothing is settled on the ferry route,",
        ),
        (
            'Late on a wet Tuesday night "the count was still going on," the clerk said.',
            "the count was still going on,",
        ),
    ],
)
def test_a_connective_or_a_setting_before_a_quotation_stays_out(
    contents: Found, text: str, content: str
) -> None:
    assert ("direct", content) in contents(text)


def test_a_possessive_before_a_quotation_is_no_pronoun_and_verb(contents: Found) -> None:
    text = 'Ms. Varga said on Tuesday that she liked the station\'s "Morning Hour with Lena Ruiz."'
    assert all(not c.startswith("station") for _k, c in contents(text))
