"""Look-alikes of the cue frames that are no statements: a platform after "comment on", attacks
and views that are physical, things as subjects, shows that are events, an elliptical "told him
to", an apposition after "called"."""

from __future__ import annotations

import pytest

from .conftest import Found

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "cue_word"),
    [
        ("The senator posted a comment on Facebook late Tuesday.", "comment"),
        ("Russia launched an attack on Kyiv overnight.", "attack"),
        ("The militants launched attacks on three villages.", "attack"),
        ("The hotel has a view on the lake.", "view"),
        ("The bill has support for rural hospitals.", "support"),
        ("The map made no mention of the road.", "mention"),
        ("The bridge was critical of the city's supply routes.", "critical"),
        ("She has appeared on the program since 2010, the network's flagship morning show.",
         "show"),
        ("The event drew more than 5,000 visitors, a record for the annual auto show.", "show"),
        ("He resigned because his boss told him to.", "told"),
        ("The photo reminded her to call home more often.", "reminded"),
        ("The sign told drivers to slow down near the school.", "told"),
        ('She called her mother, "a retired nurse," on Sunday.', "called"),
    ],
)  # fmt: skip
def test_no_statement(found: Found, text: str, cue_word: str) -> None:
    assert not any(cue_word in cue for cue, _, _ in found(text)), found(text)


def test_said_adding_is_a_second_report_not_a_subject(found: Found) -> None:
    got = found("They said adding that the road would close in May.")
    assert not any(content.startswith("adding") for _, _, content in got), got


def test_the_real_frames_still_hold(found: Found) -> None:
    assert ("voiced strong support for", "Brandt", "the new transit levy") in found(
        "Brandt voiced strong support for the new transit levy."
    )


def test_called_out_on_keeps_its_object_before_the_preposition(found: Found) -> None:
    got = found("He called the senator out on his vote.")
    assert any(content == "his vote" for _, _, content in got), got
    assert found("She called her brother on Tuesday.") == []
