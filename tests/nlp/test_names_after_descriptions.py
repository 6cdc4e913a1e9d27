"""Who said it: a person named after an indefinite description is that person only when the
writer introduces them ("Calum Reid, who left in February,") and they do not answer.
Invented sentences."""

from __future__ import annotations

import pytest

from .records import find, run

pytestmark = pytest.mark.model


def test_a_bare_name_after_a_description_is_the_next_speaker(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        "A council spokesperson said the road would reopen in May. Tobias Wren said he did "
        "not believe it.",
    )
    assert find(r, "the road would reopen in May").speaker.name != "Tobias Wren"


def test_one_who_answers_is_someone_else(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        "A former minister says the deal is dead. Ana Ruiz, who signed it, insists it will "
        "survive.",
    )
    assert find(r, "the deal is dead").speaker.name != "Ana Ruiz"


def test_one_introduced_with_a_relative_clause_still_is_the_one_described(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        "A former engineer says the company ignored the warnings. Calum Reid, who left the "
        "firm in February, said managers knew about the fault.",
    )
    assert find(r, "the company ignored the warnings").speaker.name == "Calum Reid"
