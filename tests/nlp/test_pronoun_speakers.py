"""Pronoun speakers and unnamed descriptions, on invented articles.

A first name's usual gender is a prior, not a fact; a pronoun right after a statement stays
with that statement's speaker even when the speaker was named by a description ("The chief
said ..."); a lower-case description or a weekday is never made into a person.
"""

from __future__ import annotations

import pytest

from onrecord.models import Record

from .records import find

pytestmark = pytest.mark.model


def run(extractor, text: str) -> Record:  # type: ignore[no-untyped-def]
    return extractor.extract_text(text, published="2026-04-15")


TRAM = (
    "The Pellow tram line will not open until next year, the Corvale Transit Board said "
    "Tuesday, a month after its director-general told councillors the line was on time.\n\n"
    '"We will not open in June," Oluwaseun Abara told the council on Tuesday.\n\n'
    'Abara blamed the signalling contractor, Tressel Rail. "We were let down on the '
    'signals," she said.'
)


def test_she_after_a_speaker_whose_name_gives_no_gender(extractor) -> None:  # type: ignore[no-untyped-def]
    s = find(run(extractor, TRAM), "let down on the signals")
    assert s.speaker.name == "Oluwaseun Abara"


def test_a_weekday_or_a_lower_case_description_is_not_a_person(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(extractor, TRAM)
    names = {e.name for e in r.entities}
    assert not names & {"Tuesday", "general", "director-general"}
    assert find(r, "line was on time").speaker.name is None


def test_a_name_with_a_title_keeps_its_gender(extractor) -> None:  # type: ignore[no-untyped-def]
    # the prior gives way to text only: "Ms." settles it, and "he" then goes to the other man
    r = run(
        extractor,
        'Ms. Oluwaseun Abara, the board\'s chair, spoke first. "The budget is fixed," Abara '
        "said.\n\nGideon Marsh, the finance director, disagreed. Marsh said the board had "
        'ignored the overrun. "It is 40 million over," he said.',
    )
    assert find(r, "40 million over").speaker.name == "Gideon Marsh"


# far enough from the chief's name that only the statement before can tie "he" to him
BACKGROUND = (
    "The van left the road on Quarrel Street shortly before midnight on Sunday and struck the "
    "wall of a closed garage. Its driver, a 20-year-old from the Eastmead estate, died at the "
    "scene; a passenger was taken to Saint Aldric's Hospital with a broken leg and cuts.\n\n"
    "Residents of Quarrel Street described hearing sirens for several minutes before the "
    "crash. Two of them recorded the last seconds on their phones, and the recordings were "
    "handed to the county's independent review office on Monday afternoon.\n\n"
    "The force's pursuit policy, rewritten in 2024 after two deaths in the county, allows "
    "officers to follow a vehicle only while the risk to the public is judged to be lower "
    "than the risk of letting it go. A supervisor must approve any chase that lasts longer "
    "than two minutes, and officers must end it when they lose sight of the vehicle.\n\n"
    "The review office has 30 days to report to the county's police commission, which meets "
    "in public. Its last report, on a crash in the harbor district in March, found that the "
    "officers involved had followed the policy and made no recommendation.\n\n"
)


def test_he_after_the_chief_said_stays_with_the_chief(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        "Police Chief Desmond Arkwright said on Monday that officers had ended the chase before "
        "the crash.\n\n"
        + BACKGROUND
        + "Dara Fennick, a lawyer for the family, said the patrol car was still behind the van. "
        '"They were chasing him," Fennick said at her office. She said the family would sue.\n\n'
        "The chief said the two officers had been moved to desk duty. "
        '"They are on leave while the review runs," he said.',
    )
    assert find(r, "on leave while the review").speaker.name == "Desmond Arkwright"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        # a newcomer of no known gender, made the subject since, takes the pronoun
        (
            "Mary Ellis said the school would close in June. The principal, Alex Moreno, "
            'disagreed. "Nothing has been decided," he said.',
            "Nothing has been decided",
            "Alex Moreno",
        ),
        (
            "Priya Shah, the council's finance chief, said the budget was balanced. Taylor "
            'Brooks, a local shopkeeper, was not convinced. "The numbers are made up," he said.',
            "The numbers are made up",
            "Taylor Brooks",
        ),
        # an unnamed speaker in between: the pronoun is theirs, not the last named speaker's
        (
            "Mary Ellis, who owns a bakery on Main Street, said the new parking rules had cost "
            'her customers. "People just drive past now," she said.\n\nA police spokesman said '
            'officers would enforce the rules from Monday. "We have given everyone plenty of '
            'warning," he said.',
            "plenty of warning",
            None,
        ),
        (
            "Mary Ellis said the night shifts had worn her daughter down. Her husband said the "
            'hospital had promised a new rota. "She comes home and sleeps," he said.',
            "She comes home and sleeps",
            None,
        ),
        # a role naming someone else gives no gender: "the princess's bodyguard John Smith"
        (
            "The princess's bodyguard John Smith said the car was too fast. "
            '"It came out of nowhere," he said.',
            "It came out of nowhere",
            "John Smith",
        ),
    ],
)
def test_pronoun_after_other_people(
    extractor, text: str, fragment: str, speaker: str | None
) -> None:  # type: ignore[no-untyped-def]
    assert find(run(extractor, text), fragment).speaker.name == speaker


