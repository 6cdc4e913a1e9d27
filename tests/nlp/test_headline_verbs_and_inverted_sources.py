"""Sources and cues the parse misreads: a headline's verb, and the subject after an inverted
reporting verb.

* In an article's headline (its short first paragraph) a Title Case verb is read as a proper
  noun and a name as a verb, so the verb is found by its form: ``Glenn Voss Praises Senate
  Rival For Budget Deal``, ``Fares must rise, transit board finds``.
* ``"...," added a Vermont Democrat``: the parser takes the name after an inverted reporting
  verb for its object; it is the one who spoke.

Invented sentences, people and places; each positive case fails without its rule, each
negative case guards what the rule must leave alone.
"""

from __future__ import annotations

from .conftest import Found

_BODY = "\nThe council met on Monday."


def _cues(found: Found, text: str) -> dict[str, tuple[str | None, str]]:
    return {cue: (source, content) for cue, source, content in found(text)}


# -- headlines ---------------------------------------------------------------------------------


def test_title_case_headline_verb(found: Found) -> None:
    got = _cues(found, "Glenn Voss Praises Senate Rival For Budget Deal." + _BODY)
    assert got["Praises"] == ("Glenn Voss", "Senate Rival For Budget Deal")


def test_lowercase_headline_verb_with_a_name_the_tagger_misreads(found: Found) -> None:
    got = _cues(found, "Ortega blasts Trump over transit fares." + _BODY)
    assert got["blasts"] == ("Ortega", "Trump over transit fares")


def test_headline_verb_keeps_its_preposition(found: Found) -> None:
    got = _cues(found, "Mayor Lena Pike Calls For Audit Of Harbor Fund." + _BODY)
    assert got["Calls For"] == ("Mayor Lena Pike", "Audit Of Harbor Fund")


def test_headline_content_stops_before_a_second_report(found: Found) -> None:
    text = "Marla Stone Blasts Council Over Parking Fees, Quotes Scripture To Rally Voters."
    got = _cues(found, text + _BODY)
    assert got["Blasts"] == ("Marla Stone", "Council Over Parking Fees")


def test_headline_verbs_joined_by_and_share_the_source(found: Found) -> None:
    got = _cues(found, "Voss Backs Ortega And Denounces Lane." + _BODY)
    assert got["Backs"] == ("Voss", "Ortega")
    assert got["Denounces"] == ("Voss", "Lane")
    # the parse finds the first verb and reads the second as a plural noun
    got = _cues(found, "Ruiz chides harbor board and praises Ortega at rally." + _BODY)
    assert got["chides"] == ("Ruiz", "harbor board")
    assert got["praises"] == ("Ruiz", "Ortega at rally")


def test_headline_verb_joined_by_a_comma(found: Found) -> None:
    text = "Marla Stone Blasts Council Over Parking Fees, Quotes Scripture To Rally Voters."
    got = _cues(found, text + _BODY)
    assert got["Quotes"] == ("Marla Stone", "Scripture To Rally Voters")


def test_nouns_in_s_joined_to_a_headline_object_are_no_verbs(found: Found) -> None:
    got = _cues(found, "Ortega slams plan and promises of new jobs." + _BODY)
    assert list(got) == ["slams"]
    got = _cues(found, "Ortega praises volunteers and staff." + _BODY)
    assert list(got) == ["praises"]


def test_a_word_in_s_whose_object_cannot_open_is_no_joined_verb(found: Found) -> None:
    # a preposition, particle or conjunction the verb does not take opens no object
    for text, cue, content in [
        ("Union Condemns Pay Offer And Attacks On Staff.", "Condemns", "Pay Offer"),
        ("Voss Backs Levy And Calls Off Strike.", "Backs", "Levy"),
        ("Voss Slams Delays, Promises And Excuses.", "Slams", "Delays"),
    ]:
        got = _cues(found, text + _BODY)
        assert list(got) == [cue]
        assert got[cue][1] == text[text.index(content) : -1]  # not cut before the word
    # a noun in -s that opens a compound: "claims process"
    for text in [
        "Voss Slams Insurer And Claims Process.",
        "Ruiz slams insurer and claims process.",
    ]:
        got = _cues(found, text + _BODY)
        assert list(got) == [text.split()[1]]


