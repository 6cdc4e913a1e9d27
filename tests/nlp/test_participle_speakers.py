"""The speaker of a closing participle after a reported clause, invented sentences: the parse
hangs ", insisting ..." on the clause the cue verb reports ("Patel said he plans to oppose the
tunnel, insisting ..."), and the participle's subject came from that clause. PolNeAR's
annotators give it to the one who reports the clause when its subject is a pronoun that can
stand for them or a thing that cannot say what the participle says; another person in the
clause, or a thing that can show, keeps it."""

from __future__ import annotations

import pytest

from .records import cued

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "Councillor Dev Patel said he plans to oppose the tunnel next month, insisting "
            "that the costs were hidden from voters.",
            "insisting",
            "Councillor Dev Patel",
        ),
        (
            "Senator Maria Okafor said the new levy was unfair to farmers, noting that grain "
            "prices had fallen for three years.",
            "noting",
            "Senator Maria Okafor",
        ),
        (
            "Governor Tom Reyes said the bridge closure is hurting small shops, pointing to a "
            "survey of traders in Elmford.",
            "pointing to",
            "Governor Tom Reyes",
        ),
    ],
)
def test_the_participle_after_a_reported_clause_is_the_speakers(nlp, text, cue, source) -> None:  # type: ignore[no-untyped-def]
    assert cued(nlp, text, cue)[0] == source


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # another person acts in the clause: the participle is theirs
        (
            "Aides said Ruiz calmed the room, telling the crowd that the plant would stay open.",
            "telling",
            "Ruiz",
        ),
        # a pronoun that cannot stand for the many who report
        ("Officials said he resigned on Monday, citing poor health.", "citing", "he"),
        # a thing that can suggest or show what follows
        (
            "Ruiz said the new survey was alarming, suggesting that rents had doubled.",
            "suggesting",
            "the new survey",
        ),
        # a tag of another speaker in between: the aide adds
        (
            "The mayor said Reed “had no chance,” an aide recalled, adding that the vote was "
            "close.",
            "adding",
            "an aide",
        ),
    ],
)
def test_the_participle_stays_with_the_clause_s_own_actor(nlp, text, cue, source) -> None:  # type: ignore[no-untyped-def]
    assert cued(nlp, text, cue)[0] == source


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a pronoun of the other gender than the speaker's title or first name
        ("Ana Ruiz said he resigned on Monday, citing poor health.", "citing", "he"),
        (
            "Mrs. Ruiz said he would run again, insisting that the party needed him.",
            "insisting",
            "he",
        ),
        ("Carlos Mendez said she quit the board, citing a conflict of interest.", "citing", "she"),
        # a person or a firm named by a common noun acts in the clause
        (
            "Ruiz said her brother would appeal, insisting that the judge erred.",
            "insisting",
            "her brother",
        ),
        (
            "Ruiz said the company would appeal, arguing that the fine was too high.",
            "arguing",
            "the company",
        ),
    ],
)
def test_the_participle_stays_with_another_person_or_gender(nlp, text, cue, source) -> None:  # type: ignore[no-untyped-def]
    assert cued(nlp, text, cue)[0] == source


def test_a_pronoun_of_the_speakers_gender_still_lends_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ana Ruiz said she would appeal the ruling, insisting that the judge had erred."
    assert cued(nlp, text, "insisting")[0] == "Ana Ruiz"
