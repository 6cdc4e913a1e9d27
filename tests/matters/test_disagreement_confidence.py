"""The confidence of a reported disagreement (:mod:`onrecord.matters.confidence`): evidence that
should raise it (many shared words, one word negated, rebuttal language, quoted words) and
evidence that should lower it (nothing shared besides the event, two words read as opposites,
a short statement, dates far apart, two roles of one body), without changing which pairs are
reported.

Every sentence here is invented."""

from __future__ import annotations

from dataclasses import replace

import pytest

import onrecord.matters as matters
from onrecord.matters import Contradiction, analyze_items
from onrecord.matters.claims import Item
from onrecord.matters.confidence import CEILING, FLOOR, one_body

from .builders import item


def _one(*items: Item) -> Contradiction:
    (c,) = analyze_items(list(items))[1]
    return c


def _why(c: Contradiction) -> dict[str, float]:
    return dict(c.factors)


def _quoted(it: Item) -> Item:
    return Item.of(replace(it.statement, kind="direct"), article=it.article)


def test_many_shared_words_and_one_word_negated_make_a_sure_contradiction() -> None:
    c = _one(
        item("a", "The Harwick depot will close its night shift in October", "Nadia Ostrova",
             "2025-03-02"),
        item("b", "The Harwick depot will not close its night shift in October", "Piet Lavalle",
             "2025-03-03", article="a2"),
    )  # fmt: skip
    assert c.kind == "contradiction" and c.confidence >= 0.75
    assert _why(c)["many words shared besides the event"] > 0
    assert "two words read as opposites, not one word negated" not in _why(c)


def test_only_the_event_in_common_lowers_the_confidence() -> None:
    c = _one(
        item("a", "the ward would close", "Nadia Ostrova", "2025-03-02"),
        item("b", "Nothing at Keswold is going to close while I am in charge of the budget",
             "Piet Lavalle", "2025-03-02"),
    )  # fmt: skip
    assert c.kind == "contradiction" and c.confidence < 0.6
    assert _why(c)["no word shared besides the event"] < 0
    assert _why(c)["a short statement"] < 0


def test_two_words_read_as_opposites_are_less_sure_than_one_negated() -> None:
    kept = _one(
        item("a", "the council will keep the Tanfield clinic open through the winter",
             "Nadia Ostrova", "2025-03-02"),
        item("b", "the council will close the Tanfield clinic this winter", "Piet Lavalle",
             "2025-03-02"),
    )  # fmt: skip
    negated = _one(
        item("a", "the council will keep the Tanfield clinic open through the winter",
             "Nadia Ostrova", "2025-03-02"),
        item("b", "the council will not keep the Tanfield clinic open this winter",
             "Piet Lavalle", "2025-03-02"),
    )  # fmt: skip
    assert _why(kept)["two words read as opposites, not one word negated"] < 0
    assert negated.confidence > kept.confidence


def test_roles_that_name_one_body_lower_a_contradiction() -> None:
    a = item("a", "the Tanfield clinic will stay open through the winter", "Nadia Ostrova",
             "2025-03-02", roles=("the authority's regional director",))  # fmt: skip
    b = item("b", "the Tanfield clinic will not stay open through the winter", "Piet Lavalle",
             "2025-03-02", roles=("spokesman for the authority",))  # fmt: skip
    c = _one(a, b)
    assert _why(c)["both speakers' roles name one body"] < 0
    plain = _one(replace(a, roles=()), replace(b, roles=()))
    assert plain.confidence > c.confidence


def test_a_role_word_that_is_each_role_s_head_names_no_body() -> None:
    def sp(roles: tuple[str, ...]) -> Item:
        return item("x", "the bridge will reopen", "Ines Harrow", "2025-01-01", roles=roles)

    assert one_body(sp(("the authority's regional director",)),
                    sp(("spokesman for the authority",)))  # fmt: skip
    assert one_body(sp(("chief executive of Corrow Ferries",)),
                    sp(("Corrow Ferries' operations manager",)))  # fmt: skip
    # two attorneys, two chairs of two bodies: one profession, not one body
    assert not one_body(sp(("Assistant District Attorney",)), sp(("defense attorney",)))
    assert not one_body(sp(("club chair",)), sp(("chair of the Supporters' Trust",)))
    assert not one_body(sp(("regional director",)), sp(()))


