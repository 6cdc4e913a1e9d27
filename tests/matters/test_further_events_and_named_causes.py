"""Rules about what a disagreement is about and who makes it.

* "no further closures", "close additional branches": more of the event than the one in
  question (like "another"), so not its answer;
* hiding and concealing are one event, so a denial of a claim in one word finds the claim
  told in the other;
* "the company" stands for a named organization whose name ends as only a business's does.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import analyze_items
from onrecord.nlp.organizations import org_matches

from .builders import events, item, kinds

# -- more of the event than the one in question ---------------------------------------------


def test_further_or_additional_names_another_event() -> None:
    assert "open" not in events("no further closures were planned this spring")
    assert "open" not in events("the bank had no plans to close additional branches")
    assert "open" not in events("the district would not close any additional schools")


def test_the_event_itself_is_still_read_without_further() -> None:
    assert events("no closures were planned this spring") == {"open": 1}
    assert events("the bank will close the Fenwick branch") == {"open": -1}


def test_no_additional_closures_is_no_reversal_of_the_closures_in_question() -> None:
    a = item("a", "the bank had no plans to close additional branches this year", "Maren Holt",
             "2026-02-02")  # fmt: skip
    b = item("b", "the bank would close the nine branches on its list this year", "Maren Holt",
             "2026-02-25", article="a2")  # fmt: skip
    assert kinds(a, b) == []
    assert "open" not in events("no further branch closures were planned this year")


def test_one_branch_said_open_then_closed_is_still_a_reversal() -> None:
    a = item("a", "The Dunmore branch will stay open", "Maren Holt", "2026-02-02")
    b = item("b", "the Dunmore branch would close on May 31", "Maren Holt", "2026-02-25",
             article="a2")  # fmt: skip
    assert kinds(a, b) == [("reversal", "a", "b")]


# -- hiding and concealing -----------------------------------------------------------------


def test_hide_and_conceal_are_one_event() -> None:
    assert events("the agency had concealed the test results") == {"hide": 1}
    assert events("the agency hid the test results") == {"hide": 1}
    assert events("nothing was hidden from the auditors")["hide"] == -1


def test_a_denial_of_concealing_finds_the_claim_of_hiding() -> None:
    sent = ("Ludo Ferrant denied Amsel's claim that the trust had concealed its debts from "
            "savers, saying the figures were in the annual report.")  # fmt: skip
    out = analyze_items([
        item("o1", "the trust had hidden its debts from savers for a year", "Petra Amsel",
             "2026-04-01", article="a1"),
        item("o2", "the trust paid its managers too much", "Petra Amsel", "2026-04-01",
             article="a1"),
        item("f1", "the figures were in the annual report", "Ludo Ferrant", "2026-05-02",
             article="a2", sentence=sent, cue="saying"),
    ])[1]  # fmt: skip
    assert [(c.kind, c.a.statement, c.b.statement) for c in out] == [("rebuttal", "f1", "o1")]


def test_a_denial_of_concealing_ignores_a_claim_of_another_event() -> None:
    sent = ("Ludo Ferrant denied Amsel's claim that the trust had concealed its debts from "
            "savers, saying the figures were in the annual report.")  # fmt: skip
    out = analyze_items([
        item("o2", "the trust paid its managers too much", "Petra Amsel", "2026-04-01",
             article="a1"),
        item("f1", "the figures were in the annual report", "Ludo Ferrant", "2026-05-02",
             article="a2", sentence=sent, cue="saying"),
    ])[1]  # fmt: skip
    assert out == ()


# -- "the company" ---------------------------------------------------------------------------


def test_the_company_fits_a_name_that_ends_as_a_business() -> None:
    assert org_matches("company", "Harwick Freight Services")
    assert org_matches("firm", "Lindqvist Technologies")
    assert org_matches("company", "Orrin Tool Co.")


def test_the_company_does_not_fit_a_public_body_or_a_union() -> None:
    assert not org_matches("company", "Harwick County Department of Public Services")
    assert not org_matches("company", "Harwick Transit Authority")
    assert not org_matches("company", "Financial Services Workers Union")


# -- the cause a clause names ----------------------------------------------------------------


def test_two_named_causes_that_differ_make_two_events() -> None:
    a = item("a", "there would be no layoffs at the depot as a result of the takeover",
             "Ilse Brandvold", "2026-05-04")  # fmt: skip
    b = item("b", "the union expected the 35 layoffs from the earlier relocation to go ahead",
             "Corwin Abara", "2026-05-04")  # fmt: skip
    assert kinds(a, b) == []


def test_one_named_cause_on_both_sides_is_one_event() -> None:
    a = item("a", "there would be no layoffs at the depot as a result of the takeover",
             "Ilse Brandvold", "2026-05-04")  # fmt: skip
    b = item("b", "there would be 35 layoffs at the depot because of the takeover",
             "Corwin Abara", "2026-05-04")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_a_cause_named_on_one_side_only_changes_nothing() -> None:
    a = item("a", "there would be no layoffs at the depot as a result of the takeover",
             "Ilse Brandvold", "2026-05-04")  # fmt: skip
    b = item("b", "there would be layoffs at the depot", "Corwin Abara", "2026-05-04")
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_what_caused_it_is_the_thing_in_dispute_not_a_cause() -> None:
    a = item("a", "none of the rashes was caused by the cleaning solvent", "Odile Passmore",
             "2026-05-04")  # fmt: skip
    b = item("b", "at least three of the rashes were caused by the solvent", "Tamsin Greer",
             "2026-05-04")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


# -- a state held since a time ---------------------------------------------------------------


def test_a_state_held_since_a_time_covers_what_was_said_within_it() -> None:
    a = item("a", "the co-op is not in merger talks", "Maren Holt", "2026-03-03")
    b = item("b", "the co-op has been in merger talks since early January", "Maren Holt",
             "2026-03-26", article="a2")  # fmt: skip
    assert kinds(a, b) == [("reversal", "a", "b")]


def test_a_span_that_begins_after_the_words_does_not_cover_them() -> None:
    a = item("a", "the co-op is not in merger talks", "Maren Holt", "2026-03-03")
    b = item("b", "the co-op has been in merger talks since late March", "Maren Holt",
             "2026-04-20", article="a2")  # fmt: skip
    c = item("c", "the co-op has been in merger talks since April", "Maren Holt",
             "2026-05-20", article="a2")  # fmt: skip
    assert kinds(a, b) == []
    assert kinds(a, c) == []


# -- participles joined by "and" -----------------------------------------------------------


def test_a_participle_joined_by_and_is_an_event_of_the_clause() -> None:
    assert events("the new trail had been surveyed and certified on Friday") == {
        "survey": 1,
        "certify": 1,
    }
    assert events("the trail has not been surveyed or certified") == {
        "survey": -1,
        "certify": -1,
    }


def test_a_noun_after_and_is_no_coordinated_event() -> None:
    assert "certify" not in events("the trail was surveyed and the certification is pending")


def test_the_second_participle_answers_its_own_denial() -> None:
    a = item("a", "the new trail had been surveyed and certified on Friday", "Juno Marsh",
             "2026-04-08")  # fmt: skip
    b = item("b", "The new trail has not been certified", "Piet Lomax", "2026-04-08")
    assert kinds(a, b) == [("contradiction", "a", "b")]
