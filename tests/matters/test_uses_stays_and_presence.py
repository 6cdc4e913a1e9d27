"""Events read from where things are, from a use denied, and a part of a whole as a theme.

* "use X to V" names the use by its "to": "no file was ever used to train any model" denies
  the use (a negation licensing "any" inside a plain purpose denies only the purpose);
* a stay at a place ("the other nine will stay in Morrow") names ``stay``, and its denial
  with a negative quantifier ("none of the statues will stay in Morrow") meets it; a stay in
  an idiom or a state ("stay in touch", "remain in the dark") is none;
* a bare plural subject at a place ("wardens will be on all three piers") says what the
  existential says ("there will be no wardens on the piers"), and a sentence-opening word
  so read is no name;
* a part of a whole ("a sample of 500 letters") is about the whole.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import parse_claim

from .builders import events, item, kinds

# -- "use ... to" ----------------------------------------------------------------------------


def test_a_use_denied_with_any_in_its_to_clause_is_denied() -> None:
    assert events("No file was ever used to train any model") == {"used-train": -1}
    assert events("None of the letters were used to build any profile")["used-build"] == -1
    assert events("The tapes were not used to train any model")["used-train"] == -1


def test_a_plain_purpose_with_any_still_leaves_its_act_alone() -> None:
    assert "open" not in events("We did not close the lane to punish anyone")


def test_a_denied_use_meets_an_asserted_one() -> None:
    a = item("a", "None of the letters were ever used to train any model", "Idris Palecki",
             "2027-03-02")  # fmt: skip
    b = item("b", "about 3,000 of the letters had been used to train a model at Quarrel",
             "Noor Ashgrove", "2027-03-03")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


# -- a stay at a place -----------------------------------------------------------------------


def test_a_stay_at_a_place_is_an_event() -> None:
    assert events("The other nine will stay in Morrow") == {"stay": 1}
    assert events("The ledgers remained at the depot")["stay"] == 1
    assert events("The crew will stay behind")["stay"] == 1


def test_a_stay_denied_by_a_negative_quantifier_or_not() -> None:
    assert events("None of the statues will stay in Morrow")["stay"] == -1
    assert events("The statues will not stay in Morrow")["stay"] == -1
    assert events("Nothing will remain in the vault")["stay"] == -1


def test_idioms_states_and_nouns_are_no_stay() -> None:
    for text in (
        "He will stay in touch with the board",
        "Tenants remain in the dark about the rent",
        "The gallery will remain open",
        "She will stay at home to recover",
        "The option remains on the table",
        "A stay in Morrow costs 80 pounds",
        "The remaining statues are in Morrow",
    ):
        assert "stay" not in events(text), text


def test_a_stay_and_its_denial_disagree() -> None:
    a = item("a", "The other nine statues will stay in Morrow", "Lavinia Corbett", "2027-01-10")
    b = item("b", "None of the statues will stay in Morrow", "Lavinia Corbett", "2027-02-21")
    assert kinds(a, b) == [("reversal", "a", "b")]


# -- a presence at a place -------------------------------------------------------------------


def test_a_bare_plural_at_a_place_is_its_presence() -> None:
    assert events("Wardens will be on all three piers from June 2") == {"warden": 1}
    assert events("Wardens will not be on the piers")["warden"] == -1
    assert events("Wardens will be back on Gull Point from June 2")["warden"] == 1


def test_no_presence_for_a_determiner_an_idiom_or_another_verb() -> None:
    assert "statu" not in events("The statues are in the museum")
    assert "job" not in events("Jobs are on the line")
    assert "official" not in events("Officials are in the dark")
    assert "warden" not in events("Wardens will patrol the piers")


def test_an_opening_word_read_as_a_presence_is_no_name() -> None:
    (clause,) = parse_claim("Wardens will be on all three piers").clauses
    assert "wardens" not in clause.entities


def test_a_presence_meets_the_denying_existential() -> None:
    a = item("a", "Wardens will be on all three piers from June 2, whatever the board says",
             "Tobias Frean", "2027-05-11")  # fmt: skip
    b = item("b", "There will be no wardens on Calloway's piers this summer", "Mirela Oduya",
             "2027-05-10")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "b", "a")]


# -- a part of a whole -----------------------------------------------------------------------


def test_a_sample_of_a_whole_is_about_the_whole() -> None:
    a = item("a", "None of the letters were used to train any model", "Idris Palecki",
             "2027-03-02")  # fmt: skip
    b = item("b", "a sample of 500 Quarrel letters was used to train the firm's model in February",
             "Noor Ashgrove", "2027-03-03")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]
