"""Cue recall: constructions whose cue the rules used to miss (invented sentences).

* a naming verb whose quoted name the parser hangs elsewhere (``called his plan "a step"``);
* a noun or adjective of expression with its preposition (``made no mention of X``,
  ``was sharply critical of X``);
* a verb telling someone to do something (``told the mayor to resign``);
* a closing ``..., state records show.``;
* a headline colon after a line label or a place (``EXCLUSIVE – Name: ...``, ``Name at X: ...``);
* ``said`` with a gerund clause the parser takes for an infinitive complement.
"""

from __future__ import annotations

from .conftest import Found

# -- naming verbs with a quoted name ------------------------------------------------------------


def test_called_object_with_quoted_name_in_apposition(found: Found) -> None:
    text = "She called his executive actions “a crucial step forward on gun safety.”"
    assert (
        "called",
        "She",
        "his executive actions “a crucial step forward on gun safety.”",
    ) in found(text)


def test_calling_in_a_participle_keeps_the_sentence_subject(found: Found) -> None:
    text = 'Okafor defended the ruling, calling the judge "a careful jurist."'
    assert ("calling", "Okafor", 'the judge "a careful jurist."') in found(text)


def test_called_object_inside_the_quoted_predicate(found: Found) -> None:
    text = "Graham called both Perez and Lindqvist “reckless” and said the party would lose."
    got = found(text)
    assert any(
        c == "called" and s == "Graham" and x.startswith("both Perez and Lindqvist “reckless")
        for c, s, x in got
    ), got


def test_called_someone_on_the_phone_is_no_statement(found: Found) -> None:
    text = "Lindqvist called her brother, a lawyer in Duluth, on Tuesday."
    assert found(text) == []


def test_called_with_an_unquoted_nickname_is_not_taken(found: Found) -> None:
    assert found("The mayor called his deputy Bud at the dinner.") == []


# -- nouns and adjectives of expression ---------------------------------------------------------


def test_made_no_mention_of(found: Found) -> None:
    text = "But Okafor notably made no mention of the mayor during her speech."
    got = found(text)
    assert any(c == "notably made no mention of" and s == "Okafor" for c, s, _ in got), got
    assert any(x.startswith("the mayor") for _, _, x in got)


def test_made_comments_about(found: Found) -> None:
    text = "Lindqvist has made favorable comments about single-payer health care."
    assert (
        "has made favorable comments about",
        "Lindqvist",
        "single-payer health care",
    ) in found(text)


def test_avoided_criticism_of(found: Found) -> None:
    text = "He avoided direct criticism of the governor until recent days."
    got = found(text)
    assert any(c == "avoided direct criticism of" and s == "He" for c, s, _ in got), got


def test_voiced_support_for(found: Found) -> None:
    text = "Brandt voiced strong support for the new transit levy."
    assert ("voiced strong support for", "Brandt", "the new transit levy") in found(text)


def test_delivered_a_defense_of(found: Found) -> None:
    text = "Brandt delivered an impassioned defense of the city's budget."
    assert ("delivered an impassioned defense of", "Brandt", "the city's budget") in found(text)


def test_was_critical_of(found: Found) -> None:
    text = "Senator Pell was sharply critical of the administration's handling of the floods."
    assert (
        "was sharply critical of",
        "Senator Pell",
        "the administration's handling of the floods",
    ) in found(text)


def test_nouns_that_express_nothing_are_no_stance(found: Found) -> None:
    assert found("The company made a profit of $3 million.") == []
    assert found("She made a career of public service in Elmira.") == []


def test_the_support_of_voters_is_not_the_subjects_stance(found: Found) -> None:
    # "has the support of X": X supports, not the subject
    got = found("Okafor has the support of women and older voters.")
    assert not any(s == "Okafor" for _, s, _ in got), got


def test_light_verbs_that_put_a_view_into_words(found: Found) -> None:
    cases = [
        ("Councillor Brandt took issue with the new parking rules.",
         "took issue with", "Councillor Brandt", "the new parking rules"),
        ("Okafor also took aim at the harbour board's spending.",
         "also took aim at", "Okafor", "the harbour board's spending"),
        ("Lindqvist took credit for the new transit levy.",
         "took credit for", "Lindqvist", "the new transit levy"),
        ("Senator Pell raised concerns about the cost of the bypass.",
         "raised concerns about", "Senator Pell", "the cost of the bypass"),
        ("Mayor Ortiz has doubts about the new budget.",
         "has doubts about", "Mayor Ortiz", "the new budget"),
        ("Brandt paid tribute to the volunteers of Elmira.",
         "paid tribute to", "Brandt", "the volunteers of Elmira"),
    ]  # fmt: skip
    for text, *expected in cases:
        assert tuple(expected) in found(text), (text, found(text))


