"""Rules about what a disagreement is about and who makes it.

* "no further closures", "close additional branches": more of the event than the one in
  question (like "another"), so not its answer;
* hiding and concealing are one event, so a denial of a claim in one word finds the claim
  told in the other;
* "the company" stands for a named organization whose name ends as only a business's does.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import analyze_items
from onrecord.nlp.speakers import _org_matches

from .builders import events, item, kinds

# -- more of the event than the one in question ---------------------------------------------


def test_further_or_additional_names_another_event() -> None:
    assert "open" not in events("no further closures were planned this spring")
    assert "open" not in events("the bank had no plans to close additional branches")
    assert "open" not in events("the district would not close any additional schools")


def test_the_event_itself_is_still_read_without_further() -> None:
    assert events("no closures were planned this spring") == {"open": 1}
    assert events("the bank will close the Fenwick branch") == {"open": -1}


def test_no_further_closures_is_no_reversal_of_one_branch_closing() -> None:
    a = item("a", "no further closures were planned this year", "Maren Holt", "2026-02-02")
    b = item("b", "the Dunmore branch would close on May 31", "Maren Holt", "2026-02-25",
             article="a2")  # fmt: skip
    assert kinds(a, b) == []


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
    assert _org_matches("company", "Harwick Freight Services")
    assert _org_matches("firm", "Lindqvist Technologies")
    assert _org_matches("company", "Orrin Tool Co.")


def test_the_company_does_not_fit_a_public_body_or_a_union() -> None:
    assert not _org_matches("company", "Harwick County Department of Public Services")
    assert not _org_matches("company", "Harwick Transit Authority")
    assert not _org_matches("company", "Financial Services Workers Union")
