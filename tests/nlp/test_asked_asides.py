"""A speaker the parser gave to "asked" set off before the cue is the cue's; invented
articles."""

from __future__ import annotations

import pytest

from .records import find, run

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Ravindra Coulthard, asked about the ward closures by Lena Ortiz, said no beds "
            "would be cut.",
            "no beds would be cut",
            "Ravindra Coulthard",
        ),
        (
            "Ravindra Coulthard, asked about the closures, said no beds would be cut.",
            "no beds would be cut",
            "Ravindra Coulthard",
        ),
        # the asker named with a verb of her own keeps her turn
        (
            "Lena Ortiz asked whether beds would go, and Ravindra Coulthard said no beds "
            "would be cut.",
            "no beds would be cut",
            "Ravindra Coulthard",
        ),
    ],
)
def test_the_person_asked_is_the_speaker(extractor, text, fragment, speaker) -> None:  # type: ignore[no-untyped-def]
    statement = find(run(extractor, text), fragment)
    assert statement.speaker is not None and statement.speaker.name == speaker