def test_dates_far_apart_lower_a_contradiction() -> None:
    near = _one(
        item("a", "The Harwick depot closed its night shift in October", "Nadia Ostrova",
             "2025-11-02"),
        item("b", "The Harwick depot did not close its night shift in October", "Piet Lavalle",
             "2025-11-04", article="a2"),
    )  # fmt: skip
    far = _one(
        item("a", "The Harwick depot closed its night shift in October", "Nadia Ostrova",
             "2025-11-02"),
        item("b", "The Harwick depot did not close its night shift in October", "Piet Lavalle",
             "2025-12-20", article="a2"),
    )  # fmt: skip
    assert "said 48 days apart" in _why(far) and not any("apart" in w for w in _why(near))
    assert near.confidence > far.confidence


def test_the_speakers_own_quoted_words_raise_a_reversal() -> None:
    said = item("a", "the Lowmoor library will close in June", "Tomas Hale", "2025-02-01")
    later = item("b", "the Lowmoor library will not close in June", "Tomas Hale", "2025-04-01",
                 article="a2")  # fmt: skip
    plain = _one(said, later)
    quoted = _one(said, _quoted(later))
    assert plain.kind == quoted.kind == "reversal"
    assert quoted.confidence > plain.confidence
    assert _why(quoted)["the speaker's own quoted words"] > 0


def test_a_rebuttal_with_its_cue_in_one_article_stays_high() -> None:
    sent = ("Alder Voss pushed back on Marr's statement that the depot sale had collapsed, "
            "saying buyers had signed the depot sale contract on Friday.")  # fmt: skip
    out = analyze_items([
        item("m1", "the depot sale had collapsed in May", "Ines Marr", "2024-06-01"),
        item("v2", "buyers had signed the depot sale contract on Friday", "Alder Voss",
             "2024-06-02", sentence=sent, cue="saying"),
    ])[1]  # fmt: skip
    (r,) = [c for c in out if c.kind == "rebuttal"]
    assert r.confidence >= 0.85
    assert _why(r) == {"base rebuttal": 0.9}


def test_confidence_stays_in_range_and_adds_up() -> None:
    found = analyze_items([
        item("a", "the ward would close", "Nadia Ostrova", "2025-03-02"),
        item("b", "Nothing at Keswold is going to close while I am in charge of the budget",
             "Piet Lavalle", "2025-03-02", roles=("chief executive of Keswold Health",)),
        item("c", "the ward will not close", "Ines Harrow", "2025-05-02", article="a2",
             roles=("Keswold Health's finance director",)),
    ])[1]  # fmt: skip
    assert found
    for c in found:
        assert FLOOR <= c.confidence <= CEILING
        total = sum(w for _, w in c.factors)
        assert abs(min(CEILING, max(FLOOR, total)) - c.confidence) < 0.006
        assert c.to_dict()["factors"]


def test_the_pairs_reported_do_not_depend_on_the_confidence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    items = [
        item("a", "the council will keep the Tanfield clinic open through the winter",
             "Nadia Ostrova", "2025-03-02"),
        item("b", "the council will close the Tanfield clinic this winter", "Piet Lavalle",
             "2025-03-02"),
        item("c", "the ward would close", "Ines Harrow", "2025-03-02"),
        item("d", "the Tanfield clinic will not close", "Tomas Hale", "2025-03-09",
             article="a2"),
    ]  # fmt: skip
    calibrated = {(c.kind, c.a.statement, c.b.statement) for c in analyze_items(items)[1]}
    monkeypatch.setattr(matters, "calibrate", lambda found, _m, _i: list(found))
    raw = {(c.kind, c.a.statement, c.b.statement) for c in analyze_items(items)[1]}
    assert calibrated == raw and calibrated


def test_rebuttal_language_keeps_a_contradiction_high_whatever_words_it_shares() -> None:
    sent = ("Tomas Reyes disputed Mayor Ilse Varga's promise, saying the pool had failed two "
            "safety inspections.")  # fmt: skip
    mayor = item("v", "The council will not close the Dunmore pool in May", "Ilse Varga",
                 "2025-03-01", roles=("mayor",))  # fmt: skip
    said = item("r1", "the council would close the Dunmore pool in May", "Tomas Reyes",
                "2025-03-02")  # fmt: skip
    rebuts = item("r2", "the pool had failed two safety inspections", "Tomas Reyes",
                  "2025-03-02", sentence=sent, cue="saying")  # fmt: skip
    backed = _one(mayor, said, rebuts)
    plain = _one(mayor, said)
    assert backed.kind == plain.kind == "contradiction" and backed.cue is not None
    assert backed.confidence >= 0.85 > plain.confidence
    # the cue, not the words, links the two: no step for shared words
    assert not any("shared" in why for why in _why(backed))
