"""Hard negatives of the general rules (a denial's "that"-clause, finding, figures, dates, a
past occasion, a retraction, a denial linked to another speaker's words, having, going away,
times): their general forms must not flag ordinary news, and the true disagreements of the
same shapes are still found.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import parse_claim
from onrecord.matters.claims import Item
from onrecord.matters.store import said_date

from .builders import events, item, kinds

# -- a denial's "that"-clause ------------------------------------------------------------------


def test_countered_that_is_the_speakers_own_claim() -> None:
    sentence = "Ben Ortiz countered that the Tarn plan would save the city money."
    found = kinds(
        item("a", "the Tarn plan would save the city money", "Cara Lind", "2026-03-02"),
        item("b", "the Tarn plan would save the city money", "Ben Ortiz", "2026-03-02",
             sentence=sentence, cue="countered"),
    )  # fmt: skip
    assert not any(k == "rebuttal" for k, _, _ in found)


def test_a_negated_denial_is_no_rebuttal() -> None:
    for sentence in (
        "Ana Reyes did not deny that the Tarn council had ignored warnings about the dam.",
        "Ana Reyes has never denied that the Tarn council had ignored warnings about the dam.",
    ):
        found = kinds(
            item("a", "the Tarn council ignored warnings about the dam for months", "Ben Ortiz",
                 "2026-03-02"),
            item("b", "the Tarn council had ignored warnings about the dam", "Ana Reyes",
                 "2026-03-02", sentence=sentence, cue="deny" if "not" in sentence else "denied"),
        )  # fmt: skip
        assert not any(k == "rebuttal" for k, _, _ in found), sentence


# -- finding -----------------------------------------------------------------------------------


def test_trying_to_find_is_no_finding() -> None:
    assert "buyer" not in events("we are trying to find a buyer for the Tarn mill")
    assert "buyer" not in events("we will find a buyer for the Tarn mill")
    assert kinds(
        item("a", "the Tarn mill has no buyer", "Ana Reyes", "2026-03-02"),
        item("b", "we are trying to find a buyer for the Tarn mill", "Ben Ortiz", "2026-03-02"),
    ) == []  # fmt: skip


def test_a_buyer_or_money_found_later_was_not_there_before() -> None:
    for speaker in ("Ben Ortiz", "Ana Reyes"):
        assert kinds(
            item("a", "there is no buyer for the Tarn mill", "Ana Reyes", "2026-03-02"),
            item("b", "we found a buyer for the Tarn mill", speaker, "2026-03-20", article="a2"),
        ) == []  # fmt: skip
    assert kinds(
        item("a", "the Tarn district has no money for the pool", "Ana Reyes", "2026-03-02"),
        item("b", "the Tarn district found money for the pool", "Ben Ortiz", "2026-03-25",
             article="a2"),
    ) == []  # fmt: skip


def test_two_inspections_can_find_different_things() -> None:
    assert kinds(
        item("a", "inspectors found no cracks in the Tarn pier", "Ana Reyes", "2026-03-02"),
        item("b", "inspectors found cracks in the Tarn pier", "Ben Ortiz", "2026-04-10",
             article="a2"),
    ) == []  # fmt: skip


# -- figures -----------------------------------------------------------------------------------


def test_a_cut_is_no_headcount() -> None:
    assert kinds(
        item("a", "Tarn Steel will cut 200 jobs", "Ana Reyes", "2026-03-02"),
        item("b", "Tarn Steel has 1,000 employees", "Ben Ortiz", "2026-03-02"),
    ) == []  # fmt: skip
    assert kinds(
        item("a", "Tarn Steel will cut 200 jobs", "Ana Reyes", "2026-03-02"),
        item("b", "Tarn Steel will keep 800 jobs", "Ben Ortiz", "2026-03-02"),
    ) == []  # fmt: skip


def test_a_cut_by_is_no_cut_to() -> None:
    assert kinds(
        item("a", "Tarn Steel will reduce its workforce by 200 positions", "Ana Reyes",
             "2026-03-02"),
        item("b", "Tarn Steel will reduce its workforce to 800 positions", "Ben Ortiz",
             "2026-03-02"),
    ) == []  # fmt: skip


def test_reducing_prices_or_debt_is_no_job_cut() -> None:
    assert "jobcut" not in events("Tarn Steel will reduce its debt")
    assert kinds(
        item("a", "Tarn Steel will reduce prices for its customers this spring", "Ana Reyes",
             "2026-03-02"),
        item("b", "Tarn Steel will not cut jobs this spring", "Ben Ortiz", "2026-03-02",
             article="a2"),
    ) == []  # fmt: skip
    assert events("we will reduce staff by 180") == {"jobcut": 1}


# -- dates -------------------------------------------------------------------------------------


def _dated(sid: str, text: str, speaker: str, date: str | None, published: str) -> Item:
    it = item(sid, text, speaker, date or published)
    return Item.of(it.statement, article="a1", published=said_date(date, published), key=sid)


def test_a_partial_earlier_date_is_not_the_articles_day() -> None:
    assert said_date("2019", "2026-03-02") == "2019"
    assert said_date("2026-03", "2026-03-02") == "2026-03-02"
    assert said_date("2025-11-04", "2026-03-02") == "2025-11-04"
    assert kinds(
        _dated("a", "the Tarn clinic has no deficit", "Ana Reyes", "2019", "2026-03-02"),
        _dated("b", "the Tarn clinic has a deficit", "Ben Ortiz", None, "2026-03-02"),
    ) == []  # fmt: skip


# -- a past occasion ---------------------------------------------------------------------------


def test_no_agreement_then_an_agreement_had_been_reached_is_two_days() -> None:
    assert kinds(
        item("a", "no agreement was reached in the Tarn talks", "Ana Reyes", "2026-03-02"),
        item("b", "an agreement had been reached in the Tarn talks", "Ben Ortiz", "2026-03-20",
             article="a2"),
    ) == []  # fmt: skip
    assert kinds(
        item("a", "no agreement was reached in the Tarn talks on Monday", "Ana Reyes",
             "2026-03-02"),
        item("b", "by Friday the Tarn unions had reached an agreement", "Ben Ortiz",
             "2026-03-07", article="a2"),
    ) == []  # fmt: skip


# -- a retraction ------------------------------------------------------------------------------


def test_it_is_not_true_that_opens_a_denial_not_a_retraction() -> None:
    sentence = (
        "I told them the Tarn clinic would stay open, and it is not true that we will cut nurses"
    )
    assert kinds(
        item("a", sentence, "Ana Reyes", "2026-03-02"),
        item("b", "the Tarn clinic will stay open", "Ana Reyes", "2026-03-01", article="a0"),
    ) == []  # fmt: skip


# -- a denial linked to another speaker's words ------------------------------------------------


def test_a_denial_needs_the_same_thing_not_the_same_place_and_time() -> None:
    sentence = "Ana Reyes denied that the Tarn council would raise taxes next year."
    found = kinds(
        item("a", "the Tarn council would raise fees for parking next year", "Ben Ortiz",
             "2026-03-02"),
        item("b", "the Tarn council would raise taxes next year", "Ana Reyes", "2026-03-02",
             sentence=sentence, cue="denied"),
    )  # fmt: skip
    assert not any(k == "rebuttal" for k, _, _ in found)


def test_a_denial_needs_the_same_object() -> None:
    sentence = "Ana Reyes denied that the council had met with the developer."
    found = kinds(
        item("a", "the council had met with residents, not the developer", "Ben Ortiz",
             "2026-03-02"),
        item("b", "the council had met with the developer", "Ana Reyes", "2026-03-02",
             sentence=sentence, cue="denied"),
    )  # fmt: skip
    assert not any(k == "rebuttal" for k, _, _ in found)


def test_a_named_claim_in_other_words_needs_more_than_a_month() -> None:
    sentence = (
        "Ivo Marsh pushed back on Fenn's claim that the Tarn bridge would reopen in March, "
        "saying repairs would take a year."
    )
    found = kinds(
        item("f1", "the Tarn council will vote on the bridge budget in March", "Oda Fenn",
             "2026-03-02"),
        item("r", "repairs would take a year", "Ivo Marsh", "2026-03-02", sentence=sentence,
             cue="pushed back on"),
    )  # fmt: skip
    assert not any(k == "rebuttal" for k, _, _ in found)


# -- having ------------------------------------------------------------------------------------


def test_holding_a_vote_or_keeping_a_profile_is_no_thing_held() -> None:
    assert not any(k.startswith(("have-", "had-")) for k in events("she kept a low profile"))
    assert not any(k.startswith(("have-", "had-")) for k in events("the council held a vote"))
    assert kinds(
        item("a", "the Tarn council held a vote on the levy", "Ana Reyes", "2026-03-02"),
        item("b", "the Tarn council has no vote on the levy", "Ben Ortiz", "2026-03-02"),
    ) == []  # fmt: skip
    assert not any(k.startswith(("have-", "had-")) for k in events("Tarn had no population count"))


def test_had_and_has_are_two_times() -> None:
    assert kinds(
        item("a", "the Tarn district had a surplus", "Ana Reyes", "2026-03-02"),
        item("b", "the Tarn district has no surplus now", "Ben Ortiz", "2026-03-02"),
    ) == []  # fmt: skip


# -- going away --------------------------------------------------------------------------------


def test_worries_about_jobs_going_away_are_no_job_cut() -> None:
    assert "jobcut" not in events("the worries about Tarn Steel jobs will not go away")
    assert kinds(
        item("a", "the worries about Tarn Steel jobs will not go away", "Ana Reyes",
             "2026-03-02"),
        item("b", "Tarn Steel will cut jobs", "Ben Ortiz", "2026-03-02"),
    ) == []  # fmt: skip


# -- true disagreements these rules must still find --------------------------------------------


def test_a_present_denial_of_a_forecast_is_a_contradiction() -> None:
    assert kinds(
        item("a", "the Tarn plant will close", "Ana Reyes", "2026-03-02"),
        item("b", "the Tarn plant is not closing", "Ben Ortiz", "2026-03-06", article="a2"),
    ) == [("contradiction", "a", "b")]  # fmt: skip


def test_a_share_as_object_keeps_its_stance() -> None:
    assert kinds(
        item("a", "the Tarn district will close 20 percent of its schools", "Ana Reyes",
             "2026-03-02"),
        item("b", "the Tarn district will not close any schools", "Ben Ortiz", "2026-03-02"),
    ) == [("contradiction", "a", "b")]  # fmt: skip


def test_you_can_be_sure_is_no_norm() -> None:
    assert kinds(
        item("a", "you can be sure the Tarn clinic will not close", "Ana Reyes", "2026-03-02"),
        item("b", "the Tarn clinic will close", "Ben Ortiz", "2026-03-02"),
    ) == [("contradiction", "a", "b")]  # fmt: skip


# -- times -------------------------------------------------------------------------------------


def _times(text: str, said: str) -> set[tuple[int, int]]:
    return {t for c in parse_claim(text, said=said).clauses for t in c.times}


def test_last_and_next_pick_their_season() -> None:
    assert kinds(
        item("a", "the Tarn shelter will stay open this winter", "Ana Reyes", "2026-02-10"),
        item("b", "the Tarn shelter will not stay open next winter", "Ben Ortiz", "2026-03-02",
             article="a2"),
    ) == []  # fmt: skip
    assert kinds(
        item("a", "the Tarn plant did not close last fall", "Ana Reyes", "2026-03-02"),
        item("b", "the Tarn plant will close in October", "Ben Ortiz", "2026-03-02"),
    ) == []  # fmt: skip
    assert kinds(
        item("a", "the Tarn shelter did not open last winter", "Ana Reyes", "2026-11-02"),
        item("b", "the Tarn shelter will open this winter", "Ben Ortiz", "2026-11-02"),
    ) == []  # fmt: skip


def test_a_quarter_takes_its_year_from_the_tense() -> None:
    assert _times("sales fell in the fourth quarter", "2026-02-10") == {
        (2025, 10), (2025, 11), (2025, 12)}  # fmt: skip
    assert _times("the plant will reopen in the first quarter", "2025-11-10") == {
        (2026, 1), (2026, 2), (2026, 3)}  # fmt: skip
    assert _times("he scored in the third quarter of the game", "2026-02-10") == set()


def test_a_relative_year_dates_its_month() -> None:
    assert _times("the plant will reopen in March next year", "2025-11-10") == {(2026, 3)}


def test_a_negated_rebuttal_cue_is_no_rebuttal() -> None:
    sentence = "Ivo Marsh did not dispute Fenn's claim that the Tarn bridge would reopen in March."
    found = kinds(
        item("f1", "the Tarn bridge will reopen in March", "Oda Fenn", "2026-03-02"),
        item("r", "the Tarn bridge would reopen in March", "Ivo Marsh", "2026-03-02",
             sentence=sentence, cue="dispute"),
    )  # fmt: skip
    assert not any(k == "rebuttal" for k, _, _ in found)


def test_a_thing_sought_is_not_there() -> None:
    assert kinds(
        item("a", "we will find a solution for the Tarn mill", "Ana Reyes", "2026-03-02"),
        item("b", "there is no solution for the Tarn mill", "Ben Ortiz", "2026-03-02"),
    ) == []  # fmt: skip
