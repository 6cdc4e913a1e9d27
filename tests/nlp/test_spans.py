"""Span edges (``onrecord.nlp.spans``): one test per rule, on invented sentences.

Each test checks the edge the rule draws; the sentence is one the parse alone gets wrong, so
the test fails without the rule.
"""

from __future__ import annotations

import pytest

from onrecord.nlp.attribution import find_attributions


@pytest.fixture
def attributions(nlp):  # type: ignore[no-untyped-def]
    def run(text: str) -> list[tuple[str, str | None, str, str]]:
        """(kind, source, content, cue) of each statement found in ``text``."""
        out = []
        for a in find_attributions(nlp(text))[0]:
            source = text[a.source[0] : a.source[1]] if a.source else None
            cue = text[a.cue[0] : a.cue[1]] if a.cue else ""
            out.append((a.kind, source, text[a.content[0] : a.content[1]], cue))
        return out

    return run


def test_a_verb_with_a_clause_does_not_claim_the_quotation_before_it(attributions) -> None:  # type: ignore[no-untyped-def]
    text = "Lena Osterholt, host of “Marlow Mornings Live,” said the ferry was late."
    found = attributions(text)
    assert [c for _k, _s, c, _q in found] == ["the ferry was late"]


def test_a_content_ending_inside_a_quotation_keeps_the_whole_quotation(attributions) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Brandt called the harbor deal “a gift to developers, and a slap in the face to every "
        "fisherman in Marlow.”"
    )
    ((_kind, _source, content, _cue),) = attributions(text)
    assert content.endswith("fisherman in Marlow.”")


def test_a_word_of_the_clause_before_a_quotation_makes_it_mixed(attributions) -> None:  # type: ignore[no-untyped-def]
    text = "Ms. Varga said Osterholt “has never once voted against the harbor fund.”"
    ((kind, _source, content, _cue),) = attributions(text)
    assert kind == "mixed"
    assert content == "Osterholt “has never once voted against the harbor fund.”"


def test_a_complementizer_before_a_quotation_keeps_it_direct(attributions) -> None:  # type: ignore[no-untyped-def]
    text = "Ms. Varga said that “the harbor fund is empty and nobody will admit it.”"
    ((kind, _source, content, _cue),) = attributions(text)
    assert kind == "direct"
    assert content == "the harbor fund is empty and nobody will admit it."


def test_a_clause_coordinated_with_the_cue_continues_the_content(attributions) -> None:  # type: ignore[no-untyped-def]
    text = "Varga said the ferry vote was fair, but no date has been set for the launch."
    ((_kind, _source, content, _cue),) = attributions(text)
    assert content == "the ferry vote was fair, but no date has been set for the launch"


def test_a_clause_completing_a_noun_keeps_the_noun(attributions) -> None:  # type: ignore[no-untyped-def]
    text = "Varga responded to reports that the harbor fund was empty."
    ((_kind, _source, content, _cue),) = attributions(text)
    assert content == "to reports that the harbor fund was empty"


def test_a_statement_noun_is_how_it_was_said_not_what(attributions) -> None:  # type: ignore[no-untyped-def]
    text = "Varga said in a statement that the harbor fund was empty."
    ((_kind, _source, content, _cue),) = attributions(text)
    assert content == "the harbor fund was empty"


def test_a_stance_content_keeps_what_completes_its_object(attributions) -> None:  # type: ignore[no-untyped-def]
    text = "Councilor Varga criticized Mayor Brandt for delaying the ferry contract."
    ((_kind, _source, content, _cue),) = attributions(text)
    assert content == "Mayor Brandt for delaying the ferry contract"


def test_a_stance_content_leaves_out_when_it_was_said(attributions) -> None:  # type: ignore[no-untyped-def]
    text = "Councilor Varga criticized Mayor Brandt for the delay as the ferry vote neared."
    ((_kind, _source, content, _cue),) = attributions(text)
    assert content == "Mayor Brandt for the delay"


def test_a_source_keeps_a_restrictive_clause_that_identifies_it(attributions) -> None:  # type: ignore[no-untyped-def]
    found = attributions("A resident who lives near the docks said the ferries were too loud.")
    assert found[0][1] == "A resident who lives near the docks"
    found = attributions("A survey released by Marlow College showed that most residents agree.")
    assert found[0][1] == "A survey released by Marlow College"


def test_a_source_leaves_out_an_incidental_clause(attributions) -> None:  # type: ignore[no-untyped-def]
    found = attributions("Varga, who chairs the harbor board, said the ferries were late.")
    assert found[0][1] == "Varga"