def test_a_far_man_over_a_near_woman_for_he(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        "John Carter, who ran the Quarrel Street garage for 30 years, said the lease had "
        "doubled.\n\n"
        + BACKGROUND
        + "\"I don't know what I'll do,\" said Mary Ellis, who works the till.\n\n"
        '"We tried everything to keep it open," he said.',
    )
    assert find(r, "We tried everything").speaker.name == "John Carter"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        # a plural or a document in between does not stand for "he"
        (
            'John Hale, the finance chair, said the accounts were audited every year. "There '
            'is no hidden deficit," Hale said.\n\nCritics said the audit had been rushed.\n\n'
            '"I stand by every number," he said.',
            "I stand by every number",
            "John Hale",
        ),
        # an unnamed person in between takes the pronoun, whatever the earlier name's gender
        (
            "John Hale said the accounts were audited every year. A district spokesman said the "
            'results would be published. "We will publish them in May," he said.',
            "We will publish them in May",
            None,
        ),
        # a name given to women and men has no gender of its own
        (
            "Kim Sato, the director of the Tarn food bank, said demand had doubled since "
            'January. Alex Moreno, a volunteer, drives the van on Fridays. "We are turning '
            'people away," she said.',
            "We are turning people away",
            "Kim Sato",
        ),
        # the word before a name that names someone else gives no gender
        (
            "Queen Margaret Hospital porter Robin Hale said the lifts had failed twice. "
            '"Nobody told us why," he said.',
            "Nobody told us why",
            "Robin Hale",
        ),
    ],
)
def test_pronoun_review_cases(extractor, text: str, fragment: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    assert find(run(extractor, text), fragment).speaker.name == speaker


def test_a_body_owned_by_a_pronoun_is_not_made_a_name(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(extractor, "Drivers at Kelso Buses will strike on May 3, their union said.")
    assert find(r, "will strike on May 3").speaker.name is None
    assert "their union" not in {e.name.lower() for e in r.entities}


def test_a_body_named_in_the_article_is_still_found(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        "The Transit Workers Union has 900 members at Kelso Buses. Drivers will strike on "
        "May 3, their union said.",
    )
    assert find(r, "will strike on May 3").speaker.name == "Transit Workers Union"


def test_a_name_set_off_after_a_role_is_a_person(extractor) -> None:  # type: ignore[no-untyped-def]
    # the tagger may call an unfamiliar name an organization; after "spokesman," it is a person
    r = run(
        extractor,
        "A ministry spokesman, Gareth Pennock, rejected the union's claim that 600 jobs would "
        "be lost.",
    )
    s = find(r, "600 jobs would be lost")
    assert s.speaker.name == "Gareth Pennock" and s.speaker.type == "person"


def test_a_pronoun_after_another_person_named_as_subject_is_theirs(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        "Marit Farrant said crews will keep Quay Street open during the work. Shutting the road "
        'would hurt the shops, she said. "A full closure would cost $300,000," she said.\n\n'
        'Orrin Pryce agreed. "We will not close Quay Street for this work," he said.',
    )
    assert find(r, "We will not close Quay Street").speaker.name == "Orrin Pryce"
    assert find(r, "crews will keep Quay Street open").speaker.name == "Marit Farrant"


def test_a_pronoun_after_a_speaker_whose_name_has_no_gender_named_last(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        'Chief Ines Okafor said patrols were unchanged. "Nothing was cut," she said. Deputy '
        "Chief Marcus Bell agreed.\n\nCouncillor Jordan Pike repeated the claim that patrols "
        'had been cut. "The department cut foot patrols in March," he said.',
    )
    assert find(r, "cut foot patrols in March").speaker.name == "Jordan Pike"


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # named only in passing (as an object) after the last statement: no turn, no pull
        (
            "Jordan Pike said taxes would rise next year. Maria Lopez shook her head. "
            '"I have known Pike for years and he is wrong," she said.',
            "I have known Pike for years",
            "Maria Lopez",
        ),
        # "agreed" inside someone's quotation gives nobody the turn
        (
            'Karen Wills said the board had voted. "Linda Park agreed with us at the time," '
            'she said. "Now she wants a new vote," she said.',
            "Now she wants a new vote",
            "Karen Wills",
        ),
    ],
)
def test_pronoun_turn_review_cases(extractor, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert find(run(extractor, text), quote).speaker.name == speaker
