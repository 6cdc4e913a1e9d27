"""A noun that names the kind of a denied agent is no event of its own.

"No ferry operator has raised its fares" denies a rise by any operator; "ferry" only says
which operators, and no ferry is said not to exist. After "no", a noun before an agent noun
(in -er, -or, -ist, -ian) that is the subject of an auxiliary or a modal is the agent's kind.
A head that is no agent leaves the noun before it an event ("no strike action was taken":
no strike), and a noun that is itself the subject stays one ("no ferry has sailed").

Every sentence here is invented."""

from __future__ import annotations

from .builders import events


def test_the_kind_of_a_denied_agent_is_no_event() -> None:
    found = events("No ferry operator has cancelled a sailing to Skerrin")
    assert "ferry" not in found
    assert found["cancel"] == -1


def test_the_kind_of_denied_agents_in_the_passive_is_no_event() -> None:
    assert "tram" not in events("No tram drivers have been suspended")


def test_a_head_that_is_no_agent_leaves_the_noun_an_event() -> None:
    assert events("No strike action was taken at the depot")["strik"] == -1


def test_a_denied_noun_as_the_subject_stays_an_event() -> None:
    assert events("No ferry has sailed since the storm")["ferry"] == -1


def test_a_word_of_an_agents_ending_that_names_none_leaves_the_noun_an_event() -> None:
    assert events("No consultation whatsoever was held on the depot")["consult"] == -1
    assert events("No strike either was called at the depot")["strik"] == -1
    assert events("No inspection later was carried out")["inspect"] == -1
