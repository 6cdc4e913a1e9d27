"""Events read from shapes a plain verb reading misses: an onset verb with no auxiliary
before it names its subject's event, as it does after one; a verb that brings a state about
("killed") names its act beside the state, so that its denial ("did not kill") meets it;
people "made redundant" lose their jobs (and a surname read as a body is the person
named in full in the same article); an act someone "failed" or "refused" to do is
denied, but what they failed to stop goes ahead."""

from __future__ import annotations

from dataclasses import replace

from onrecord.matters.claims import Item
from onrecord.models import Speaker

from .builders import events, item, kinds


def test_an_onset_verb_without_an_auxiliary_names_its_subject() -> None:
    assert events("The toll on the Varrow bridge starts on June 3.") == {"toll": 1}
    assert events("The walkout began on Tuesday morning.") == {"walkout": 1}


def test_an_onset_verb_with_and_without_an_auxiliary_meet_as_a_reversal() -> None:
    said = item("a", "The toll starts on June 3. Drivers will pay from that morning",
                "Oskar Lindqvane", "2026-02-02")  # fmt: skip
    later = item("b", "The toll will not start on June 3", "Oskar Lindqvane", "2026-03-09")
    assert [k[0] for k in kinds(said, later)] == ["reversal"]


def test_an_onset_verb_with_an_object_or_after_a_preposition_names_no_subject() -> None:
    assert "firm" not in events("The firm started hiring welders in May.")
    assert events("The fee on lorries starts in May.") == {"fee": 1}
    assert events("The toll on the Varrow bridge will not start in June.") == {"toll": -1}
    assert events("It starts in May.") == {}


def test_a_causative_verb_names_its_act_beside_the_state() -> None:
    assert events("The runoff killed the trout.") == {"alive": -1, "kill": 1}
    assert events("The trout were killed by the runoff.") == {"alive": -1, "kill": 1}
    assert events("The runoff did not kill the trout.") == {"kill": -1}


def test_killed_and_did_not_kill_contradict() -> None:
    denied = item("a", "Our runoff did not kill those trout", "Mirela Stanbury", "2026-04-02")
    said = item("b", "The runoff from the Harwell pits killed the trout", "Piet Osgrove",
                "2026-04-03")  # fmt: skip
    assert [k[0] for k in kinds(denied, said)] == ["contradiction"]


def test_did_not_kill_does_not_say_the_dead_are_alive() -> None:
    denied = item("a", "Our runoff did not kill those trout", "Mirela Stanbury", "2026-04-02")
    dead = item("b", "Crews collected 187 dead trout from the Harwell stream", "Piet Osgrove",
                "2026-04-03")  # fmt: skip
    assert kinds(denied, dead) == []
    assert events("Nobody was killed.") == {"alive": 1}


def test_made_redundant_is_a_job_cut() -> None:
    assert events("Six of the depot's eleven drivers will be made redundant in March.") == {
        "jobcut": 1
    }
    assert events("Nobody at the Kessel depot will be made redundant.") == {"jobcut": -1}
    assert events("The firm is making 40 drivers redundant.") == {"jobcut": 1}


def test_made_redundant_reverses_losing_no_jobs() -> None:
    said = item("a", "No driver at the Kessel depot will lose their job", "Ottilie Framer",
                "2026-01-12")  # fmt: skip
    later = item("b", "Drivers at the Kessel depot will be made redundant", "Ottilie Framer",
                 "2026-02-20")  # fmt: skip
    assert [k[0] for k in kinds(said, later)] == ["reversal"]


def test_made_redundant_with_how_between_is_a_job_cut() -> None:
    text = "Nine of the Ardleigh porters were made compulsorily redundant in May."
    assert events(text) == {"jobcut": 1}
    assert events("Four clerks at the Veslin office were made voluntarily redundant.") == {
        "jobcut": 1
    }
    # an adverb of degree on a thing made needless is no job cut
    assert "jobcut" not in events("The new scanner made the old checks entirely redundant.")
    assert "jobcut" not in events("The new scanner was made largely redundant.")


def test_redundant_without_make_is_no_job_cut() -> None:
    assert "jobcut" not in events("The second safety check is redundant.")
    assert "jobcut" not in events("The new system made the old checks redundant.")
    assert "jobcut" not in events("The upgrade made the Kessel servers redundant.")
    assert events("The Kessel firm made 40 welders redundant.") == {"jobcut": 1}


def test_an_act_failed_or_refused_is_denied() -> None:
    assert events("The Brenmoor trust failed to publish the audit.") == {"release": -1}
    assert events("The trust did not fail to publish the audit.")["release"] == 1
    assert events("The ferry firm refused to pay the fine.")["pay"] == -1
    assert events("At least 40 calls to the hotline failed to connect.") == {"connect": -1}


