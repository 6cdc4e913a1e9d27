"""Matter questions read as natural yes/no questions (invented sentences, no model)."""

from __future__ import annotations

import pytest

from onrecord.matters import analyze_items
from onrecord.matters.claims import Item
from onrecord.matters.questions import base_form, yes_no_question
from onrecord.models import Span, Speaker, Statement, StatementDate


@pytest.mark.parametrize(
    ("clause", "event", "expected"),
    [
        # a modal: inverted, "would" (reported speech) asked as "will", the negation dropped
        ("Putin and Trump will hold a formal meeting at APEC", "meeting",
         "Will Putin and Trump hold a formal meeting at APEC?"),
        ("the ferry terminal would not reopen in June", "reopen",
         "Will the ferry terminal reopen in June?"),
        ("the plant won't close this year", "close", "Will the plant close this year?"),
        ("the strike is going to go ahead", "strike", "Will the strike go ahead?"),
        ("owners should not charge the scooters indoors", "charge",
         "Should owners charge the scooters indoors?"),
        ("the city could have closed the gap", "closed", "Could the city have closed the gap?"),
        # be: inverted, in its tense and number
        ("the mayor is resigning", "resigning", "Is the mayor resigning?"),
        ("the mayor is not resigning", "resigning", "Is the mayor resigning?"),
        ("the recall was voluntary", "voluntary", "Was the recall voluntary?"),
        ("the state's engineers are doing their jobs", "doing",
         "Are the state's engineers doing their jobs?"),
        # have: perfect kept; a reported past perfect asked in the simple past
        ("every ballot cast in the county has been counted", "counted",
         "Has every ballot cast in the county been counted?"),
        ("the talks have collapsed", "collapsed", "Have the talks collapsed?"),
        ("the bank records at the heart of the case had been altered", "altered",
         "Were the bank records at the heart of the case altered?"),
        ("the two clubs had agreed a fee", "agreed", "Did the two clubs agree a fee?"),
        # do-support, with the tense of the verb
        ("the council approved the budget", "approved", "Did the council approve the budget?"),
        ("the company cut 140 jobs in April", "cut", "Did the company cut 140 jobs in April?"),
        ("the governor did not sign the bill", "sign", "Did the governor sign the bill?"),
        ("the budget keeps all five library branches open", "open",
         "Does the budget keep all five library branches open?"),
        ("Dr. Ilves never transferred any money offshore", "transferred",
         "Did Dr. Ilves transfer any money offshore?"),
        # negative subjects and objects made positive
        ("none of the fires had been caused by the battery", "caused",
         "Were any of the fires caused by the battery?"),
        ("nothing has been decided", "decided", "Has anything been decided?"),
        ("there is no agreement with any club", "agreement",
         "Is there any agreement with any club?"),
        ("there would be no strike on Friday", "strike", "Will there be any strike on Friday?"),
        # reasons and what follows are not part of the question
        ("the mill is not closing because orders are up", "closing", "Is the mill closing?"),
        ("the authority was testing soil and expected results by May", "testing",
         "Was the authority testing soil?"),
    ],
)  # fmt: skip
def test_yes_no_question(clause: str, event: str, expected: str) -> None:
    built = yes_no_question(clause, event=event)
    assert built is not None and built[0] == expected


def test_question_takes_the_speaker_for_i_he_or_she() -> None:
    q = yes_no_question("I will not concede", speaker="Marta Quill", event="concede")
    assert q is not None and q[0] == "Will Marta Quill concede?"
    q = yes_no_question("he would not resign", speaker="Ivo Brandt", event="resign")
    assert q is not None and q[0] == "Will Ivo Brandt resign?"
    assert yes_no_question("he would not resign", event="resign") is None  # who is "he"?


def test_question_lowers_a_quote_s_first_word_but_not_a_name() -> None:
    q = yes_no_question("Property taxes will rise", event="rise", quoted=True)
    assert q is not None and q[0] == "Will property taxes rise?"
    q = yes_no_question("Halvorsen will close the mill", event="close", quoted=True,
                        names=frozenset({"halvorsen"}))  # fmt: skip
    assert q is not None and q[0] == "Will Halvorsen close the mill?"
    q = yes_no_question("Ilves had asked to leave", event="asked")  # indirect: kept
    assert q is not None and q[0] == "Did Ilves ask to leave?"


@pytest.mark.parametrize(
    "clause",
    [
        "why residents should pay more",  # an indirect question
        "once the fence is installed",  # a subordinate clause
        "could reopen in March",  # no subject
        "they said so",  # no auxiliary, a pronoun subject
        "it is what it is",  # "it": no referent
    ],
)
def test_no_question_when_no_form_fits(clause: str) -> None:
    assert yes_no_question(clause) is None


