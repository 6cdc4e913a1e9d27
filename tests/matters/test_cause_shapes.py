"""A cause named in other shapes than "caused by".

A cause named as the subject of "cause", as what a thing was traced, linked or put down to,
or as where a thing started meets the cause named after "caused by"
(:mod:`onrecord.matters.origins`); not a time, a pronoun, a question or the noun "cause".
Every sentence here is invented.
"""

from __future__ import annotations

from .builders import events, item, kinds

_DAY = "2031-04-02"


def test_a_cause_as_subject_traced_or_started_in_is_a_cause_event() -> None:
    assert events("A fault in the brake cable had caused at least six crashes")["cause-fault"] == 1
    assert events("Blasting at Tarrow Quarry did not cause the cracks")["cause-blast"] == -1
    assert events("The heater caused no damage")["cause-heater"] == -1
    assert events("Not one crash has been traced to the brake cable fault")["cause-fault"] == -1
    assert events("No crash had been linked to the fault")["cause-fault"] == -1
    assert events("The fire was blamed on arson")["cause-arson"] == 1
    assert events("The blaze started in the battery of a scooter")["cause-battery"] == 1
    assert events("The smell is not coming from the landfill")["cause-landfill"] == -1
    # the cause's noun phrase ends where a relative clause with no "that" begins
    assert events("The fire was caused by a cheap charger she bought online")["cause-charger"] == 1


def test_no_cause_from_a_time_a_pronoun_a_question_or_the_noun() -> None:
    for text in (
        "The fire started in the early hours",
        "The season started in August",
        "The strike began in 2029",
        "It caused chaos on the roads",
        "What caused the fire is not known",
        "The cause of the fire was a heater",
        "There is no cause for concern",
        "The council wants to cause no delay",
    ):
        assert not any(k.startswith("cause-") for k in events(text)), text
    # "the timing belt" is no time: "timing" only looks like one
    assert events("Not one crash was traced to the timing belt")["cause-belt"] == -1


_PUMP = "A fault in the new pump caused the leaks at Orrin"


def test_a_cause_as_subject_meets_its_denial_in_the_passive() -> None:
    a = item("a", _PUMP, "Ida Venn", _DAY)
    b = item("b", "Not one leak at Orrin has been traced to the pump fault", "Tobias Marl", _DAY)
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_agreement_another_cause_another_thing_or_a_hedge_is_no_disagreement() -> None:
    a = item("a", _PUMP, "Ida Venn", _DAY)
    agrees = item("b", "The leaks at Orrin have been traced to the pump fault", "Tobias Marl",
                  _DAY)  # fmt: skip
    other_cause = item("c", "Not one leak at Orrin has been traced to the old valves",
                       "Tobias Marl", _DAY)  # fmt: skip
    other_thing = item("d", "Not one blackout at Orrin was traced to the pump fault",
                       "Tobias Marl", _DAY)  # fmt: skip
    hedged = item("e", "The pump fault may not have caused the leaks at Orrin", "Tobias Marl",
                  _DAY)  # fmt: skip
    for other in (agrees, other_cause, other_thing, hedged):
        assert kinds(a, other) == [], other.statement.content.text


def test_where_a_fire_started_meets_the_cause_denied() -> None:
    a = item("a", "The fire at the Penrow flat was caused by a candle, not by the battery",
             "Maud Ferrier", _DAY)  # fmt: skip
    b = item("b", "The fire at the Penrow flat started in the battery of a scooter", "Ned Oakes",
             _DAY)  # fmt: skip
    later = item("c", "The fire at the Penrow flat started in the early hours", "Ned Oakes", _DAY)
    assert kinds(a, b) == [("contradiction", "a", "b")]
    assert kinds(a, later) == []


def test_two_things_one_cause_caused_are_two_questions() -> None:
    # the object of an active "cause" is a thing caused, not one a happening befell: "a stir"
    # and "delays" are two things the decision may have caused
    a = item("a", "The toll decision caused a stir across Brennock", "Ilsa Marr", _DAY)
    b = item("b", "The toll decision did not cause any delays at the bridge", "Tove Quill", _DAY)
    assert kinds(a, b) == []
    # one thing caused, named the same, is still one question
    c = item("c", "The toll decision caused delays at the bridge", "Ilsa Marr", _DAY)
    assert [(k, {x, y}) for k, x, y in kinds(c, b)] == [("contradiction", {"b", "c"})]
    # the happening caused still meets the ones it befell
    d = item("d", "The fumes caused the deaths", "Ilsa Marr", _DAY)
    e = item("e", "Those herons did not die of the fumes", "Tove Quill", _DAY)
    assert [(k, {x, y}) for k, x, y in kinds(d, e)] == [("contradiction", {"d", "e"})]


def test_a_thing_that_is_coming_from_a_place_is_its_subject() -> None:
    # "is not coming from" is no passive: what comes from the place is the subject, so two
    # subjects (the complaints, the smell) are two questions
    a = item("a", "Most of the complaints came from the east side", "Ilsa Marr", _DAY)
    b = item("b", "The smell is not coming from the east side", "Tove Quill", _DAY)
    assert kinds(a, b) == []
    c = item("c", "The smell came from the east side", "Ilsa Marr", _DAY)
    assert [(k, {x, y}) for k, x, y in kinds(c, b)] == [("contradiction", {"b", "c"})]
