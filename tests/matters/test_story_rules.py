"""False contradictions found by running invented articles of four unrelated stories through
the whole pipeline: statements from different stories were compared, fears and tendencies read
as claims, a withheld promise read as a denial, and nouns that name no event taken for one.

Every sentence here is invented."""

from __future__ import annotations

import pytest

from onrecord.matters import analyze_items, analyze_record, parse_claim
from onrecord.matters.stories import names_in

from .builders import events, item, kinds, unnamed_body

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


# -- a rebuttal answers what was said before it -------------------------------------------------

CHASE = (
    "CARROW BAY — Police Chief Desmond Arlow said on Monday that officers had ended the chase "
    'before the crash. "Officers had called off the chase," Arlow said.\n\n'
    "Nia Brookfield, a lawyer for the family, disputed the chief's account, saying two "
    "witnesses had seen a patrol car with its lights on behind the van as it hit the wall.\n\n"
    "The chief said the two officers involved had been taken off patrol while the county "
    "reviews the crash."
)


@pytest.mark.model
def test_a_rebuttal_answers_what_was_said_before_it(extractor) -> None:  # type: ignore[no-untyped-def]
    record = extractor.extract_text(CHASE, published="2026-07-14")
    _, found = analyze_record(record)
    answered = [c for c in found if c.cue and "disputed" in c.cue]
    assert answered, [(c.kind, c.a.text, c.b.text) for c in found]
    targets = {c.b.text if "Brookfield" in (c.a.speaker or "") else c.a.text for c in answered}
    assert not any("taken off patrol" in t for t in targets), targets


# -- from the review of this round ---------------------------------------------------------------


def test_names_read_past_titles_hyphens_and_datelines() -> None:
    names = names_in(
        "Council Approves Deep Cuts to Arts Programs\n\n"
        "BRENNICK — The mill will not close, Mr. Oduya said. J.P. Morgan and Mercy-Cedar "
        'agreed. The Attorney General said. "Officials said nothing," Priya Rao said.'
    )
    assert {"brennick", "oduya", "mercy-cedar", "mercy", "cedar", "rao"} <= names
    assert not names & {"approves", "cuts", "attorney general", "officials", "priya", "the"}


def test_whole_article_names_link_two_articles_whose_statements_name_no_one_in_common() -> None:
    items = [
        item("a", "The Harlow mill will not close", "Dana Kirsch", "2026-04-08", article="a1",
             sentence='"The Harlow mill will not close," said Dana Kirsch.'),
        item("b", "the Harlow mill will close in June", "Paul Ostrander", "2026-04-20",
             article="a2", sentence="Paul Ostrander said the Harlow mill will close in June."),
    ]  # fmt: skip
    texts = {"a1": "BRENNICK — Kirsch spoke for Harlow Paper.", "a2": "Harlow Paper workers met."}
    found = analyze_items(items, texts=texts)[1]
    assert [c.kind for c in found] == ["contradiction"]
    texts = {"a1": "Then Dana Kirsch spoke.", "a2": "Then Paul Ostrander spoke."}
    assert analyze_items(items, texts=texts)[1] == ()


def test_a_verb_of_phase_keeps_its_ing_object_an_event() -> None:
    assert events("the hospital stopped hiring nurses") == {"hir": -1}
    assert events("crews began building homes") == {"build": 1}


def test_another_with_a_number_or_a_time_is_more_of_the_same() -> None:
    assert events("the company will cut another 200 jobs")["jobcut"] == 1
    assert events("the plant will close in another month")["open"] == -1


def test_fears_as_a_noun_leave_the_claim_certain() -> None:
    found = kinds(
        item("a", "fears of layoffs were unfounded and no jobs at Tarn will be cut", "Ann Lee",
             "2026-03-02"),
        item("b", "the company will cut 200 jobs at Tarn", "Bo Chan", "2026-03-02"),
    )  # fmt: skip
    assert [k for k, _, _ in found] == ["contradiction"]


def test_an_unnamed_airline_is_its_spokeswomans_side() -> None:
    body = unnamed_body("b", "no flights will be cut at Brennick", "2026-03-02", "airline")
    found = kinds(
        item(
            "a",
            "40 flights will be cut at Brennick",
            "Dana Kirsch",
            "2026-03-02",
            roles=("Skyrail spokeswoman",),
        ),
        body,
    )
    assert not any(k == "contradiction" for k, _, _ in found)


def test_whether_hedges_its_own_clause_only() -> None:
    claim = parse_claim(
        "the Tarn budget did include the payments, but he declined to say whether costs would "
        "rise again"
    )
    assert not claim.conditional
    assert claim.clauses[0].modality == "certain"
    assert parse_claim("it is still open whether costs at Tarn would rise").clauses[0].modality == (
        "conditional"
    )
    assert parse_claim("if the grant comes through, the Tarn mill will stay open").conditional


def test_a_word_also_written_in_lower_case_names_no_story() -> None:
    names = names_in("Drivers entering the Old Town will pay. The town council met at noon.")
    assert "old town" in names  # the pair still names the place
    assert "town" not in names and "old" in names
    items = [
        item("a", "the council will vote on the parking bylaw this year", "Ines Dallow",
             "2026-01-14", article="a1",
             sentence="Ines Dallow said the council will vote on the parking bylaw this year."),
        item("b", "the council will not vote on the parking plan this year", "Vic Hale",
             "2026-01-20", article="a2",
             sentence="Vic Hale said the council will not vote on the parking plan this year."),
    ]  # fmt: skip
    texts = {"a1": "Cars in the Old Town of Varnby will pay. The town is walled.",
             "a2": "Rovers play at Town Park in Ashby, across town."}  # fmt: skip
    assert analyze_items(items, texts=texts)[1] == ()
    texts["a2"] = "Rovers play at Town Park in Ashby, and in the Old Town of Varnby."
    assert [c.kind for c in analyze_items(items, texts=texts)[1]] == ["contradiction"]


def test_a_place_that_stands_alone_is_a_name_though_also_a_common_word() -> None:
    names = names_in("The council in Sale will meet. It approved the sale of the library site.")
    assert "sale" in names
    items = [
        item("a", "the leisure centre will not close this year", "Ruth Ward", "2026-03-02",
             article="a1", sentence="Ruth Ward said the leisure centre will not close this year."),
        item("b", "the leisure centre will close this year", "Piet Lund", "2026-03-09",
             article="a2", sentence="Piet Lund said the leisure centre will close this year."),
    ]  # fmt: skip
    texts = {"a1": "The council in Sale met. It approved the sale of the old library site.",
             "a2": "Swimmers at the leisure centre in Sale were told on Monday."}  # fmt: skip
    assert [c.kind for c in analyze_items(items, texts=texts)[1]] == ["contradiction"]