def test_joined_verb_with_the_prepositions_it_takes_or_a_determiner(found: Found) -> None:
    got = _cues(found, "Voss Backs Levy And Lashes Out At Council." + _BODY)
    assert got["Lashes Out At"] == ("Voss", "Council")
    got = _cues(found, "Voss Slams Insurer And Claims The Title." + _BODY)
    assert got["Claims"] == ("Voss", "The Title")
    assert got["Slams"] == ("Voss", "Insurer")


def test_headline_that_closes_on_its_source(found: Found) -> None:
    got = _cues(found, "Fares must rise, transit board finds." + _BODY)
    assert got["finds"] == ("transit board", "Fares must rise")
    text = "Taxes Are ‘The Biggest Threat To Growth,’ Maria Lane Tells State Convention."
    got = _cues(found, text + _BODY)
    assert got["Tells"] == ("Maria Lane", "Taxes Are ‘The Biggest Threat To Growth")


def test_noun_in_s_before_the_headline_verb_is_no_cue(found: Found) -> None:
    assert found("Harbor attacks test Ortega's strategy;" + _BODY) == []
    assert found("More Ortega emails released on eve of vote." + _BODY) == []


def test_headline_opening_with_no_name_is_no_source(found: Found) -> None:
    assert found("No clear path points to City Hall;" + _BODY) == []


def test_headline_rule_needs_a_headline(found: Found) -> None:
    # one paragraph only: a sentence, which the parse reads, not a headline
    assert "Praises" not in _cues(found, "Glenn Voss Praises Senate Rival For Budget Deal.")
    # the first paragraph is a long lead sentence, not a headline
    lead = (
        "The mayor of the small harbor town of Port Elling, who was elected only last spring "
        "after a long and bitter campaign about ferry fares and parking, Praises Rivals Often."
    )
    assert "Praises" not in _cues(found, lead + _BODY)


def test_headline_verb_only_when_the_parse_found_nothing(found: Found) -> None:
    got = found("Voss says the harbor fund is empty." + _BODY)
    assert [c for c, _, _ in got] == ["says"]


def test_a_verb_in_s_later_in_the_article_is_left_to_the_parse(found: Found) -> None:
    text = "Harbor Fund Report.\nThe report praises nobody.\nVoss Praises Rival Often."
    assert all(cue != "Praises" for cue, _, _ in found(text))


# -- an inverted reporting verb ----------------------------------------------------------------


def test_name_after_an_inverted_verb_is_its_source(found: Found) -> None:
    got = _cues(found, '"The race is wide open," added a Vermont Democrat. "Nobody knows."')
    assert got["added"][0] == "a Vermont Democrat"
    got = _cues(found, "''We had to wait for the right moment,'' recalled Mr. Barnes.")
    assert got["recalled"][0] == "Mr. Barnes"


def test_object_of_a_verb_that_reports_after_it_stays_an_object(found: Found) -> None:
    got = _cues(found, "Ortega told the council that the fares would rise.")
    assert got["told"][0] == "Ortega"


def test_the_one_told_is_no_source(found: Found) -> None:
    got = _cues(found, '"We will not wait," told the crowd the mayor.')
    assert all(source != "the crowd" for source, _ in got.values())


def test_verb_joined_to_a_quotation_takes_the_first_subject(found: Found) -> None:
    got = _cues(found, 'Ruiz called the plan "a joke," blasted the council and left.')
    assert all(source != "the council" for source, _ in got.values())


# -- "made (it) clear" with the clause the parse hangs elsewhere -------------------------------


def test_made_clear_with_a_date_before_its_clause(found: Found) -> None:
    got = _cues(
        found, "Officials of the harbor board made clear Monday they have no plans to sell."
    )
    assert got["made clear"] == ("Officials of the harbor board", "they have no plans to sell")


def test_made_it_clear_with_a_clause_without_that(found: Found) -> None:
    got = _cues(found, "Jane Epps of the Courier made it clear the remark hit a nerve.")
    assert got["made it clear"] == ("Jane Epps of the Courier", "the remark hit a nerve")


def test_made_it_clear_with_an_adverbial_clause_is_no_report(found: Found) -> None:
    assert found("The mayor made it clear when she arrived.") == []
    assert found("The mayor made it clear if the council asked.") == []
    assert found("The mayor made the rules clear to everyone.") == []
