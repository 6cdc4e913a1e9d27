"""A claim named as a claim ("the suggestion that X", "claims that X", "reports that X") is
rejected by any rebuttal cue, not only by a verb of denial: "pushed back on the suggestion
that the ferry would stop in winter" denies it, as "denied that" does; a bare "that" after a
cue that is no verb of denial ("countered that X", "challenged that X") still says X
(:func:`onrecord.matters.rebuttal_cues.denial_that`). The story is invented: a winter ferry
at Kestrel Sound."""

from __future__ import annotations

import pytest

from onrecord.matters import lexicon as lx
from onrecord.matters.claims import Item
from onrecord.matters.rebuttal_cues import denial_that
from onrecord.matters.rebuttals import find_rebuttals

from .builders import placed

_CLAIM = "the ferry to Kestrel Sound would stop sailing in winter"
_SAID = f"Leo Brandt, who runs the harbour cafe, said {_CLAIM}."


def _denies(sentence: str) -> bool:
    m = lx.REBUTTAL.search(sentence)
    assert m is not None
    return denial_that(m, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hana Ortiz pushed back on the suggestion that the ferry would stop.",
        "Hana Ortiz challenged claims that the ferry would stop.",
        "Hana Ortiz took issue with reports that the ferry would stop.",
        "Hana Ortiz contested allegations that the ferry would stop.",
        "Hana Ortiz denied that the ferry would stop.",
        "Hana Ortiz challenged the latest claims that the ferry would stop.",
        "Hana Ortiz pushed back on the ‘suggestion’ that the ferry would stop.",
        "Hana Ortiz challenged claims that the operator ignored its own timetable.",
        "Hana Ortiz challenged claims that the operator published false figures in May.",
        "Hana Ortiz challenged reports that the timetable was published in May.",
    ],
)
def test_a_claim_named_as_one_is_denied_by_any_rebuttal_cue(sentence: str) -> None:
    assert _denies(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hana Ortiz countered that the ferry would stop.",
        "Hana Ortiz challenged that the ferry would stop.",
        "Hana Ortiz did not challenge claims that the ferry would stop.",
        "Hana Ortiz pushed back on Brandt's claim that the ferry would stop.",
        "Hana Ortiz took issue with the report that the operator published in May.",
        "Hana Ortiz challenged the report that the council published for the quay in May.",
        "Hana Ortiz rejected the claims that Brandt made last week, saying they were wrong.",
        "Hana Ortiz disputed the suggestion that the operator put forward.",
    ],
)
def test_a_bare_that_a_negated_cue_or_an_owner_named_is_no_unowned_denial(
    sentence: str,
) -> None:
    """ "countered that X" says X; "did not challenge claims that X" leaves X; "Brandt's claim"
    names its owner, read as such; "the report that the operator published in May" says
    which report (a relative "that", its object gone), not what it claims."""
    assert not _denies(sentence)


def _article(*said: tuple[str, str, str, str, str]) -> list[Item]:
    out, at = [], 0
    for key, speaker, sentence, content, cue in said:
        out.append(Item.of(placed(key, speaker, sentence, content, cue, at), article="a1"))
        at += len(sentence) + 2
    return out


def _links(items: list[Item]) -> list[tuple[str, str]]:
    return sorted((c.a.statement, c.b.statement) for c in find_rebuttals(items, []))


def test_pushing_back_on_the_suggestion_links_the_speaker_who_made_it() -> None:
    """The harbour master pushes back on "the suggestion that" the ferry would stop sailing
    in winter: the cafe owner said it earlier in the article."""
    rebuttal = (
        "Hana Ortiz, the harbour master, pushed back on the suggestion that the ferry to "
        "Kestrel Sound would stop sailing in winter, saying the timetable ran to March."
    )
    items = _article(
        ("o", "Leo Brandt", _SAID, _CLAIM, "said"),
        ("r", "Hana Ortiz", rebuttal, "the timetable ran to March", "saying"),
    )
    assert _links(items) == [("r", "o")]


def test_countering_that_the_ferry_would_stop_links_nothing() -> None:
    """ "countered that the ferry would stop sailing" says it: no rebuttal of the man who said
    the same."""
    countered = (
        "Hana Ortiz, the harbour master, countered that the ferry to Kestrel Sound would stop "
        "sailing in winter."
    )
    items = _article(
        ("o", "Leo Brandt", _SAID, _CLAIM, "said"),
        ("r", "Hana Ortiz", countered, _CLAIM, "countered"),
    )
    assert _links(items) == []


def test_a_report_named_by_a_relative_that_is_not_the_claim_of_its_publisher() -> None:
    """ "took issue with the report that the operator published in May" disputes a report,
    not the operator's word that it published one."""
    published = "The operator published its winter timetable for Kestrel Sound in May"
    rebuttal = (
        "Hana Ortiz took issue with the report that the operator published for Kestrel Sound "
        "in May, saying it ignored the tides."
    )
    items = _article(
        ("o", "Leo Brandt", f'"{published}," said Leo Brandt.', published, "said"),
        ("r", "Hana Ortiz", rebuttal, "it ignored the tides", "saying"),
    )
    assert _links(items) == []


def test_an_object_word_inside_the_claim_is_the_claims_own() -> None:
    """ "claims that the operator ignored its own timetable": "timetable" is no object word,
    but "claims that it broke its promise" holds one ("promise"), inside the claim."""
    broke = "The operator broke its promise to sail to Kestrel Sound in winter"
    rebuttal = (
        "Hana Ortiz challenged claims that the operator broke its promise to sail to Kestrel "
        "Sound in winter."
    )
    items = _article(
        ("o", "Leo Brandt", f'"{broke}," said Leo Brandt.', broke, "said"),
        ("r", "Hana Ortiz", rebuttal, rebuttal[len("Hana Ortiz ") : -1], "challenged"),
    )
    assert _links(items) == [("r", "o")]
