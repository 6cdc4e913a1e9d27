"""A stance, an endorsement or an intention in a relative clause set off by a comma states
what the noun before it did (the guidelines' "Bay Financial, which said it may be forced to
file ..."; the relative word is the source, never the noun), invented sentences. Only a
clause set off by a comma: a restrictive clause ("a group that backs the levy") picks the
noun out by what it did, and is mostly not marked; nor a relative word that is the verb's
object ("the levy, which the union opposed")."""

from __future__ import annotations

import pytest

from .conftest import Found

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The Dunmore Farmers Union, which endorsed Hal Brenner, spent heavily on radio ads.",
            "endorsed",
            "Hal Brenner",
        ),
        (
            "The Corran Valley Trust, which opposed the ferry levy, met again on Tuesday.",
            "opposed",
            "the ferry levy",
        ),
        (
            "Penrith Mills, which declined to comment, still owns the old quarry.",
            "declined",
            "to comment",
        ),
        (
            "The harbor board, which has rejected the toll plan, will vote again in May.",
            "has rejected",
            "the toll plan",
        ),
    ],
)
def test_a_stance_in_a_relative_clause_set_off_by_a_comma(
    found: Found, text: str, cue: str, content: str
) -> None:
    assert (cue, "which", content) in found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a restrictive clause names the noun by what it did
        ("Councillor Vell met a group that backs the ferry levy.", "backs"),
        ("The Penrith club that opposed the toll plan held a dinner.", "opposed"),
        ("A trust which endorsed Hal Brenner paid for the dinner.", "endorsed"),
    ],
)
def test_no_stance_in_a_restrictive_relative_clause(found: Found, text: str, word: str) -> None:
    got = found(text)
    assert not any(word in cue for cue, _, _ in got), got


def test_the_relative_word_as_object_stays_the_content(found: Found) -> None:
    text = "The ferry levy, which the Dunmore Farmers Union opposed, passed in March."
    got = found(text)
    assert ("opposed", "the Dunmore Farmers Union", "which") in got, got
