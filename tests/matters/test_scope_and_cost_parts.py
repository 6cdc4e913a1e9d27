"""A negative subject after "and" beside a negator before it, and a noun of cost that names a
rate, an extra, a share, a part or the upkeep of a thing, not its whole cost.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import parse_claim
from onrecord.matters.claims import Item
from onrecord.matters.figures import figures_of

from .builders import events, item, kinds


def _costs(text: str) -> list[tuple[frozenset[str], float, float]]:
    return [(f.subject, f.low, f.high) for c in parse_claim(text).clauses
            for f in figures_of(c) if (f.head, f.unit) == ("cost", "¤")]  # fmt: skip


def test_a_negative_subject_after_and_after_a_negator_denies_its_verb() -> None:
    assert events("The council did not object and nobody complained") == {
        "object": -1, "complain": -1}  # fmt: skip
    assert events("The alarms did not sound and nobody was hurt")["hurt"] == -1
    assert events("Nobody was hurt and nobody objected")["object"] == -1
    # no negative subject: the second verb of an affirmed clause stays affirmed
    assert events("The plan was approved and nobody objected")["approve"] == 1


def test_no_hurt_is_no_contradiction_of_no_injury() -> None:
    a = item("a", "The alarms did not sound and nobody was hurt", "Oona Farrant", "2031-05-02")
    b = item("b", "No one was hurt in the fire at the depot", "Tam Ruddock", "2031-05-02")
    assert kinds(a, b) == []


def test_a_rate_an_extra_or_a_share_of_cost_is_no_total() -> None:
    assert _costs("the annual cost of the ferry was put at 300,000 pounds") == []
    assert _costs("the extra cost of the ferry was put at 1 million pounds") == []
    assert _costs("the town's share of the cost of the ferry was put at 1 million pounds") == []
    assert _costs("the cost of the first phase of the ferry was put at 1 million pounds") == []
    assert _costs("the cost of running the ferry was put at 1 million pounds") == []
    # the whole cost still counts
    ((thing, low, _),) = _costs("the cost of the ferry was put at 3 million pounds")
    assert thing == frozenset({"ferry"}) and low == 2.5e6
    assert _costs("the cost of building the ferry was put at 3 million pounds")


def test_an_annual_cost_does_not_reverse_a_total() -> None:
    a = item("a", "The new ferry will cost 3 million pounds", "Ivo Penhallow", "2031-02-03")
    for text in ("the annual cost of the ferry was put at 300,000 pounds",
                 "the cost of the first phase of the ferry was put at 1 million pounds",
                 "the cost of maintaining the ferry was put at 1 million pounds"):  # fmt: skip
        b = item("b", text, "Ivo Penhallow", "2031-03-20", article="a2")
        assert kinds(a, b) == [], text


# -- a denial since a time and an act in that time ----------------------------------------------


def test_an_act_in_the_time_since_names_does_not_meet_the_denial() -> None:
    denial = item("a", "The pier has not been inspected since 2029", "Oona Farrant", "2031-05-02")
    same_year = item("b", "The pier was inspected in March 2029", "Tam Ruddock", "2031-05-02",
                     article="a2")  # fmt: skip
    assert kinds(denial, same_year) == []
    month = item("a", "The pier has not been inspected since March", "Oona Farrant", "2031-08-02")
    in_march = item("b", "The pier was inspected in March", "Tam Ruddock", "2031-08-02",
                    article="a2")  # fmt: skip
    assert kinds(month, in_march) == []


def test_an_act_after_the_time_since_names_still_meets_the_denial() -> None:
    denial = item("a", "The pier has not been inspected since 2029", "Oona Farrant", "2031-05-02")
    later = item("b", "The pier was inspected in March 2030", "Tam Ruddock", "2031-05-02",
                 article="a2")  # fmt: skip
    assert kinds(denial, later) == [("contradiction", "a", "b")]


# -- a denied cause of death ----------------------------------------------------------------


def test_a_denied_cause_of_death_does_not_deny_the_death() -> None:
    assert events("The seals did not die of pollution") == {"cause-pollution": -1}
    assert "alive" not in events("Nobody died of the virus at the home")
    assert events("Nobody died in the fire")["alive"] == 1  # no cause named: a death denied
    a = item("a", "The seals died of a virus", "Oona Farrant", "2031-05-02")
    b = item("b", "The seals did not die of pollution", "Tam Ruddock", "2031-05-02",
             article="a2")  # fmt: skip
    assert kinds(a, b) == []


def test_a_cause_of_death_denied_and_affirmed_still_meets() -> None:
    assert events("Nobody at the home died of the virus") == {"cause-virus": -1}
    for denial in ("No resident has died of the virus", "Nobody died of the virus"):
        a = item("a", denial, "Oona Farrant", "2031-05-02")
        b = item("b", "Two residents died of the virus in May", "Tam Ruddock", "2031-05-02",
                 article="a2")  # fmt: skip
        assert kinds(a, b) == [("contradiction", "a", "b")], denial


# -- a wish to say something says it ------------------------------------------------------------


def _wished(sid: str, text: str, cue: str, article: str = "a1") -> Item:
    return item(sid, text, "Oona Farrant", "2031-03-04", sentence=f"Oona Farrant {cue} {text}.",
                cue=cue, article=article)  # fmt: skip


def test_a_wish_to_say_that_makes_the_claim() -> None:
    other = item("b", "The tannery will not close", "Tam Ruddock", "2031-03-04", article="a2")
    for text, cue in (("to make clear that the tannery will close", "wanted"),
                      ("to stress that the tannery will close", "wished"),
                      ("to reassure staff that the tannery will close", "wanted")):  # fmt: skip
        assert kinds(_wished("a", text, cue), other) == [("contradiction", "a", "b")], text


def test_a_wish_to_do_a_thing_still_takes_no_stance() -> None:
    other = item("b", "The tannery will not close", "Tam Ruddock", "2031-03-04", article="a2")
    assert kinds(_wished("a", "to close the tannery", "wants"), other) == []


# -- "let go" of people held frees them ---------------------------------------------------------


def test_people_held_let_go_are_freed_not_dismissed() -> None:
    assert "jobcut" not in events("Two suspects were let go without charge")
    assert "jobcut" not in events("The prisoners were let go in May")
    assert "jobcut" not in events("No patient was let go home early")


def test_staff_let_go_are_still_dismissed() -> None:
    assert events("Thirty drivers were let go without notice")["jobcut"] == 1
    assert events("The quarry let go 30 staff")["jobcut"] == 1
