"""Cues that are not a verb governing a clause, which PolNeAR annotates as attributions.

* a state of mind put as "be" and an adjective of feeling or conviction, with what it is
  about: ``is confident that ...``, ``were upbeat about ...``, ``is eager to ...``;
* ``made clear that ...`` / ``made it clear that ...``;
* a stance noun with its owner and the preposition or infinitive that brings in what it is
  about: ``Ruiz's sharp attacks on the levy``, ``her refusal to testify``;
* a verb of proposal or position with a gerund (``supports raising the wage``) and ``claimed
  to``, ``prefers to`` with an infinitive.

Invented sentences, people and places; each positive case fails without its rule, each
negative case guards what the rule must leave alone.
"""

from __future__ import annotations

from .conftest import Found


def _cues(found: Found, text: str) -> dict[str, tuple[str | None, str]]:
    return {cue: (source, content) for cue, source, content in found(text)}


# -- "be" + an adjective of feeling or conviction ------------------------------------------


def test_adjective_of_conviction_with_a_clause(found: Found) -> None:
    got = _cues(found, "Mayor Ortega is confident that the bridge will open in May.")
    assert got["is confident"] == ("Mayor Ortega", "that the bridge will open in May")


def test_adjective_with_its_preposition_in_the_cue(found: Found) -> None:
    got = _cues(found, "The Brixton council members were upbeat about the new budget.")
    assert got["were upbeat about"] == ("The Brixton council members", "the new budget")


def test_adjective_with_adverbs_and_negation_in_the_cue(found: Found) -> None:
    got = _cues(found, "Ortega has been acutely aware that the vote hinges on turnout.")
    assert "has been acutely aware" in got
    got = _cues(found, "Ortega was not sure the plan would pass.")
    assert got["was not sure"] == ("Ortega", "the plan would pass")


def test_adjective_with_an_infinitive(found: Found) -> None:
    got = _cues(found, "Ortega is eager to meet the farmers of Valdoria.")
    assert got["is eager"] == ("Ortega", "to meet the farmers of Valdoria")


def test_so_adjective_that_leaves_the_result_out(found: Found) -> None:
    got = _cues(
        found, "Some farmers are so opposed to building the dam that they are backing Ruiz."
    )
    assert got["are so opposed to"] == ("Some farmers", "building the dam")


def test_forecast_adjective_with_an_infinitive_is_no_view(found: Found) -> None:
    assert found("The bridge is sure to open in May.") == []


def test_adjective_with_an_expletive_subject_is_no_view(found: Found) -> None:
    assert found("It is clear that the bridge will open.") == []


def test_courtesy_adjective_with_an_infinitive_is_no_cue(found: Found) -> None:
    assert found("Ortega is happy to help the farmers of Valdoria.") == []
    assert found("Ortega was proud to serve the farmers of Valdoria.") == []


def test_adjective_without_a_complement_is_no_cue(found: Found) -> None:
    assert found("The farmers of Valdoria were angry.") == []


def test_adjective_inside_a_report_stays_in_its_content(found: Found) -> None:
    got = found("Ortega said she is confident the bill will pass.")
    assert [c for c, _, _ in got] == ["said"]


# -- made clear ------------------------------------------------------------------------------


def test_made_clear_that(found: Found) -> None:
    got = _cues(found, "Ortega made clear that she would not resign.")
    assert got["made clear"][0] == "Ortega"
    assert got["made clear"][1].endswith("she would not resign")


def test_made_it_clear_that(found: Found) -> None:
    got = _cues(found, "Ortega has made it clear that the tax will stay.")
    assert got["has made it clear"][0] == "Ortega"
    assert got["has made it clear"][1].endswith("the tax will stay")


def test_made_clear_without_a_clause_is_no_cue(found: Found) -> None:
    assert found("The storm made the roads clear of snow.") == []
    assert found("Ortega made it to the final round in Brixton.") == []


# -- a stance noun with its owner ------------------------------------------------------------


def test_owned_stance_noun_with_its_preposition(found: Found) -> None:
    got = _cues(found, "The council's criticism of the levy was mild.")
    assert got["criticism of"] == ("The council's", "the levy")


def test_owned_stance_noun_keeps_its_adjectives(found: Found) -> None:
    got = _cues(found, "Ruiz's sharp attacks on the levy have unsettled the council.")
    assert got["sharp attacks on"] == ("Ruiz's", "the levy")


def test_owned_stance_noun_with_an_infinitive(found: Found) -> None:
    got = _cues(found, "Her refusal to testify angered the committee in Brixton.")
    assert got["refusal"] == ("Her", "to testify")


def test_stance_noun_of_a_thing_is_no_cue(found: Found) -> None:
    assert found("The storm's attack on the coast was brief.") == []


def test_stance_noun_without_an_owner_is_no_cue(found: Found) -> None:
    assert found("The attack on the coast was brief.") == []


def test_noun_of_a_plan_is_no_cue(found: Found) -> None:
    assert found("The company's plan to expand stalled in Brixton.") == []


# -- gerund and infinitive contents ---------------------------------------------------------


def test_position_verb_with_a_gerund(found: Found) -> None:
    got = _cues(found, "Ortega supports raising the wage to $15.")
    assert got["supports"] == ("Ortega", "raising the wage to $15")
    got = _cues(found, "The Brixton campaign reported raising $2 million in May.")
    assert got["reported"] == ("The Brixton campaign", "raising $2 million in May")


def test_claimed_and_prefers_with_an_infinitive(found: Found) -> None:
    got = _cues(found, "Ortega claimed to have met the farmers.")
    assert got["claimed"] == ("Ortega", "to have met the farmers")
    got = _cues(found, "Ruiz prefers to travel by train.")
    assert got["prefers"] == ("Ruiz", "to travel by train")


def test_gerund_of_a_report_leaves_the_cue_to_it(found: Found) -> None:
    got = _cues(found, "Ruiz suggested saying that the dam was safe.")
    assert "suggested" not in got


def test_gerund_after_a_verb_of_no_position_is_no_cue(found: Found) -> None:
    assert found("The farmers kept working through the night.") == []


def test_gerund_inside_a_report_stays_in_its_content(found: Found) -> None:
    got = found("Ortega said she supports raising the wage.")
    assert [c for c, _, _ in got] == ["said"]


# -- "As X put it," ---------------------------------------------------------------------------


def test_as_x_put_it_before_a_quotation(found: Found) -> None:
    got = _cues(found, 'As the Courier put it, "The bridge is a relic."')
    assert got["put it"] == ("the Courier", '"The bridge is a relic."')


def test_as_x_put_it_before_a_clause(found: Found) -> None:
    got = _cues(found, "As Ruiz put it in her letter to the council, the bridge is a relic.")
    assert got["put it"] == ("Ruiz", "the bridge is a relic")


def test_put_it_somewhere_is_no_cue(found: Found) -> None:
    assert found("As Ruiz put it on the shelf, the vase fell over.") == []
    assert found("As Ruiz put the vase on the shelf, it fell over.") == []