def test_failed_to_publish_contradicts_published() -> None:
    failed = item("a", "The Brenmoor trust failed to publish the audit", "Hedda Volkova",
                  "2026-05-02")  # fmt: skip
    published = item("b", "The trust published the audit in full", "Arvid Pellworth",
                     "2026-05-03")  # fmt: skip
    assert [k[0] for k in kinds(failed, published)] == ["contradiction"]


def test_a_target_failed_is_missed_once() -> None:
    assert events("The Brenmoor depot failed to meet its target.")["target"] == -1
    assert events("The depot did not fail to meet its target.")["target"] == 1


def test_a_surname_read_as_a_body_is_the_person_named_in_full() -> None:
    said = item("a", "No driver at the Kessel depot will be made redundant",
                "Rhiannon Kesteven", "2026-01-12", article="a1")  # fmt: skip
    base = item("b", "Drivers at the Kessel depot will be made redundant", "Kesteven",
                "2026-02-20", article="a1")  # fmt: skip
    body = Speaker("Kesteven", "organization", (), base.statement.speaker.mention)
    later = replace(base, statement=replace(base.statement, speaker=body))
    assert [k[0] for k in kinds(said, later)] == ["reversal"]


def test_a_body_named_otherwise_is_not_the_person() -> None:
    said = item("a", "No driver at the Kessel depot will be made redundant",
                "Rhiannon Kesteven", "2026-01-12", article="a1")  # fmt: skip
    base = item("b", "Drivers at the Kessel depot will be made redundant", "Kessel Freight",
                "2026-02-20", article="a2")  # fmt: skip
    body = Speaker("Kessel Freight", "organization", (), base.statement.speaker.mention)
    later = replace(base, statement=replace(base.statement, speaker=body))
    assert [k[0] for k in kinds(said, later)] == ["contradiction"]


def _body(sid: str, text: str, name: str, date: str, article: str) -> Item:
    base = item(sid, text, name, date, article=article)
    body = Speaker(name, "organization", (), base.statement.speaker.mention)
    return replace(base, statement=replace(base.statement, speaker=body))


def test_a_body_of_one_name_in_another_article_is_not_the_person() -> None:
    """The company Marlow is not Ben Marlow, quoted in another article: two sides."""
    firm = _body("a", "The company will build 200 homes on the site.", "Marlow", "2026-05-04",
                 "a1")  # fmt: skip
    ben = item("b", "No homes will be built on the site.", "Ben Marlow", "2026-05-20",
               article="a2")  # fmt: skip
    assert [k[0] for k in kinds(firm, ben)] == ["contradiction"]
    assert [k[0] for k in kinds(ben, firm)] == ["contradiction"]


def test_a_surname_read_as_a_body_beside_the_full_name_in_its_article_is_the_person() -> None:
    firm = _body("a", "The company will build 200 homes on the site.", "Marlow", "2026-05-04",
                 "a1")  # fmt: skip
    ben = item("b", "No homes will be built on the site.", "Ben Marlow", "2026-05-20",
               article="a1")  # fmt: skip
    assert [k[0] for k in kinds(firm, ben)] == ["reversal"]
    assert [k[0] for k in kinds(ben, firm)] == ["reversal"]
    same_day = item("b", "No homes will be built on the site.", "Ben Marlow", "2026-05-04",
                    article="a1")  # fmt: skip
    assert kinds(firm, same_day) == []


def test_a_body_beside_the_full_name_in_its_article_is_the_person_quoted_elsewhere() -> None:
    """ "Marlow" typed as a body in an article that quotes Ben Marlow by full name is Ben
    Marlow, whose words in another article it reverses."""
    firm = _body("a", "The company will build 200 homes on the site.", "Marlow", "2026-05-04",
                 "a1")  # fmt: skip
    named = item("n", "The council meeting was long.", "Ben Marlow", "2026-05-04", article="a1")
    ben = item("b", "No homes will be built on the site.", "Ben Marlow", "2026-05-20",
               article="a2")  # fmt: skip
    assert [k[0] for k in kinds(firm, named, ben)] == ["reversal"]


def test_what_someone_failed_to_stop_goes_ahead() -> None:
    """ "Failed to stop the closure" denies the stopping; the closure stays asserted."""
    assert events("The council failed to stop the closure of the library.") == {
        "stoppage": -1,
        "open": -1,
    }
    assert events("The council failed to prevent the closure of the library.")["open"] == -1
    assert events("The council failed to block the closure of the plant.")["open"] == -1
    assert events("The council refused to halt the closure of the plant.")["open"] == -1
    assert events("The council did not stop the closure of the library.") == {"stoppage": -1}


def test_a_closure_someone_failed_to_stop_contradicts_its_denial() -> None:
    for sent in ("The council failed to stop the closure of the library.",
                 "The council failed to prevent the closure of the library."):  # fmt: skip
        failed = item("a", sent, "Hedda Volkova", "2026-05-04")
        still = item("b", "The library has not closed.", "Arvid Pellworth", "2026-05-04")
        assert [k[0] for k in kinds(failed, still)] == ["contradiction"]
