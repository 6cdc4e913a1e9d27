"""A reason told by "for" and a verb in "-ing" (:func:`onrecord.matters.causes.causes`):
"nobody was sent home for not having a blazer" denies one reason, not that pupils were sent
home for another. Every sentence here is invented."""

from __future__ import annotations

from .builders import item, kinds


def _sent_home(denial: str) -> list[tuple[str, str, str]]:
    return kinds(
        item("a", "Fourteen pupils were sent home on Monday, most of them for wearing the wrong "
                  "shoes", "Carys Welland", "2045-09-05"),
        item("b", denial, "Hugo Penrose", "2045-09-05"),
    )  # fmt: skip


def test_a_denial_for_one_reason_and_a_count_for_another_are_two_questions() -> None:
    assert _sent_home("Nobody was sent home for not having a tie") == []
    # the same reason denied is the same question
    found = _sent_home("Nobody was sent home for wearing the wrong shoes")
    assert [k for k, _, _ in found] == ["contradiction"]
