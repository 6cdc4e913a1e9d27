"""A group of people of one kind ("the Bus Users' Group") is no company: "the company
confirmed" does not point to it. Every sentence here is invented."""

from __future__ import annotations

import pytest

from .records import find, run


@pytest.mark.parametrize("group", ["Marrowby Rail Users' Group", "Marrowby Tenants Action Group"])
def test_the_company_is_not_a_members_group(extractor, group: str) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kestrel Trains will close two ticket offices, the company confirmed on Monday. "
        f"Gwen Hale, chair of the {group}, said it was a disgrace."
    )
    s = find(run(extractor, text), "close two ticket offices")
    assert "Group" not in (s.speaker.name or "")


def test_the_company_is_still_a_named_group(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tallis Group bought the Marrowby works in 2024. The works will close in June, the "
        "company said on Monday."
    )
    assert find(run(extractor, text), "will close in June").speaker.name == "Tallis Group"
