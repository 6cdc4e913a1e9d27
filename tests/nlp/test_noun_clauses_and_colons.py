"""Cue recall, on invented sentences: reports the rules used to miss because
of how the parser hangs their clause, or because their cue is a noun of statement."""

from __future__ import annotations

import pytest

from .conftest import Found

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "Dana Whitcombe, a former mayor of Ostend, said in one of a series of Facebook "
            "messages that the ferry was carrying fuel.",
            "said",
            "Dana Whitcombe, a former mayor of Ostend",
            "the ferry was carrying fuel",
        ),
        (
            "Warden Ines Arlen also said for the first time that some invoices have been lost.",
            "also said",
            "Warden Ines Arlen",
            "some invoices have been lost",
        ),
        (
            "Senator Ama Kole said on the eve of the vote that the bridge would close.",
            "said",
            "Senator Ama Kole",
            "the bridge would close",
        ),
        (  # the parser hangs the clause on the comparative adverb
            "Bram Oduya said earlier that the bridge would open.",
            "said earlier",
            "Bram Oduya",
            "the bridge would open",
        ),
    ],
)
def test_a_clause_after_the_verbs_phrase_is_what_it_reports(
    found: Found, text: str, cue: str, source: str, content: str
) -> None:
    assert (cue, source, content) in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Tessa Ruiz said in the letter that she wrote on Monday.",
        "Ruiz said at the meeting that the board held in March.",
        "Ruiz spoke so loudly that the crowd fell silent.",
        "Ruiz responded to a question about complaints by the auditor, Lena Voss, that the "
        "fund was short.",
    ],
)
def test_a_relative_clause_or_a_result_is_not_reported(found: Found, text: str) -> None:
    reported = [f for f in found(text) if f[0] in ("said", "spoke", "responded")]
    assert not reported, found(text)


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "Councillor Mara Voss made the case that the levy was unfair.",
            "made the case",
            "Councillor Mara Voss",
            "the levy was unfair",
        ),
        (
            "Ana Ruiz floated the idea that the depot could become a library.",
            "floated the idea",
            "Ana Ruiz",
            "the depot could become a library",
        ),
        (
            "Ana Ruiz left no doubt that the gates would stay shut.",
            "left no doubt",
            "Ana Ruiz",
            "the gates would stay shut",
        ),
        (
            "Officials gave assurances that the water was safe.",
            "gave assurances",
            "Officials",
            "the water was safe",
        ),
        (
            "Residents filed numerous complaints that the ferry ran late.",
            "filed numerous complaints",
            "Residents",
            "the ferry ran late",
        ),
    ],
)
def test_a_noun_of_statement_put_into_words_with_its_clause(
    found: Found, text: str, cue: str, source: str, content: str
) -> None:
    assert (cue, source, content) in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "There were rumors that the mill would close.",
            "rumors",
            None,
            "the mill would close",
        ),
        (
            "Ruiz bristled at the suggestion by the auditor that the fund was short.",
            "the suggestion",
            "the auditor",
            "the fund was short",
        ),
        (
            "Despite an admission from the harbor board that the pier was unsafe, the ferry ran.",
            "an admission",
            "the harbor board",
            "the pier was unsafe",
        ),
    ],
)
def test_a_speech_act_noun_with_its_clause_and_no_owner(
    found: Found, text: str, cue: str, source: str | None, content: str
) -> None:
    assert (cue, source, content) in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz raised the possibility that the vote would slip.",
        "The fact that the bridge closed hurt trade.",
        "The drought made the point that the reservoir was too small.",
        "Ruiz made the point.",
        "Investigators examined a claim that the harbor office strongly disputes.",
    ],
)
def test_no_statement_without_a_speaker_or_a_noun_of_statement(found: Found, text: str) -> None:
    assert not found(text), found(text)


def test_the_medium_of_a_report_is_no_statement_of_its_own(found: Found) -> None:
    text = "Ruiz said in a statement that the dam was safe."  # the medium joins the verb's cue
    assert found(text) == [("said in a statement", "Ruiz", "the dam was safe")], found(text)


def test_a_report_inside_the_clause_stays_and_the_noun_yields(found: Found) -> None:
    text = "Ruiz repeated a claim that the mayor opposed the levy."
    cues = [f[0] for f in found(text)]
    assert "a claim" not in cues, found(text)


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            'Mayor Ruiz interjected: "So you are saying the bridge will close?"',
            "interjected",
            "Mayor Ruiz",
            "So you are saying the bridge will close?",
        ),
        (
            'Councillor Voss resisted: "Mayors do not have the power to suspend the charter."',
            "resisted",
            "Councillor Voss",
            "Mayors do not have the power to suspend the charter.",
        ),
        (
            'Mayor Ana Ruiz went even further: "If he runs and loses, it is the end of his '
            'career."',
            "went even further",
            "Mayor Ana Ruiz",
            "If he runs and loses, it is the end of his career.",
        ),
    ],
)
def test_a_speakers_verb_before_a_colon_tags_the_quotation(
    found: Found, text: str, cue: str, source: str, content: str
) -> None:
    assert (cue, source, content) in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        'The results were clear: "Voters want the bridge fixed now."',
        'Ruiz issued a list of demands: "Fix the bridge and open the pier."',
        'The storm intensified overnight: "the worst in a decade," by most accounts.',
    ],
)
def test_no_tag_without_a_speaker_or_with_an_object(found: Found, text: str) -> None:
    assert not found(text), found(text)
