"""A noun that names an event is asserted only where the clause asserts it, a story's unnamed
"company" does not stand against its own spokesperson, and two speakers' disagreement over two
yes/no matters that share a statement is reported once.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import analyze_items

from .builders import events, item, kinds, unnamed_body

# -- a nominal event in an object or a prepositional phrase is not asserted ----------------------


def test_a_noun_after_a_preposition_is_not_the_claim() -> None:
    assert "decision" not in events("No teacher will lose their job as a result of this decision")
    assert "decision" not in events("nobody was consulted before the vote on the decision")


def test_a_noun_object_of_a_content_verb_is_not_the_claim() -> None:
    assert "decision" not in events(
        "students would keep protesting and would ask the commission to review the decision"
    )
    assert "decision" not in events(
        "the board had weighed the deficit against the school's name and made the hardest decision"
    )


def test_a_nominal_subject_still_names_the_event() -> None:
    assert "contamination" in events("The contamination came from the Orrin plant")


def test_mentioning_the_decision_does_not_answer_the_question() -> None:
    a = item("a", "No teacher at Brisbury will lose their job as a result of this decision",
             "Helen Osgood", "2026-10-12")  # fmt: skip
    b = item("b", "students would ask the state commission to review the decision",
             "Amani Dorsey", "2026-10-12")  # fmt: skip
    assert kinds(a, b) == []


# -- "the company" and its spokesperson ---------------------------------------------------------


def test_the_unnamed_company_is_its_spokeswomans_side() -> None:
    found = kinds(
        item("a", "There are no layoffs planned at the Tarn mill", "Dana Castell", "2026-04-15",
             roles=("Hollin spokeswoman",)),
        unnamed_body("b", "it would cut 140 jobs at the Tarn mill by July", "2026-04-15"),
    )  # fmt: skip
    assert not any(k == "contradiction" for k, _, _ in found)


def test_the_unnamed_company_still_stands_against_a_union() -> None:
    found = kinds(
        item("a", "There are no layoffs planned at the Tarn mill", "Frank Osler", "2026-04-15",
             roles=("union president",)),
        unnamed_body("b", "it would cut 140 jobs at the Tarn mill by July", "2026-04-15"),
    )  # fmt: skip
    assert ("contradiction", "a", "b") in found or ("contradiction", "b", "a") in found


# -- one disagreement over two matters that share a statement ----------------------------------


def test_two_matters_sharing_a_statement_make_one_report() -> None:
    items = [
        item("a", "There are no layoffs planned at the Tarn mill", "Dana Castell", "2026-04-15"),
        item("b", "The Tarn mill is not closing", "Dana Castell", "2026-04-15"),
        item("c", "the layoffs at the Tarn mill mean the mill is closing", "Frank Osler",
             "2026-04-15"),
    ]  # fmt: skip
    found = [c for c in analyze_items(items)[1] if c.kind == "contradiction"]
    assert len(found) == 1, [(c.a.statement, c.b.statement, c.matter) for c in found]
    c = found[0]
    assert {c.a.statement, c.b.statement, *c.support} == {"a", "b", "c"}


# -- a denial of a claim no one owns; habits are not certain ------------------------------------


def test_rejected_suggestions_that_names_no_speaker() -> None:
    # "rejected suggestions that the company had delayed the recall": nobody's words, so not a
    # rebuttal of a statement by whoever "company" fits in another story
    sentence = (
        "Ravi Anand rejected suggestions that the company had delayed the recall, saying it "
        "reported the first complaints within ten days."
    )
    found = kinds(
        item("a", "it reported the first complaints within ten days", "Ravi Anand", "2026-01-20",
             sentence=sentence, cue="rejected", article="a1"),
        item("b", "the company's records showed no sales into the county", "Hal Moss",
             "2026-05-05", roles=("a spokesman for the company",), article="a2"),
    )  # fmt: skip
    assert found == []


def test_rejected_claims_that_links_the_one_who_made_them() -> None:
    sentence = (
        "Ravi Anand rejected claims that the company had delayed the heater recall for months."
    )
    found = kinds(
        item("a", "the company had delayed the heater recall for months", "Ravi Anand",
             "2026-01-20", sentence=sentence, cue="rejected"),
        item("b", "the company delayed the heater recall for months", "Yvonne Marsh",
             "2026-01-20"),
    )  # fmt: skip
    assert ("rebuttal", "a", "b") in found or ("rebuttal", "b", "a") in found


def test_a_habit_is_not_a_certain_answer() -> None:
    found = kinds(
        item("a", "Mr. Varnier signed none of the receipts", "Bernard Quayle", "2026-07-14"),
        item("b", "receipts were usually signed in the manager's office", "Ada Greaves",
             "2026-07-14"),
    )  # fmt: skip
    assert found == []


# -- words for the same event ----------------------------------------------------------------


def test_losing_jobs_is_a_job_cut_and_losing_a_vote_is_not() -> None:
    assert events("No nurse at Brisbury will lose their job this year")["jobcut"] == -1
    assert "jobcut" not in events("the mayor lost the vote on the harbour plan")
    found = kinds(
        item("a", "No nurse at Brisbury will lose their job this year", "Helen Osgood",
             "2026-10-12"),
        item("b", "Eleven nursing posts at Brisbury will be eliminated this year", "Amani Dorsey",
             "2026-10-12"),
    )  # fmt: skip
    assert [k for k, _, _ in found] == ["contradiction"]


def test_risen_and_fallen_are_rise_and_fall() -> None:
    assert events("The cost of the Pellow line has not risen") == {"rise": -1}
    assert events("The fare has fallen since May")["rise"] == -1


def test_another_sense_or_another_thing_is_not_the_event() -> None:
    assert events("the students had been shut out of the process") == {}
    assert "open" not in events("the board had no plans to close any other school this year")
    assert "open" not in events("police were closing in on the suspect")
    assert events("the Brisbury plant will close in June") == {"open": -1}
    assert events("the Brisbury mill will shut down") == {"open": -1}


# -- which pair shows a disagreement ------------------------------------------------------------


def test_the_face_to_face_pair_shows_the_disagreement() -> None:
    found = analyze_items(
        [
            item("a", "We have no plans to close the Brisbury music school", "Helen Osgood",
                 "2026-09-08", article="sep"),
            item("b", "The administration has already decided to close the Brisbury music school",
                 "Bart Quell", "2026-09-08", article="sep"),
            item("c", "the closure of the school had been decided", "Bart Quell", "2026-09-20",
                 article="oct"),
        ]
    )[1]  # fmt: skip
    assert len(found) == 1
    assert {found[0].a.statement, found[0].b.statement} == {"a", "b"}


# -- unnamed bodies, a manner, and a nominal event after a set phrase or a verb of phase -------


def test_the_unnamed_union_stands_against_a_company_spokeswoman() -> None:
    found = kinds(
        item("a", "There are no layoffs planned at the Tarn mill", "Dana Castell", "2026-04-15",
             roles=("Hollin spokeswoman",)),
        unnamed_body("b", "Hollin would cut 140 jobs at the Tarn mill by July", "2026-04-15",
                     "union"),
    )  # fmt: skip
    assert [k for k, _, _ in found] == ["contradiction"]


def test_a_spokesperson_of_a_public_body_is_not_the_companys_voice() -> None:
    found = kinds(
        item("a", "There are no layoffs planned at the Tarn mill", "Dana Castell", "2026-04-15",
             roles=("a spokeswoman for the county council",)),
        unnamed_body("b", "it would cut 140 jobs at the Tarn mill by July", "2026-04-15"),
    )  # fmt: skip
    assert [k for k, _, _ in found] == ["contradiction"]


def test_normally_is_a_manner_not_a_habit() -> None:
    found = kinds(
        item("a", "the Tarn plant is operating normally", "Ann Lee", "2026-03-02"),
        item("b", "the Tarn plant is not operating", "Bo Chan", "2026-03-02"),
    )  # fmt: skip
    assert [k for k, _, _ in found] == ["contradiction"]


def test_a_set_phrase_before_a_nominal_event_is_no_preposition() -> None:
    assert (
        events("At this stage construction of the Tarn bridge has not started")["construct"] == -1
    )
    assert events("In the end construction of the Tarn bridge did not start")["construct"] == -1


def test_a_verb_of_phase_asserts_its_object() -> None:
    assert events("we have begun the construction of the Tarn bridge")["construct"] == 1
