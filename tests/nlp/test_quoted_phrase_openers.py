"""A quotation that finishes a noun phrase begun outside its marks is the clause's end.

``Trump's “assertion that ...”``, ``The “question of how ...”``: the determiner or possessor
before the opening mark starts the phrase the quoted words complete, so the content starts
there and the statement is mixed, as PolNeAR's annotators mark it (:mod:`onrecord.nlp.spans`).
Invented sentences.
"""

from __future__ import annotations

import pytest

from .conftest import Found


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'Ruiz said Vell\'s "claim that the data has value is speculative."',
            'Vell\'s "claim that the data has value is speculative."',
        ),
        (
            'Dornfeld\'s "shortage of polling places was a burden on voters," the suit said.',
            'Dornfeld\'s "shortage of polling places was a burden on voters,"',
        ),
        (
            'The "question of how one drafts such a brief remains a fair one," Ruiz wrote.',
            'The "question of how one drafts such a brief remains a fair one,"',
        ),
    ],
)
def test_the_phrase_the_quotation_finishes_is_the_content(
    found: Found, text: str, content: str
) -> None:
    assert content in [c for _, _, c in found(text)]


def test_a_quotation_after_its_tag_alone_stays_direct(found: Found) -> None:
    text = 'Ruiz said, "The plan is dead and the pier will close."'
    assert [c for _, _, c in found(text)] == ["The plan is dead and the pier will close."]


def test_the_one_told_is_not_part_of_what_was_said(found: Found) -> None:
    text = (
        '"The harbor is worried about the storms," Ruiz told KVL\'s "Good Morning Harbor." '
        '"When a storm comes, the pier is a danger to everyone."'
    )
    assert not [c for _, _, c in found(text) if "KVL" in c]
