"""One report per disagreement, and the stance rules behind it, on hand-built statements
(no model). The story: the Lindqvist ferry terminal in the invented town of Bramholt."""

from __future__ import annotations

import pytest

from onrecord.matters import analyze_items, parse_claim, stance_of
from onrecord.matters.claims import Item
from onrecord.matters.cluster import find_matters
from onrecord.matters.contradictions import Contradiction
from onrecord.matters.evaluate import score_groups
from onrecord.matters.grouping import group_disagreements
from onrecord.matters.reports import negated_predicate
from onrecord.matters.sides import speaker_sides
from onrecord.matters.stance import stance_toward_claim
from onrecord.matters.words import tokens
from onrecord.models import Span, Speaker, Statement, StatementDate


def item(
    sid: str,
    text: str,
    speaker: str,
    date: str,
    article: str = "a1",
    sentence: str | None = None,
    roles: tuple[str, ...] = (),
) -> Item:
    sent = sentence or text
    st = Statement(sid, "indirect", None, Span(text, 0, len(text)),
                   Speaker(speaker, "person", roles), date=StatementDate(date, date, "sentence"),
                   sentence=Span(sent, 0, len(sent)))  # fmt: skip
    return Item.of(st, article=article)


def found(*items: Item) -> tuple[Contradiction, ...]:
    return analyze_items(items)[1]


# -- one report per disagreement ----------------------------------------------------------


def test_two_speakers_many_pairs_reported_once_with_support() -> None:
    out = found(
        item("a1", "The ferry terminal will reopen in June.", "Nora Quist", "2024-05-02"),
        item("a2", "The terminal will definitely reopen in June.", "Nora Quist", "2024-05-03",
             article="a2"),
        item("b1", "The ferry terminal will not reopen in June.", "Ivo Brandt", "2024-05-02",
             article="a3"),
        item("b2", "A June reopening of the terminal is not going to happen.", "Ivo Brandt",
             "2024-05-04", article="a4"),
    )  # fmt: skip
    assert len(out) == 1
    c = out[0]
    assert c.kind == "contradiction" and c.pairs == 4
    assert set(c.statements) == {"a1", "a2", "b1", "b2"}
    assert {c.a.statement, c.b.statement}.isdisjoint(c.support)
    assert c.to_dict()["support"] == list(c.support)


def test_reversal_reported_once_per_speaker_and_direction() -> None:
    out = found(
        item("a", "The Lindqvist ferry terminal will reopen in June.", "Nora Quist",
             "2024-05-02"),
        item("b", "The Lindqvist ferry terminal will open in June, as promised.", "Nora Quist",
             "2024-05-03", article="a2"),
        item("c", "The Lindqvist ferry terminal will stay closed through the summer.",
             "Nora Quist", "2024-05-20", article="a3"),
    )  # fmt: skip
    assert [c.kind for c in out] == ["reversal"]
    assert set(out[0].statements) == {"a", "b", "c"}


def test_rebuttal_between_the_same_speakers_folds_into_the_contradiction() -> None:
    sentence = "Brandt disputed Quist's timeline, saying the terminal will not reopen in June."
    out = found(
        item("a", "The ferry terminal will reopen in June.", "Nora Quist", "2024-05-02"),
        item("b", "the terminal will not reopen in June", "Ivo Brandt", "2024-05-03",
             article="a2", sentence=sentence),
    )  # fmt: skip
    assert len(out) == 1  # one report, carrying the cue
    assert out[0].cue is not None and {out[0].a.statement, out[0].b.statement} == {"a", "b"}


def test_grouping_is_by_matter_and_unordered_speakers() -> None:
    items = [
        item("a", "The ferry terminal will reopen in June.", "Nora Quist", "2024-05-02"),
        item(
            "b",
            "The ferry terminal will not reopen in June.",
            "Ivo Brandt",
            "2024-05-03",
            article="a2",
        ),
        item("c", "The terminal will reopen in June.", "Nora Quist", "2024-05-04", article="a3"),
    ]
    matters = find_matters(items)
    from onrecord.matters.contradictions import find_contradictions

    pairs = find_contradictions(matters)
    assert len(pairs) == 2
    grouped = group_disagreements(pairs)
    assert len(grouped) == 1 and grouped[0].pairs == 2


