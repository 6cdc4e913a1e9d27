"""A pronoun after a statement whose speaker's name gives no gender, on invented articles.

A man named only inside what the speaker said ("said the mayor had not asked Ostrander to
leave") takes no turn: "he said" next is still the speaker's. A man who does take a turn
("Ostrander said ...") keeps it."""

from __future__ import annotations

import pytest

from .records import find, run

pytestmark = pytest.mark.model


NAMED_INSIDE = (
    "Rumours about Piet Ostrander's future have circulated for a week. Ostrander, the city "
    "treasurer, has said little.\n\n"
    "Council spokesperson Tamsin Ejiofor said the mayor had not asked Ostrander to leave. "
    '"Nobody has asked the treasurer to go," he said.'
)


def test_a_man_named_only_in_what_was_said_takes_no_turn(extractor) -> None:  # type: ignore[no-untyped-def]
    s = find(run(extractor, NAMED_INSIDE), "Nobody has asked the treasurer to go")
    assert s.speaker.name == "Tamsin Ejiofor"


TAKES_TURN = (
    "Council spokesperson Tamsin Ejiofor said the mayor had not asked Piet Ostrander to "
    "leave.\n\nOstrander said the mayor had asked him twice. "
    '"She asked me in January and again last week," he said.'
)


def test_a_man_who_speaks_next_keeps_the_turn(extractor) -> None:  # type: ignore[no-untyped-def]
    s = find(run(extractor, TAKES_TURN), "She asked me in January")
    assert s.speaker.name == "Piet Ostrander"


def test_a_title_owned_by_a_name_is_a_role(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        "Odile Varga, Corvale Transit's chief engineer, said the tunnel had not flooded. "
        '"The pumps held," she said.',
    )
    assert find(r, "the tunnel had not flooded").speaker.roles == (
        "Corvale Transit's chief engineer",
    )


def test_a_name_in_apposition_is_no_role(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        "His deputy, Odile Varga, said the tunnel had not flooded.",
    )
    assert "Odile Varga" not in find(r, "the tunnel had not flooded").speaker.roles
