"""A content ends before a closing non-restrictive relative clause (the guidelines: "be
conservative", a ``, which ...`` clause is most often the writer's background)."""

from __future__ import annotations

from .conftest import Found


def _content(found: Found, text: str, cue: str) -> str:
    return next(c for k, _, c in found(text) if k == cue)


def test_closing_where_clause_is_left_out(found: Found) -> None:
    text = (
        "The councilwoman announced she would seek a recount in the Elmwood race, "
        "where she trailed by 40 votes."
    )
    assert _content(found, text, "announced") == "she would seek a recount in the Elmwood race"


def test_closing_which_clause_is_left_out(found: Found) -> None:
    text = "Port officials said the bridge will reopen in May, which would end a year of detours."
    assert _content(found, text, "said") == "the bridge will reopen in May"


def test_closing_who_clause_is_left_out(found: Found) -> None:
    text = "Ms. Dunmore said she met with Tom Arlo, who runs the harbor shelter."
    assert _content(found, text, "said") == "she met with Tom Arlo"


def test_restrictive_clause_stays(found: Found) -> None:
    text = "The mayor of Linwick said the people who voted for the levy were right."
    assert _content(found, text, "said") == "the people who voted for the levy were right"


def test_quoted_relative_clause_stays(found: Found) -> None:
    text = 'Ms. Dunmore said the fund was "a gift to the builders, who never pay their share."'
    content = _content(found, text, "said")
    assert content.endswith('who never pay their share."')


def test_relative_clause_on_the_subject_stays(found: Found) -> None:
    text = "The Elm Fund, which backed the mayor, spent $2 million on ads, officials said."
    content = _content(found, text, "said")
    assert content.startswith("The Elm Fund, which backed the mayor, spent $2 million")
