"""A short verb's doing after a halt, and a letter written to someone, are events.

"The quarry lorries stopped using Ashgrove Lane in May" denies the lorries' use of the lane
as "stopped visiting" denies visits: a doing of five letters after a verb of aspect is still
a doing, and "using", "uses" and "use" are one verb's forms ("used" is left apart: "we used
to run ferries" tells a habit, no use). "The trust wrote to every tenant on the estate" tells
a letter sent, as "called the mayor" tells a call: a verb of writing with a recipient after
"to" is an act, not words quoted, unless a message is told on ("wrote to tenants to say the
block would close", "wrote that ...").

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import lexicon as lx

from .builders import events, item, kinds


def test_the_forms_of_a_short_verb_share_a_stem() -> None:
    assert {lx.stem(w) for w in ("use", "uses", "using")} == {"use"}
    assert lx.stem("owing") == lx.stem("owes")


def test_used_of_a_habit_stays_apart() -> None:
    assert lx.stem("used") != lx.stem("use")


def test_short_stems_of_other_shapes_stay_whole() -> None:
    assert lx.stem("doing") == "doing"  # a vowel last: no silent "e" to restore
    assert lx.stem("dying") != "dye"
    assert lx.stem("bus") == "bus"


def test_names_and_nouns_in_ing_gain_no_silent_e() -> None:
    assert lx.stem("Ewing") != "ewe"
    assert lx.stem("icing") != "ice"
    assert lx.stem("axing") == lx.stem("axe")


def test_a_short_doing_after_a_halt_is_denied() -> None:
    assert events("The quarry lorries stopped using Ashgrove Lane in May")["use"] == -1


def test_a_short_doing_after_a_start_is_asserted() -> None:
    assert events("The bakery started using rye flour")["use"] == 1


def test_a_short_noun_after_a_halt_is_no_doing() -> None:
    assert "thing" not in events("The board stopped the thing")


def test_still_using_against_stopped_using_is_a_contradiction() -> None:
    a = item("a", "The quarry lorries stopped using Ashgrove Lane in May", "Orla Prenderby",
             "2033-06-10")  # fmt: skip
    b = item("b", "The quarry lorries are still using Ashgrove Lane every morning",
             "Dafydd Morlaix", "2033-06-12", article="a2")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_a_stop_of_one_use_and_a_start_of_another_do_not_meet() -> None:
    a = item("a", "The Hallam Street bakery stopped using coal in March", "Orla Prenderby",
             "2033-06-10")  # fmt: skip
    b = item("b", "The Hallam Street bakery started using wood pellets in March",
             "Dafydd Morlaix", "2033-06-12", article="a2")  # fmt: skip
    assert kinds(a, b) == []


def test_a_letter_written_to_a_recipient_is_an_act() -> None:
    assert events("The trust wrote to every tenant on the Brackwater estate")[lx.stem("wrote")] == 1
    assert events("The trust never wrote to anyone about the rent rise")[lx.stem("wrote")] == -1


def test_a_message_written_on_is_still_reported() -> None:
    for text in ("The trust wrote to tenants to say the block would close",
                 "The trust wrote to the tenants saying the block would close",
                 "The trust wrote to tenants on Monday saying the block would close",
                 "The trust wrote to tenants in May to say the block would close",
                 "The trust wrote to tenants in Ardlow warning the block would close",
                 "The trust wrote to Harlow Council and said the block would close",
                 "The trust wrote that the block would close"):  # fmt: skip
        assert lx.stem("wrote") not in events(text), text


def test_a_letter_written_and_one_denied_are_a_contradiction() -> None:
    a = item("a", "The trust wrote to every tenant on the Brackwater estate about the repairs",
             "Orla Prenderby", "2033-06-10")  # fmt: skip
    b = item("b", "The trust never wrote to anyone about the repairs", "Dafydd Morlaix",
             "2033-06-12", article="a2")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]