def test_spokeswoman_and_her_company_are_one_side() -> None:
    items = [
        item(
            "a", "There will be no layoffs at the Bramholt yard.", "Lindqvist Ferries", "2024-04-01"
        ),
        item(
            "b",
            "Lindqvist Ferries will cut 40 jobs at the Bramholt yard.",
            "Ada Holm",
            "2024-04-02",
            roles=("Lindqvist spokeswoman",),
        ),
    ]
    assert not [c for c in found(*items) if c.kind == "contradiction"]
    sides = speaker_sides(items)
    assert sides["a"] == sides["b"]


def test_namesakes_are_not_one_side() -> None:
    items = [
        item("a", "The yard will close.", "Frank Holm", "2024-04-01",
             roles=("union president",)),
        item("b", "The yard will not close.", "Lena Holm", "2024-04-01", article="a2",
             roles=("Commerce Secretary",)),
    ]  # fmt: skip
    sides = speaker_sides(items)
    assert sides["a"] != sides["b"]


def test_score_groups_counts_a_second_report_as_duplicate() -> None:
    gold = {"stories": [{
        "statements": [
            {"id": "G1", "speaker": "Nora Quist", "file": "x", "excerpt": "x"},
            {"id": "G2", "speaker": "Ivo Brandt", "file": "x", "excerpt": "x"},
        ],
        "matters": [{"id": "M", "yes": ["G1"], "no": ["G2"]}],
        "contradictions": [{"between": ["Nora Quist", "Ivo Brandt"], "matter": "M",
                            "pairs": [["G1", "G2"]], "required": True}],
        "reversals": [], "rebuttals": [], "hard_negatives": [],
    }]}  # fmt: skip
    items = [
        item("a", "The ferry terminal will reopen in June.", "Nora Quist", "2024-05-02"),
        item(
            "b",
            "The ferry terminal will not reopen in June.",
            "Ivo Brandt",
            "2024-05-03",
            article="a2",
        ),
    ]
    (c,) = found(*items)
    s = score_groups([c, c], {"a": "G1", "b": "G2"}, gold)  # type: ignore[arg-type]
    assert (s.found, s.correct, s.duplicates, s.recall) == (2, 1, 1, 1.0)


# -- stance rules -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key", "label"),
    [
        # negation scope: "no scenario in which X is closed" -> not closed -> open
        ("There is no scenario in which this terminal is closed through the summer.", "open",
         "yes"),
        ("A June reopening is not going to happen.", "open", "no"),
        ("We have ruled out closing the terminal.", "open", "yes"),
        ("The harbor board has ruled out a reopening in June.", "open", "no"),
        ("There was never a meeting confirmed, and there will not be one.", "meet", "no"),
        ("Under no circumstances will the terminal reopen in June.", "open", "no"),
        # a clause that calls what precedes it false
        ("The idea that the terminal will close is false.", "open", "yes"),
        ("Any claim that the terminal will reopen in June is wrong.", "open", "no"),
        # hedges, questions, conditionals, quoting an opponent: no yes / no
        ("It might reopen in June. It is possible.", "open", "hedged"),
        ("Will the terminal reopen in June?", "open", "unclear"),
        ("If the ferry board pays, the terminal stays open.", "open", "hedged"),
        ("Mr. Brandt says the terminal is not closing. He said that before.", "open",
         "unclear"),
        # background clauses and objects of other verbs are not asserted
        ("The city will station a bus at the pier until the terminal reopens.", "open",
         "unclear"),
        ("The union would fight the cuts at the bargaining table.", "jobcut", "unclear"),
        ("The city would open a job-placement office at the pier next month.", "open",
         "unclear"),
    ],
)  # fmt: skip
def test_stance_rules(text: str, key: str, label: str) -> None:
    assert stance_of(parse_claim(text, said="2024-02-05"), key).label == label


