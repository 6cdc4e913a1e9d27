"""Every one of a counted whole against a part of it (:mod:`onrecord.matters.counted_wholes`).

"Every one of the 40 oaks is infected" and "only five of the 40 oaks show any sign of
infection" count one whole (the 40 oaks) and say the same thing of two shares of it. They
share no event word the matters are built on, so the pair is a matter of its own.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters.counted_wholes import counted_wholes, whole_matters

from .builders import item, kinds

_DAY = "2040-03-02"
_WARDEN = "Ansel Tarrow"
_GROUP = "Mira Coldwell"


def _read(text: str) -> list[tuple[str, float, str, float]]:
    return [(w.kind, w.count, w.head, w.part) for w in counted_wholes(text)]


# -- reading -------------------------------------------------------------------------------------


def test_a_universal_and_a_part_of_a_counted_whole_are_read() -> None:
    assert _read("Every one of these 40 oaks is infected with blight") == [
        ("all", 40.0, "oak", 0.0)
    ]
    assert _read("All 1,200 homes were sent a letter") == [("all", 1200.0, "hom", 0.0)]
    assert _read("None of the 12 wells is polluted") == [("none", 12.0, "well", 0.0)]
    assert _read("Only five of the 40 oaks show any sign of blight")[0][:2] == ("part", 40.0)
    assert _read("Only five of the 40 oaks show any sign of blight")[0][3] == 5.0


def test_no_counted_whole_without_a_count_of_it() -> None:
    assert _read("Every oak in the wood is infected") == []
    assert _read("Five of the oaks are infected") == []
    assert _read("Two of them were infected") == []
    assert _read("40 of the 40 oaks are infected") == []  # no proper part


# -- must fire -------------------------------------------------------------------------------------


def test_every_one_of_the_whole_against_only_a_few_of_it_is_a_contradiction() -> None:
    a = item("a", "Every one of the 40 oaks in Pellham Wood is infected with blight", _WARDEN,
             _DAY)  # fmt: skip
    b = item("b", "Only five of the 40 oaks show any sign of blight", _GROUP, _DAY)
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_a_part_counted_without_only_still_tells_the_rest_are_not_so() -> None:
    a = item("a", "All 40 oaks in Pellham Wood are infected with blight", _WARDEN, _DAY)
    b = item("b", "Seven of the 40 oaks are infected with blight", _GROUP, _DAY)
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_none_of_the_whole_against_a_part_of_it_is_a_contradiction() -> None:
    a = item("a", "None of the 12 wells at Harnby is polluted", _WARDEN, _DAY)
    b = item("b", "Three of the 12 wells at Harnby are polluted", _GROUP, _DAY)
    assert kinds(a, b) == [("contradiction", "a", "b")]


# -- must not fire ---------------------------------------------------------------------------------


def test_two_predicates_of_one_whole_do_not_meet() -> None:
    a = item("a", "Every one of the 40 oaks was surveyed by our staff", _WARDEN, _DAY)
    b = item("b", "Seven of the 40 oaks are infected with blight", _GROUP, _DAY)
    assert kinds(a, b) == []


def test_two_wholes_do_not_meet() -> None:
    a = item("a", "All 40 oaks in Pellham Wood are infected with blight", _WARDEN, _DAY)
    b = item("b", "Five of the 12 oaks on Mill Green are infected with blight", _GROUP, _DAY)
    assert kinds(a, b) == []


def test_a_denied_part_agrees_with_a_denial_of_the_whole() -> None:
    a = item("a", "None of the 12 wells at Harnby is polluted", _WARDEN, _DAY)
    b = item("b", "Three of the 12 wells at Harnby are not polluted", _GROUP, _DAY)
    assert kinds(a, b) == []


def test_a_hedged_universal_takes_no_stance() -> None:
    a = item("a", "Every one of the 40 oaks may be infected with blight", _WARDEN, _DAY)
    b = item("b", "Only five of the 40 oaks show any sign of blight", _GROUP, _DAY)
    assert kinds(a, b) == []


def test_the_next_step_of_a_plan_is_no_contradiction() -> None:
    # a plan for the whole, and the first part of it done: the work under way, not a denial
    a = item("a", "All 40 oaks in Pellham Wood will be felled", _WARDEN, _DAY)
    b = item("b", "Five of the 40 oaks in Pellham Wood were felled on Monday", _GROUP, _DAY)
    assert kinds(a, b) == []


def test_one_whole_counted_weeks_apart_is_one_time() -> None:
    # a row over how much of one set a state holds of is answered over weeks
    b = item("b", "Only five of the 40 oaks show any sign of blight", _GROUP, "2040-04-10",
             article="a2", sentence="Only five of the 40 oaks show any sign of blight, "
             "Coldwell said of Pellham Wood.")  # fmt: skip
    a = item("a", "Every one of these 40 oaks is infected with blight", _WARDEN, "2040-03-02",
             article="a1", sentence="Every one of these 40 oaks is infected with blight, "
             "Tarrow said of Pellham Wood.")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_one_whole_counted_for_two_named_months_is_two_times() -> None:
    a = item("a", "In March every one of the 40 oaks was infected with blight", _WARDEN,
             "2040-04-02")  # fmt: skip
    b = item("b", "In April only five of the 40 oaks were infected with blight", _GROUP,
             "2040-04-20")  # fmt: skip
    assert kinds(a, b) == []


# -- the predicate, the quantifier's scope and the time of the telling --------------------------


def test_a_shared_place_or_a_thing_looked_for_is_no_shared_predicate() -> None:
    # names and the places they make describe the whole; "for blight" is what was sought
    a = item("a", "All 40 staff at Harnby council were consulted", _WARDEN, _DAY)
    b = item("b", "Twelve of the 40 staff at Harnby council were sacked", _GROUP, _DAY)
    assert kinds(a, b) == []
    c = item("c", "All 40 oaks on Tarn Green were surveyed for blight", _WARDEN, _DAY)
    d = item("d", "Five of the 40 oaks on Tarn Green have blight", _GROUP, _DAY)
    assert kinds(c, d) == []
    e = item("e", "All 40 staff at Harnby council were consulted", _WARDEN, _DAY)
    f = item("f", "Twelve of the 40 staff at Harnby council were not consulted", _GROUP, _DAY)
    assert kinds(e, f) == [("contradiction", "e", "f")]


def test_a_part_said_of_fewer_things_agrees_with_the_universal() -> None:
    # "tested positive" holds of fewer wells than "tested"; "paid late" of fewer than "paid"
    a = item("a", "All 12 wells at Harnby were tested", _WARDEN, _DAY)
    b = item("b", "Three of the 12 wells at Harnby were tested positive", _GROUP, _DAY)
    assert kinds(a, b) == []
    c = item("c", "All 40 staff at Harle depot were paid on Friday", _WARDEN, _DAY)
    d = item("d", "Twelve of the 40 staff at Harle depot were paid late", _GROUP, _DAY)
    assert kinds(c, d) == []


def test_a_universal_short_of_all_or_an_inexact_part_is_not_read() -> None:
    assert _read("Not all 96 trees are diseased") == []
    assert _read("Almost all of the 96 trees are diseased") == []
    assert _read("Nearly every one of the 96 trees is diseased") == []
    assert _read("At least six of the 96 trees are diseased") == []
    assert _read("Up to six of the 96 trees are diseased") == []
    assert _read("Around 90 of the 96 trees are diseased") == []
    a = item("a", "Almost all 96 trees on Vell Avenue are diseased", _WARDEN, _DAY)
    b = item("b", "Ninety of the 96 trees on Vell Avenue are diseased", _GROUP, _DAY)
    assert kinds(a, b) == []
    c = item("c", "Not all 96 trees are diseased", _WARDEN, _DAY)
    d = item("d", "Six of the 96 trees show signs of disease", _GROUP, _DAY)
    assert kinds(c, d) == []


def test_every_single_one_and_out_of_are_read() -> None:
    assert _read("Every single one of the 96 trees is diseased") == [("all", 96.0, "tre", 0.0)]
    assert _read("Only six out of the 96 trees are diseased") == [("part", 96.0, "tre", 6.0)]
    assert _read("Six out of 96 trees are diseased") == [("part", 96.0, "tre", 6.0)]


def test_a_change_told_with_now_or_after_a_past_perfect_is_no_contradiction() -> None:
    a = item("a", "Twelve of the 40 staff at Harle depot had not been paid", _GROUP, "2040-03-02")
    b = item("b", "All 40 staff at Harle depot have now been paid", _WARDEN, "2040-03-20")
    assert kinds(a, b) == []


def test_a_plan_told_without_will_does_not_meet_the_work_done() -> None:
    a = item("a", "All 40 oaks on Tarn Green are to be felled", _WARDEN, _DAY)
    b = item("b", "Five of the 40 oaks on Tarn Green have been felled", _GROUP, _DAY)
    assert kinds(a, b) == []
    c = item("c", "All 40 oaks on Tarn Green are due to be felled", _WARDEN, _DAY)
    d = item("d", "Five of the 40 oaks on Tarn Green were felled last week", _GROUP, _DAY)
    assert kinds(c, d) == []


def test_one_matter_for_a_story_count_and_head() -> None:
    # a matter a question, not a pair: its pairs are judged within it
    told = ("Twelve of the 40 staff were consulted", "All 40 staff were consulted")
    items = [item(str(i), told[i % 2], f"P{i}", _DAY) for i in range(40)]
    matters = whole_matters(items, None)
    assert len(matters) == 1 and len(matters[0].positions) == 40