def test_question_must_keep_the_event_word() -> None:
    assert yes_no_question("the council approved the budget", event="reopen") is None


@pytest.mark.parametrize(
    ("verb", "base"),
    [("transferred", "transfer"), ("voted", "vote"), ("certified", "certify"),
     ("caused", "cause"), ("approved", "approve"), ("recalled", "recall"), ("called", "call"),
     ("controlled", "control"), ("decided", "decide"), ("completed", "complete"),
     ("visited", "visit"), ("opened", "open"), ("merged", "merge"), ("released", "release"),
     ("sold", "sell"), ("paid", "pay"), ("keeps", "keep"), ("reaches", "reach"),
     ("passed", "pass"), ("added", "add"), ("filed", "file"), ("ignored", "ignore"),
     ("monitored", "monitor"), ("restored", "restore"), ("scheduled", "schedule"),
     ("declined", "decline"), ("determined", "determine"), ("examined", "examine"),
     ("managed", "manage"), ("obliged", "oblige"), ("assumed", "assume"),
     ("consoled", "console"), ("compiled", "compile"), ("escaped", "escape"),
     ("revoked", "revoke"), ("joined", "join"), ("explained", "explain"),
     ("detailed", "detail"), ("looked", "look"), ("attacked", "attack"),
     ("skinned", "skin"), ("patrolled", "patrol"), ("happened", "happen")],
)  # fmt: skip
def test_base_form(verb: str, base: str) -> None:
    assert base_form(verb) == base


def _item(sid: str, text: str, speaker: str, date: str, kind: str = "indirect") -> Item:
    st = Statement(sid, kind, None, Span(text, 0, len(text)),  # type: ignore[arg-type]
                   Speaker(speaker, "person", ()), date=StatementDate(date, date, "sentence"),
                   sentence=Span(text, 0, len(text)))  # fmt: skip
    return Item.of(st, article="a1")


def test_matter_question_from_the_statements() -> None:
    matters, _ = analyze_items([
        _item("a", "the Bramholt council approved the harbour budget", "Nora Quist", "2024-05-02"),
        _item("b", "the Bramholt council did not approve the harbour budget", "Ivo Brandt",
              "2024-05-02"),
    ])  # fmt: skip
    assert [m.question for m in matters] == ["Did the Bramholt council approve the harbour budget?"]
    assert {p.item.key: p.stance.label for p in matters[0].positions} == {"a": "yes", "b": "no"}


def test_matter_question_falls_back_to_is_it_true() -> None:
    # "it" as the subject: no yes/no form is built on a pronoun that points elsewhere
    matters, _ = analyze_items([
        _item("a", "it will reopen the terminal in March", "Nora Quist", "2024-05-02"),
        _item("b", "it will not reopen the terminal in March", "Ivo Brandt", "2024-05-02"),
    ])  # fmt: skip
    expected = "Is it true that it will reopen the terminal in March?"
    assert [m.question for m in matters] == [expected]


@pytest.mark.parametrize(
    ("clause", "event", "quoted", "expected"),
    [
        # in a quote "he" is someone else, not the speaker: no question on it
        ("He is happy here", "happy", True, None),
        # in reported speech "he" is the speaker
        ("he would resign in May", "resign", False, "Will Dario Conti resign in May?"),
        ("I will resign in May", "resign", True, "Will Dario Conti resign in May?"),
        # a leading "I think" is not part of the question
        ("I think the Elm Street bridge will reopen in March", "reopen", True,
         "Will the Elm Street bridge reopen in March?"),
    ],
)  # fmt: skip
def test_who_a_pronoun_subject_is(
    clause: str, event: str, quoted: bool, expected: str | None
) -> None:
    built = yes_no_question(clause, speaker="Dario Conti", quoted=quoted, event=event)
    assert (built[0] if built else None) == expected


def test_a_clause_without_its_subject_falls_back_to_the_whole_content() -> None:
    matters, _ = analyze_items([
        _item("a", "the walkway, which sits on a separate deck, will reopen in March",
              "Nora Quist", "2024-05-02"),
        _item("b", "the walkway, which sits on a separate deck, will not reopen in March",
              "Ivo Brandt", "2024-05-02"),
    ])  # fmt: skip
    questions = [m.question for m in matters]
    assert questions == [
        "Is it true that the walkway, which sits on a separate deck, will reopen in March?"
    ]