def test_past_a_month_is_after_it() -> None:
    claim = parse_claim("The terminal will not stay closed past June.", said="2024-02-05")
    assert stance_of(claim, "open").times == {(2024, m) for m in range(7, 13)}


def test_a_later_year_is_another_time_frame() -> None:
    out = found(
        item("a", "There will be no further job cuts at the yard in 2025.", "Ada Holm",
             "2024-04-01"),
        item("b", "The company will cut jobs at the yard.", "Ivo Brandt", "2024-04-02",
             article="a2"),
    )  # fmt: skip
    assert not out


def test_question_asked_on_the_opposite_word_flips_the_answers() -> None:
    items = [
        item("a", "The Lindqvist terminal is not closing.", "Nora Quist", "2024-05-02"),
        item("b", "The Lindqvist terminal is closing.", "Ivo Brandt", "2024-05-02"),
    ]
    (m,) = [m for m in find_matters(items) if m.event == "open"]
    assert m.question == "Is the Lindqvist terminal closing?"
    labels = {p.item.key: p.stance.label for p in m.positions}
    assert labels == {"a": "no", "b": "yes"}


# -- headlines (Emergent) -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("headline", "label"),
    [
        ("Arlen Vostrikov is not dead", "no"),
        ("No, Arlen Vostrikov did not die", "no"),
        ("Arlen Vostrikov death is no hoax", "yes"),
        ("Arlen Vostrikov death rumor put to rest", "no"),
        ("Arlen Vostrikov is dead", "yes"),
        ("Arlen Vostrikov reportedly dead", "hedged"),
    ],
)
def test_headline_stance(headline: str, label: str) -> None:
    claim = parse_claim("Arlen Vostrikov is dead")
    assert stance_toward_claim(headline, claim).label == label


@pytest.mark.parametrize(
    ("headline", "label"),
    [
        # a negated main predicate refutes
        ("Orla Brennick Did Not Sign With Harbour City", "no"),
        ("Orla Brennick Is Not the Player Harbour City Signed", "no"),
        ("Harbour City deal not signed by Orla Brennick", "no"),
        # ... but not a contrast, an imperative, a question or a negated negative verb
        ("Orla Brennick signs with Harbour City, not Port Ennis", "yes"),
        # a negation elsewhere in the headline denies something else
        ("Orla Brennick signs with Harbour City; fee was not disclosed", "yes"),
        ("Orla Brennick signs with Harbour City as new signings make up half the squad", "yes"),
        # a relayed refutation refutes; relayed assertions keep their distance
        ("Harbour City rebuffs claim that Orla Brennick signed", "no"),
        ("Club retracts story that Orla Brennick signed with Harbour City", "no"),
        ("Official: Orla Brennick signs with Harbour City", "hedged"),
        ("Orla Brennick signs with Harbour City: analyst", "hedged"),
        ("Orla Brennick signs with Harbour City - KBTX", "hedged"),
        ("Orla Brennick signs with Harbour City", "yes"),
        # a short label before a colon names no source
        ("BREAKING: Orla Brennick signs with Harbour City", "yes"),
        # a question that names a refutation doubts the claim; one that weighs both does not
        ("Was the Orla Brennick signing photo a hoax?", "no"),
        ("Orla Brennick signing: real or hoax?", "hedged"),
        ("Did Orla Brennick sign with Harbour City?", "hedged"),
    ],
)
def test_headline_negation_and_relaying(headline: str, label: str) -> None:
    claim = parse_claim("Orla Brennick signed with Harbour City")
    assert stance_toward_claim(headline, claim).label == label


@pytest.mark.parametrize(
    ("headline", "negated"),
    [
        ("Orla Brennick was not at the signing", True),
        ("Don't miss Orla Brennick at the signing", False),  # an imperative
        ("Orla Brennick won't stop training", False),  # a negated negative verb
        ("Was Orla Brennick not at the signing?", False),  # a question
        ("Orla Brennick is not fake", False),  # a negated refutation affirms
    ],
)
def test_negated_predicate(headline: str, negated: bool) -> None:
    low = [t.lower() for t in tokens(headline)]
    assert bool(negated_predicate(low)) is negated