def test_a_source_drops_a_floating_quantifier(attributions) -> None:  # type: ignore[no-untyped-def]
    found = attributions("Varga and Brandt both said the contract was fair.")
    assert found[0][1] == "Varga and Brandt"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Ms. Varga in her statement said the contract was fair.", "Ms. Varga"),
        ("A harbor report on Wednesday said the docks needed repairs.", "A harbor report"),
    ],
)
def test_a_source_drops_when_and_in_what_it_spoke(attributions, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    assert attributions(text)[0][1] == source


def test_a_source_keeps_a_quoted_title(attributions) -> None:  # type: ignore[no-untyped-def]
    text = "Lena Osterholt, host of “Marlow Mornings Live,” said the ferry was late."
    assert attributions(text)[0][1] == "Lena Osterholt, host of “Marlow Mornings Live,”"


def test_a_subject_parsed_as_an_apposition_is_still_the_source(attributions) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On the campaign trail for his wife, council candidate Mara Pell, former mayor Tom Pell "
        "said his wife was uniquely qualified to lead the town."
    )
    ((kind, source, _content, _cue),) = attributions(text)
    assert (kind, source) == ("indirect", "former mayor Tom Pell")


def test_a_quotation_inside_the_widened_content_of_its_verb_is_not_a_statement(
    attributions,
) -> None:  # type: ignore[no-untyped-def]
    text = (
        "She praised the harbor plan and her rival “for taking these steps to make us all safer.”"
    )
    found = attributions(text)
    assert [c for _k, _s, c, _q in found] == [
        "the harbor plan and her rival “for taking these steps to make us all safer.”"
    ]


def test_a_source_drops_the_dateline_before_it(attributions) -> None:  # type: ignore[no-untyped-def]
    text = "Nov 3 (Wirepost) - Harbor chief Ines Varga said the ferries would run all winter."
    assert attributions(text)[0][1] == "Harbor chief Ines Varga"


def test_a_day_right_after_the_cue_belongs_to_the_saying(attributions) -> None:  # type: ignore[no-untyped-def]
    text = "Harbor chief Ines Varga said on Monday the ferries would run all winter."
    assert attributions(text)[0][2] == "the ferries would run all winter"


def test_a_stance_content_keeps_what_its_object_is_called(attributions) -> None:  # type: ignore[no-untyped-def]
    text = "A friend referred to him as “the kindest man in all of Marlow.”"
    assert attributions(text)[0][2] == "him as “the kindest man in all of Marlow.”"


def test_a_content_leaves_out_the_writers_closing_description(attributions) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mayor Tilda Brandt said the levy would pay for the Harbor Line, a rail link that "
        "engineers first drew up in 1990."
    )
    contents = [c for _k, _s, c, _q in attributions(text)]
    assert contents == ["the levy would pay for the Harbor Line"]


def test_a_content_keeps_a_name_in_apposition(attributions) -> None:  # type: ignore[no-untyped-def]
    text = "Brandt said the council had met her successor, Ivo Strand."
    contents = [c for _k, _s, c, _q in attributions(text)]
    assert contents == ["the council had met her successor, Ivo Strand"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Reed said he would never vote for the levy, a tax that punishes the poorest "
            "families in town.",
            "he would never vote for the levy, a tax that punishes the poorest families in town",
        ),
        (
            "Reed said he had spoken to Ortega, his longtime rival in the party.",
            "he had spoken to Ortega, his longtime rival in the party",
        ),
        (
            "Reed said he had spoken to Ortega, a Democratic senator.",
            "he had spoken to Ortega, a Democratic senator",
        ),
    ],
)
def test_a_content_keeps_the_speakers_own_characterisation(attributions, text, content) -> None:  # type: ignore[no-untyped-def]
    assert [c for _k, _s, c, _q in attributions(text)] == [content]


def test_a_spaced_hyphen_closes_a_dateline(attributions) -> None:  # type: ignore[no-untyped-def]
    text = "HARROWGATE - Fenmoor General Hospital said on Monday that the ward would reopen."
    assert attributions(text)[0][1] == "Fenmoor General Hospital"
    # a hyphen inside a name, or a spaced one after the dateline's place, is no dateline
    text = "Ines Varga-Holm said on Monday that the ward would reopen."
    assert attributions(text)[0][1] == "Ines Varga-Holm"


def test_a_name_of_blanks_names_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    """The tagger can call a lone no-break space a person; surname lookup must not fail on
    it (a batch once lost a whole article to an IndexError here)."""
    from onrecord.nlp.entities import EntityDraft, EntityTable
    from onrecord.nlp.speakers import _by_surface

    doc = nlp("Varga said the ferries would run.")
    blank = EntityDraft("\xa0", "person", "p0")
    varga = EntityDraft("Ines Varga", "person", "p1", mentions=[(0, 5)])
    table = EntityTable(doc, [blank, varga])
    found = _by_surface(table, doc[0])
    assert found is not None and found.name == "Ines Varga"
