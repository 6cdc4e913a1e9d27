"""False contradictions found by running invented articles of four unrelated stories through
the whole pipeline: statements from different stories were compared, fears and tendencies read
as claims, a withheld promise read as a denial, and nouns that name no event taken for one.

Every sentence here is invented."""

from __future__ import annotations

from .builders import events, item, kinds

# -- one story, not one word ------------------------------------------------------------------


def test_two_stories_sharing_a_word_are_not_compared() -> None:
    found = kinds(
        item("s1", "prices would not rise", "Ray Oduya", "2026-04-08", article="hosp",
             sentence="Cedar Valley Health chief Ray Oduya said prices would not rise."),
        item("s2", "ticket prices will go up", "Omar Hassan", "2026-04-09", article="arena",
             sentence="Harbor Sharks owner Omar Hassan said ticket prices will go up."),
    )  # fmt: skip
    assert found == []


def test_two_articles_of_one_story_are_compared() -> None:
    found = kinds(
        item("s1", "prices would not rise", "Ray Oduya", "2026-04-08", article="hosp",
             sentence="Cedar Valley Health chief Ray Oduya said prices would not rise."),
        item("s2", "prices will rise", "Lin Varga", "2026-04-09", article="hosp2",
             sentence="Lin Varga, who studies Cedar Valley Health, said prices will rise."),
    )  # fmt: skip
    assert [k for k, _, _ in found] == ["contradiction"]


def test_titles_alone_make_no_story() -> None:
    found = kinds(
        item("s1", "prices would not rise", "Ray Oduya", "2026-04-08", article="hosp",
             sentence="Ray Oduya told the Attorney General's office that prices would not rise."),
        item("s2", "ticket prices will rise", "Omar Hassan", "2026-04-09", article="arena",
             sentence="Omar Hassan told the Attorney General's office ticket prices will rise."),
    )  # fmt: skip
    assert found == []


# -- what is not a certain claim ----------------------------------------------------------------


def test_a_fear_or_a_tendency_is_not_a_claim() -> None:
    for text in ("she fears price increases at Cedar Valley",
                 "prices tend to rise at Cedar Valley after a merger"):  # fmt: skip
        found = kinds(
            item("a", text, "Linda Varga", "2026-05-21"),
            item("b", "prices at Cedar Valley would not go up", "Ray Oduya", "2026-05-21"),
        )
        assert found == [], text


def test_a_promise_withheld_is_no_denial() -> None:
    found = kinds(
        item("a", "construction will not close the Millbank bridge", "Lena Forsythe",
             "2026-09-10"),
        item("b", "I can't promise the Millbank bridge stays open", "Sofia Marchetti",
             "2026-09-10"),
    )  # fmt: skip
    assert found == []


# -- nouns that name no event ---------------------------------------------------------------------


def test_a_noun_in_tion_that_names_a_thing_is_no_event() -> None:
    assert "section" not in events("the wetland section is not part of the budget")
    assert "station" not in events("the Orrin station will not be affected")


def test_a_noun_in_ing_before_a_noun_modifies_it() -> None:
    assert not {"staf", "staffing"} & set(events("the hospitals would discuss staffing ratios"))
    assert events("the meeting was cancelled")["meet"] == 1
    assert events("there will be no meeting on Tuesday")["meet"] == -1