def test_having_a_chance_or_someone_elses_backing_is_no_view(found: Found) -> None:
    assert found("Okafor had a shot at the title in Elmira last year.") == []
    got = found("Brandt also has the endorsement of the teachers' union.")
    assert not any(s == "Brandt" for _, s, _ in got), got
    assert found("Lindqvist has the attention of younger voters.") == []


def test_voters_and_experts_can_hold_a_view(nlp) -> None:  # type: ignore[no-untyped-def]
    from onrecord.nlp.subjects import speaker_like

    def subject(text: str):  # type: ignore[no-untyped-def]
        return next(t for t in nlp(text) if t.dep_ == "nsubj")

    assert speaker_like(subject("Voters distrust the council."))
    assert speaker_like(subject("Several experts doubt the figures."))
    assert not speaker_like(subject("The bridge closed on Monday."))


# -- telling someone to do something -------------------------------------------------------------


def test_told_someone_to(found: Found) -> None:
    text = "Ortiz drew boos when he told Brandt to quiet down during a heated exchange."
    got = found(text)
    assert any(c == "told" and s == "he" and x.startswith("to quiet down") for c, s, x in got), got


def test_warned_someone_not_to(found: Found) -> None:
    text = "Okafor warned voters not to wait until the last day."
    assert ("warned", "Okafor", "not to wait until the last day") in found(text)


def test_told_reporters_a_clause_is_unchanged(found: Found) -> None:
    assert ("told", "Okafor", "she would run") in found("Okafor told reporters she would run.")


# -- a closing ", records show." ------------------------------------------------------------------


def test_closing_records_show(found: Found) -> None:
    text = "Turnout in the county fell by a third, state records show."
    assert ("show", "state records", "Turnout in the county fell by a third") in found(text)


def test_closing_records_with_a_participle(found: Found) -> None:
    text = (
        "The senator has not given to any other candidate, federal election records compiled "
        "by the center show."
    )
    got = found(text)
    assert (
        "show",
        "federal election records compiled by the center",
        "The senator has not given to any other candidate",
    ) in got


def test_a_show_that_closes_a_sentence_is_no_cue(found: Found) -> None:
    assert found("He went home early, and then the band began the show.") == []
    assert found("Tickets sold out within an hour, and fans lined up for the show.") == []


# -- headline colons ------------------------------------------------------------------------------


def test_headline_colon_after_a_line_label(found: Found) -> None:
    text = "EXCLUSIVE – Roger Tallis: Don't Trust the Voting Machines.\n\nThe rest of the story."
    assert (":", "Roger Tallis", "Don't Trust the Voting Machines") in found(text)


def test_headline_colon_after_where_the_speaker_spoke(found: Found) -> None:
    text = "Former AG Mulvane at RNC: Email scandal disqualifies her.\n\nThe rest of the story."
    assert (":", "Former AG Mulvane", "Email scandal disqualifies her") in found(text)


def test_headline_colon_after_an_unknown_prefix_or_label_is_not_taken(found: Found) -> None:
    assert found("CNN – Okafor: We will not raise taxes.\n\nThe rest of the story.") == []
    assert found("Update at Noon: The bridge has reopened.\n\nThe rest of the story.") == []


# -- a gerund clause after "said" -----------------------------------------------------------------


def test_said_with_a_gerund_subject(found: Found) -> None:
    text = "He said legalizing it could put thousands of people to work upstate."
    assert (
        "said",
        "He",
        "legalizing it could put thousands of people to work upstate",
    ) in found(text)


def test_said_they_were_worried_drops_the_dangling_and(found: Found) -> None:
    text = (
        "Three-quarters of the voters said they were very worried about the economy, and more "
        "than 4 in 10 said Ortiz would be best at handling it."
    )
    got = found(text)
    assert (
        "said",
        "Three-quarters of the voters",
        "they were very worried about the economy",
    ) in got, got
