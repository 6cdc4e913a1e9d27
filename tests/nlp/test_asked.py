"""Questions and requests a speaker puts, invented sentences: "asked the mayor about X",
"asked for X" and "asked a question" are the asker's statements, the content what was asked
about, asked for, or the question; a thing, a relative or nobody asks nothing."""

from __future__ import annotations

import pytest

from .conftest import Found

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "Senator Mara Voss asked the mayor about the flooded underpass on Elm Street.",
            "asked",
            "Senator Mara Voss",
            "the flooded underpass on Elm Street",
        ),
        (
            "Councilwoman Teodora Brill asked for a recount of the Ward 6 ballots.",
            "asked for",
            "Councilwoman Teodora Brill",
            "a recount of the Ward 6 ballots",
        ),
        (
            "Attorney General Ruben Okafor asked the appeals court for a stay of the ruling.",
            "asked",
            "Attorney General Ruben Okafor",
            "a stay of the ruling",
        ),
        (
            "Moderator Jonas Pell asked the candidates a simple question about water rates.",
            "asked",
            "Moderator Jonas Pell",
            "a simple question about water rates",
        ),
    ],
)
def test_the_asker_is_the_source(
    found: Found, text: str, cue: str, source: str, content: str
) -> None:
    assert (cue, source, content) in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The regulation asks for nothing more than a signature.",
        "Emails asking about the contract went unanswered.",
        "A rule that asks for two forms of ID was struck down.",
        "Ask any farmer about the drought.",
    ],
)
def test_no_asker_no_statement(found: Found, text: str) -> None:
    assert not [f for f in found(text) if f[0].lower().startswith("ask")], found(text)


def test_the_one_asked_and_the_clause_rules_keep_their_reading(found: Found) -> None:
    assert found("Ilse Moreno was asked about the delay.") == [
        ("was asked about", None, "the delay")
    ]
    assert ("asked", "Ilse Moreno", "whether the levy would pass") in found(
        "Ilse Moreno asked whether the levy would pass."
    )
    assert ("asked", "Ilse Moreno", "the council to delay the vote") in found(
        "Ilse Moreno asked the council to delay the vote."
    )


def test_asked_with_no_auxiliary_is_the_one_asked(found: Found) -> None:
    text = "When asked about the new levy, Mayor Ruiz said nothing."
    assert [f for f in found(text) if f[0].lower().startswith("asked")] == [
        ("asked about", None, "the new levy")
    ], found(text)


@pytest.mark.parametrize(
    "text",
    [  # the tagger reads "Asked" as a past tense; a finite verb would have its own subject
        'The council met on Monday. Asked what a firm plan looks like, Okonkwo replied: "We are'
        ' far from that."',
        'The council met on Monday. Asked what that might look like, she said: "We will see."',
    ],
)
def test_the_one_asked_in_a_participle_clause_the_tagger_misreads(found: Found, text: str) -> None:
    assert [f[1] for f in found(text) if f[0] == "Asked"] == [None], found(text)


def test_the_agent_of_the_one_asked_is_the_source(found: Found) -> None:
    text = "Asked by Tamsin Hale if the budget was final, Okonkwo said that it was not."
    assert [f[1] for f in found(text) if f[0] == "Asked"] == ["Tamsin Hale"], found(text)
    text = '"Never," Okonkwo said when asked by a reporter if the ferry would close.'
    assert [f[1] for f in found(text) if f[0] == "asked"] == ["a reporter"], found(text)


def test_a_finite_asked_keeps_its_subject(found: Found) -> None:
    text = "Okonkwo frowned when she asked whether the budget was final."
    assert [f[1] for f in found(text) if f[0] == "asked"] == ["she"], found(text)
