"""Every one of a counted whole against a part of it (:mod:`onrecord.matters.counted_wholes`).

"Every one of the 40 oaks is infected" and "only five of the 40 oaks show any sign of
infection" count one whole (the 40 oaks) and say the same thing of two shares of it. They
share no event word the matters are built on, so the pair is a matter of its own.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters.counted_wholes import counted_wholes

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
