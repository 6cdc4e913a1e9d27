"""A pronoun that opens a sentence, or closes a quote that opens one, goes to the main subject
of the sentence before when that sentence tells what the person did (past tense); invented
articles."""

from __future__ import annotations

import pytest

from .records import find, run

pytestmark = pytest.mark.model

OPENER = (
    "Tomas Brand, the health board's chair, said no beds had been cut. "
    '"Every ward is open," he said.\n\n'
)


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        # a person introduced with a role disputes, then speaks with a pronoun
        (
            OPENER + "Kofi Mensah, a nurse at the Harlow clinic, disputed that. He said the "
            "children's ward had lost six beds in March.",
            "lost six beds in March",
            "Kofi Mensah",
        ),
        # the same, when the new speaker's name gives no gender and the last one's does
        (
            OPENER + "Iluka Farrand, an organiser with the nurses' union, disputed that. He "
            "said six wards had lost beds in March.",
            "six wards had lost beds",
            "Iluka Farrand",
        ),
        # a quote that opens the sentence after a person's action
        (
            OPENER + "Dario Lent voted against the health budget. "
            '"The board has closed a ward in all but name," he said.',
            "closed a ward in all but name",
            "Dario Lent",
        ),
        # a person named earlier by surname only, acting, then speaking
        (
            "Eamon Roe, the depot manager, was suspended in May. "
            + OPENER
            + "Roe used the inquiry to defend his record. He said the buses had been "
            "inspected every week.",
            "inspected every week",
            "Eamon Roe",
        ),
    ],
)
def test_the_subject_keeps_the_turn(extractor, text: str, fragment: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert find(run(extractor, text), fragment).speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        # a present-tense description of someone else leaves the turn with the speaker
        (
            OPENER + 'Piet Vance, his deputy, runs the night shift. "We have never turned a '
            'patient away," he said.',
            "never turned a patient away",
            "Tomas Brand",
        ),
        # the sentence before has no person as its subject
        (
            OPENER + 'The board voted to keep the ward open. "Nothing will close this year," '
            "he said.",
            "Nothing will close this year",
            "Tomas Brand",
        ),
        # a person in the sentence before who is not its subject
        (
            OPENER + "The inspectors praised Kofi Mensah for his work. He said the ward "
            "would stay open all year.",
            "stay open all year",
            "Tomas Brand",
        ),
        # the other gender
        (
            OPENER + "Maria Odum, a nurse at the clinic, left the meeting early. He said the "
            "ward would hire four nurses.",
            "hire four nurses",
            "Tomas Brand",
        ),
    ],
)
def test_the_turn_stays_with_the_speaker(extractor, text: str, fragment: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert find(run(extractor, text), fragment).speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "fragment", "name", "kind"),
    [
        (
            "Councillor Morwenna Tregarth said the library in Castlefold would stay open.",
            "would stay open",
            "Morwenna Tregarth",
            "person",
        ),
        (
            "Marlow Freight Services, the port's operator, said the quay would reopen in May.",
            "reopen in May",
            "Marlow Freight Services",
            "organization",
        ),
    ],
)
def test_who_a_named_source_is(extractor, text: str, fragment: str, name: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    s = find(run(extractor, text), fragment)
    assert (s.speaker.name, s.speaker.type) == (name, kind)


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        # a participle set off between the speaker and the verb
        (
            "Transport Minister Halvard Ostberg, visiting the depot in Carrow, told reporters "
            "that no bus route would be cut this year.",
            "no bus route would be cut",
            "Halvard Ostberg",
        ),
        (
            "Chief Inspector Lenora Vasko, speaking after the hearing, said the force had "
            "never lost a file.",
            "never lost a file",
            "Lenora Vasko",
        ),
    ],
)
def test_a_speaker_before_a_participle(
    extractor, text: str, fragment: str, speaker: str | None
) -> None:  # type: ignore[no-untyped-def]
    assert find(run(extractor, text), fragment).speaker.name == speaker


def test_a_verb_with_its_own_subject_keeps_it(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "With Halvard Ostberg visiting the depot, the drivers' union told reporters that "
        "drivers would strike in May."
    )
    assert find(run(extractor, text), "would strike in May").speaker.name != "Halvard Ostberg"
