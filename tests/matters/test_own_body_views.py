"""A view held by the body the speaker speaks for, named by more than one word: "The
community council supports the hatchery", said by the chair of Duncraig Community Council,
then "the community council now opposes it" is that body's change of mind, a reversal, as
"the union" for a union's secretary is. A body whose name the role does not hold, or a role
that does not speak for it, stays someone else's view.

Every sentence here is invented."""

from __future__ import annotations

from .builders import item, kinds

_ROLE = ("chair of Duncraig Community Council",)


def _pair(subject: str, roles: tuple[str, ...]) -> list[tuple[str, str, str]]:
    a = item("a", f"{subject} supports the hatchery expansion", "Isla Brodie", "2031-03-02",
             roles=roles)  # fmt: skip
    b = item("b", f"{subject} now opposes the hatchery expansion", "Isla Brodie", "2031-04-20",
             article="a2", roles=roles)  # fmt: skip
    return kinds(a, b)


def test_the_speakers_body_named_in_two_words_changes_its_view() -> None:
    assert _pair("The community council", _ROLE) == [("reversal", "a", "b")]


def test_the_speakers_body_named_in_one_word_still_changes_its_view() -> None:
    assert _pair("The council", _ROLE) == [("reversal", "a", "b")]


def test_another_body_is_no_change_of_mind() -> None:
    assert _pair("The parish council", _ROLE) == []
    assert _pair("The community trust", _ROLE) == []


def test_a_role_that_does_not_speak_for_the_body_is_no_change_of_mind() -> None:
    assert _pair("The community council", ("former chair of Duncraig Community Council",)) == []
