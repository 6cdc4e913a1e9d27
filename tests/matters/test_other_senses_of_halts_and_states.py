"""Words of a halt, a state kept going, a clean state, a view and an owning up, in the senses
that say none of those things.

* a person stopped or pausing is no activity halted ("police stopped him", "the speaker
  paused for a moment", "she stopped to talk");
* "life continues as normal" is all of a place's days, not the one activity halted there;
* a clean election is a fair one, not one free of contamination;
* "supported the depot closure" is a view of the closure, as "supported the closure of the
  depot" is;
* "we now know the bridge was damaged" owns up to what it goes on to say, not to "the road
  is closed" before it.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters.claims import Item

from .builders import events, item, kinds


def test_a_person_stopped_or_pausing_is_no_stoppage() -> None:
    assert "stoppage" not in events("Police stopped him on the Tarrow bridge")
    assert "stoppage" not in events("The mayor paused for a moment before the vote")
    assert "stoppage" not in events("She stopped to talk to the crowd at Merrin Cross")
    assert events("The mill paused production for a week")["stoppage"] == 1
    assert events("Police stopped the roadworks on the Tarrow bridge")["stoppage"] == 1


def test_a_minute_of_silence_meets_no_plant_running() -> None:
    pause = item("a", "The Pellham plant paused for a minute of silence", "Ivo Marsh",
                 "2031-04-02")  # fmt: skip
    running = item("b", "The Pellham plant is running normally", "Dana Serle", "2031-04-02",
                   article="a2")  # fmt: skip
    assert kinds(pause, running) == []


def test_life_going_on_as_normal_is_no_activity_kept_going() -> None:
    assert "stoppage" not in events("Life in Carbry continues as normal")
    assert "stoppage" not in events("Everything else in the town carried on as usual")
    assert events("Deliveries from the Carbry depot continue as normal")["stoppage"] == -1


def test_life_going_on_meets_no_halted_production() -> None:
    halted = item("a", "Production at the Carbry mill was halted", "Ivo Marsh", "2031-04-02")
    life = item("b", "Life in Carbry continues as normal", "Dana Serle", "2031-04-02",
                article="a2")  # fmt: skip
    assert kinds(halted, life) == []


def test_a_clean_election_is_no_safe_state() -> None:
    assert "safe" not in events("The Wendle council election was clean")
    assert events("The water in the Wendle reservoir is clean")["safe"] == 1


def test_supporting_a_compound_named_closure_does_not_say_it_came() -> None:
    assert "open" not in events("The county supported the depot closure")
    assert events("The county completed the depot closure")["open"] == -1


def test_now_knowing_another_thing_owns_up_to_nothing_before_it() -> None:
    first = item("a", "The Glenmarra road is open", "Ines Caldera", "2031-05-02")
    later = item("b", "The Glenmarra road is closed, and we now know the bridge was damaged "
                 "in the storm", "Ines Caldera", "2031-06-10", article="a2")  # fmt: skip
    assert kinds(first, later) == []


def test_now_accepting_the_words_before_still_owns_up() -> None:
    first = item("a", "There is no shortage of pens in Varrow", "Ines Caldera", "2031-02-03")
    later = item("b", "There is a shortage of pens in Varrow, we now accept that",
                 "Ines Caldera", "2031-02-20", article="a2")  # fmt: skip
    assert kinds(first, later) == [("reversal", "a", "b")]


# -- a halt tried, and a halt with no object ----------------------------------------------------


def test_a_halt_only_tried_leaves_the_activity_as_it_was() -> None:
    assert events("Protesters tried to stop the demolition of the Selby pier")["demolition"] == 1
    assert events("Residents hope to halt the demolition of the Selby pier")["demolition"] == 1
    assert events("The council voted to halt construction of the ring road")["construct"] == -1


def test_a_tried_halt_meets_no_demolition_gone_ahead() -> None:
    tried = item("a", "Protesters tried to stop the demolition of the Selby pier", "Ivo Marsh",
                 "2031-04-02")  # fmt: skip
    done = item("b", "The demolition of the Selby pier went ahead", "Dana Serle", "2031-04-02",
                article="a2")  # fmt: skip
    assert kinds(tried, done) == []


def test_an_activity_that_stopped_by_itself_is_denied() -> None:
    assert events("Construction of the ring road stopped in May")["construct"] == -1
    assert events("Fishing in Loch Averan has stopped")["fish"] == -1
    assert events("Construction did not stop despite the rain")["construct"] == 1
    assert events("Production at the Selby plant never stopped")["produc"] == 1


# -- a denial ahead bound to a condition or a kind -------------------------------------------


def _reopen() -> Item:
    return item("c", "The Quayside Gallery will reopen", "Marta Quell", "2031-10-02")


def test_a_denial_ahead_on_a_condition_meets_no_dated_closure() -> None:
    plan = item("a", "The Quayside Gallery will close in March", "Ines Caldera", "2031-10-02")
    denial = item("b", "The Quayside Gallery will not close without a public consultation",
                  "Tobias Grenville", "2031-10-02", article="a2")  # fmt: skip
    assert [k for k in kinds(plan, denial, _reopen()) if "b" in k[1:]] == []


def test_a_denial_of_a_closure_for_good_meets_no_dated_closure() -> None:
    plan = item("a", "The Quayside Gallery will close in March for repairs", "Ines Caldera",
                "2031-10-02")  # fmt: skip
    denial = item("b", "The Quayside Gallery will not close for good", "Tobias Grenville",
                  "2031-10-02", article="a2")  # fmt: skip
    assert [k for k in kinds(plan, denial, _reopen()) if "b" in k[1:]] == []


def test_a_plain_denial_ahead_still_meets_a_dated_closure() -> None:
    plan = item("a", "The Quayside Gallery will close in March", "Ines Caldera", "2031-10-02")
    denial = item("b", "The Quayside Gallery will not close", "Tobias Grenville", "2031-10-02",
                  article="a2")  # fmt: skip
    assert ("contradiction", "a", "b") in kinds(plan, denial, _reopen())


# -- a state said not to be enough -----------------------------------------------------------


def test_a_state_not_enough_is_denied() -> None:
    assert events("The silt at Brenna dock is not clean enough")["safe"] == -1
    assert events("The sea wall at Brenna was not safe enough")["safe"] == -1
    assert events("The silt at Brenna dock is clean enough")["safe"] == 1
    assert events("The cuts at Brenna are not enough")["jobcut"] == 1  # the cuts still came


def test_silt_not_clean_enough_meets_no_contamination() -> None:
    short = item("a", "The silt at Brenna dock is not clean enough", "Ivo Marsh", "2031-04-02")
    dirty = item("b", "The silt at Brenna dock is contaminated", "Dana Serle", "2031-04-02",
                 article="a2")  # fmt: skip
    assert kinds(short, dirty) == []
