"""A headline's answered or quoted question, and a distancing word the claim holds itself.

Invented headlines about invented people and places."""

from __future__ import annotations

import pytest

from onrecord.matters.claims import Claim, parse_claim
from onrecord.matters.headline_questions import answer_after_question, plain_answer
from onrecord.matters.reports import negative_claim
from onrecord.matters.stance import stance_toward_claim

SIGNED = parse_claim("Orla Brennick signed with Harbour City")


@pytest.mark.parametrize(
    ("headline", "label"),
    [
        # a question the headline answers is read by its answer
        ("Did Orla Brennick sign with Harbour City? Probably not", "no"),
        ("Orla Brennick to Harbour City? No, says her agent", "no"),
        ("Orla Brennick signing with Harbour City? Not so fast", "no"),
        ("Did Orla Brennick sign with Harbour City? Yes", "yes"),
        ("That Orla Brennick signing photo with Harbour City? It's real", "yes"),
        # a yes or no to a question that names a refutation answers the refutation
        ("Was the Orla Brennick signing photo a hoax? No", "yes"),
        ("Was the Orla Brennick signing photo a hoax? Yes", "no"),
        # "It's real" speaks of the thing, not of the question's hoax
        ("Was the Orla Brennick signing photo fake? It's real", "yes"),
        # a question the headline reports is someone's words, not the outlet's doubt
        ("Orla Brennick signs with Harbour City and asks fans: what took so long?", "yes"),
    ],
)
def test_answered_and_reported_questions(headline: str, label: str) -> None:
    stance = stance_toward_claim(headline, SIGNED)
    assert stance.label == label
    assert stance.certain


@pytest.mark.parametrize(
    "headline",
    [
        # words after the question that are a sentence of their own answer nothing
        "Did Orla Brennick sign with Harbour City? No one at the club will say",
        "Did Orla Brennick sign with Harbour City? Not one fan believed it at first",
        "Orla Brennick to Harbour City? Fans wait for word",
        # the outlet's own question about an asking
        "Has Orla Brennick asked Harbour City for a contract?",
        "Did Orla Brennick sign with Harbour City?",
    ],
)
def test_unanswered_questions_keep_their_distance(headline: str) -> None:
    assert stance_toward_claim(headline, SIGNED).label == "hedged"


def test_the_answer_is_what_follows_the_last_question_mark() -> None:
    assert answer_after_question("Did she sign? Probably not.") == "Probably not ."
    assert answer_after_question("Did she sign?") == ""
    assert answer_after_question("Did she sign? ...") == ""
    assert plain_answer("Nope, it's real") is not None
    assert plain_answer("No one was hurt") is None


BELIEVED = parse_claim("A hiker believed dead walked out of the Varlen forest")
PLANS = parse_claim("The Orvalan council plans to close the ferry harbour")


@pytest.mark.parametrize(
    ("headline", "claim", "label"),
    [
        # the claim's own hedge word, repeated, asserts the claim
        ("Hiker believed dead walks out of Varlen forest", BELIEVED, "yes"),
        ("Orvalan council planning to close ferry harbour", PLANS, "yes"),
        # another hedge word still keeps the outlet's distance
        ("Hiker believed dead reportedly walks out of Varlen forest", BELIEVED, "hedged"),
        ("Orvalan council may close ferry harbour", PLANS, "hedged"),
        # a hedge word the claim does not hold keeps it too
        ("Hiker believed to have walked out of Varlen forest",
         parse_claim("A lost hiker walked out of the Varlen forest"), "hedged"),
    ],
)  # fmt: skip
def test_a_hedge_word_the_claim_holds(headline: str, claim: Claim, label: str) -> None:
    assert stance_toward_claim(headline, claim).label == label


@pytest.mark.parametrize(
    ("headline", "label"),
    [
        # "set" as a noun hedges nothing
        ("Orla Brennick signs with Harbour City on the set of her new film", "yes"),
        ("Harbour City shirt set sells out as Orla Brennick signs", "yes"),
        # "set to" keeps the outlet's distance
        ("Orla Brennick set to sign with Harbour City", "hedged"),
    ],
)
def test_set_hedges_only_as_set_to(headline: str, label: str) -> None:
    assert stance_toward_claim(headline, SIGNED).label == label


@pytest.mark.parametrize(
    ("headline", "label"),
    [
        # denying that the claim is a hoax affirms it
        ("Orla Brennick denies signing hoax claims", "yes"),
        ("Orla Brennick dismisses staged signing photo claims", "yes"),
        # a refutation that is what the claim is dismissed as, or one in another clause,
        # still refutes
        ("Orla Brennick signing with Harbour City dismissed as a hoax", "no"),
        ("Harbour City denies Orla Brennick signed; fans call the photo fake", "no"),
        ("Harbour City denies Orla Brennick signed", "no"),
    ],
)
def test_a_denied_refutation_affirms(headline: str, label: str) -> None:
    assert stance_toward_claim(headline, SIGNED).label == label


FERRY = parse_claim("The Kessing ferry was rebuilt to ensure it does not sink")


@pytest.mark.parametrize(
    ("headline", "label"),
    [
        # a negator in the claim's purpose clause does not make the claim negative, so a
        # refutation still refutes it
        ("Shipyard debunks Kessing ferry rebuild claims", "no"),
        ("No, the Kessing ferry was not rebuilt", "no"),
        ("The Kessing ferry was rebuilt", "yes"),
    ],
)
def test_a_purpose_clause_negation_is_not_the_claims(headline: str, label: str) -> None:
    assert stance_toward_claim(headline, FERRY).label == label


@pytest.mark.parametrize(
    ("claim", "negative"),
    [
        ("Tomas Weil did not resign", True),
        ("Officials said the Arnholt bridge will not reopen", True),
        ("The Kessing ferry was rebuilt to ensure it does not sink", False),
        ("Weil quit in frustration with not being heard", False),
        ("Voters chose the title First Citizen, not First Resident", False),
    ],
)
def test_negative_claim(claim: str, negative: bool) -> None:
    assert negative_claim(parse_claim(claim)) is negative
