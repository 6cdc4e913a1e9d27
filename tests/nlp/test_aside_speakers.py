"""A speaker set off by an aside before the verb, invented sentences: the parser may read the
relative clause ("Reyes, who holds no such endorsements, said ...") as a clause "said"
reports before it, with the name as that clause's subject, and leave "said" with none. The
name is the speaker when the verb reports a clause after it too (one verb, one report)."""

from __future__ import annotations

import pytest

from .records import cued

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Reyes, meanwhile, who holds no such endorsements, said that fact speaks volumes "
            "about the race.",
            "Reyes",
        ),
        (
            "Moreno, who like others spoke on the condition of anonymity, said the meeting was "
            "tense.",
            "Moreno",
        ),
        (
            "Ms. Brandt, whose latest venture, Cropline, sells seeds online, said the tariff was "
            "a mistake.",
            "Ms. Brandt",
        ),
    ],
)
def test_the_name_before_an_aside_is_the_speaker(nlp, text, source) -> None:  # type: ignore[no-untyped-def]
    found = cued(nlp, text, "said")[0]
    assert found is not None and found.startswith(source), found


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the verb reports only the clause before it: the one after the aside speaks
        (
            "The price will rise, the minister, who spoke in Elmford, said that night.",
            "the minister",
        ),
        ('"We will win," said Ruiz, who leads the union.', "Ruiz"),
        (
            "The council will meet, officials said, and the mayor said the vote would be close.",
            "officials",
        ),
    ],
)
def test_a_clause_reported_before_the_verb_keeps_its_speaker(nlp, text, source) -> None:  # type: ignore[no-untyped-def]
    assert cued(nlp, text, "said")[0] == source
