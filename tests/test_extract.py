"""Statements, speakers, conduits and dates on short invented articles, one construction each."""

from __future__ import annotations

import pytest

from onrecord.models import Record, Statement

pytestmark = pytest.mark.model


def run(extractor, text: str, published: str | None = "2023-11-14") -> Record:  # type: ignore[no-untyped-def]
    return extractor.extract_text(text, published=published)


def find(record: Record, fragment: str) -> Statement:
    hits = [s for s in record.statements if fragment in s.content.text]
    assert hits, f"no statement with {fragment!r}: {[s.content.text for s in record.statements]}"
    return hits[0]


def test_direct_quote_after_and_before(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        "Harbor Authority spokeswoman Mei Tanaka spoke on Monday.\n\n"
        '"The cranes will be back in service by Friday," Tanaka said.\n\n'
        'Council member Daniel Okafor said: "Nobody told the dockworkers anything."',
    )
    a = find(r, "The cranes will be back")
    assert (a.kind, a.speaker.name, a.cue.text if a.cue else None) == (
        "direct",
        "Mei Tanaka",
        "said",
    )
    assert "Harbor Authority spokeswoman" in a.speaker.roles
    b = find(r, "Nobody told the dockworkers")
    assert (b.kind, b.speaker.name) == ("direct", "Daniel Okafor")


def test_split_quote_and_continuation(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        "Mayor Ana Lindqvist defended the budget.\n\n"
        '"We cut what we could," Lindqvist said, "and we kept the libraries open." '
        '"Nobody else can say that."\n\n'
        '"The next council will thank us for it."',
    )
    for frag in (
        "We cut what we could",
        "and we kept the libraries open",
        "Nobody else can say that",
        "The next council will thank us",
    ):
        s = find(r, frag)
        assert s.kind == "direct" and s.speaker.name == "Ana Lindqvist", frag


def test_indirect_reporting_verbs(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        "On Nov. 9, Finance Director Omar Haddad told reporters at City Hall that the city "
        "would borrow $40 million.\n\n"
        "Haddad added that the loan would be repaid within a decade.\n\n"
        "Union president Luis Ortega pushed back on Haddad's remarks, asserting that the "
        "workers had never been consulted.",
    )
    a = find(r, "the city would borrow $40 million")
    assert (a.kind, a.speaker.name, a.cue.text) == ("indirect", "Omar Haddad", "told")
    assert a.date is not None and (a.date.value, a.date.basis) == ("2023-11-09", "sentence")
    b = find(r, "the loan would be repaid within a decade")
    assert (b.speaker.name, b.cue.text) == ("Omar Haddad", "added")
    assert b.date is not None and (b.date.value, b.date.basis) == ("2023-11-09", "scene")
    c = find(r, "the workers had never been consulted")
    assert (c.speaker.name, c.cue.text) == ("Luis Ortega", "asserting")


def test_according_to_outlet_is_conduit_not_speaker(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        "Governor Piet Van Dam spoke aboard the ferry.\n\n"
        '"We will not raise the tolls," Van Dam said, according to The Harbor Ledger.',
    )
    s = find(r, "We will not raise the tolls")
    assert s.speaker.name == "Piet Van Dam"
    assert s.conduit == "The Harbor Ledger"


def test_outlet_reports_as_speaker_and_as_conduit(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        "The ferry line lost money for a third year, Reuters reports.\n\n"
        "Harbor master Grace Okafor said the line would be sold, The Washington Post reported.",
    )
    a = find(r, "The ferry line lost money")
    assert (a.speaker.name, a.speaker.type, a.date) == ("Reuters", "outlet", None)
    b = find(r, "the line would be sold")
    assert b.speaker.name == "Grace Okafor"
    assert b.conduit == "The Washington Post"


def test_according_to_person_is_speaker(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        "The bridge will stay closed until March, according to city engineer Tomas Reyes.",
    )
    s = find(r, "The bridge will stay closed until March")
    assert s.speaker.name == "Tomas Reyes"
    assert s.cue is not None and s.cue.text == "according to"


def test_pronoun_after_two_candidates_resolved_by_gender(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        "Council member Daniel Okafor met hospital director Grace Okafor on Tuesday.\n\n"
        "She said the emergency ward would stay open through the winter.",
    )
    s = find(r, "the emergency ward would stay open")
    assert s.speaker.name == "Grace Okafor"
    assert s.speaker.mention is not None and s.speaker.mention.text == "She"


def test_description_resolved_to_named_person(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        "The mayor's spokesperson has said that the budget vote will be delayed.\n\n"
        'Mayoral spokesperson Ines Moreau later confirmed the delay. "We need two more weeks," '
        "Moreau said.",
    )
    s = find(r, "the budget vote will be delayed")
    assert s.speaker.name == "Ines Moreau"
    assert s.date is None  # a present perfect says nothing about when


def test_organization_speaker_and_no_date(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        "The Department of Transportation said in a statement that the tunnel was safe.",
    )
    s = find(r, "the tunnel was safe")
    assert (s.speaker.name, s.speaker.type) == ("Department of Transportation", "organization")
    assert s.date is None


def test_colon_quote_in_a_statement(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        'The union said in a statement:\n\n"Our members will not cross the picket line."',
    )
    s = find(r, "Our members will not cross the picket line")
    assert s.kind == "direct"
    assert s.cue is not None and s.cue.text == "said in a statement"  # the issued text joins it


def test_mixed_quote(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        'Senator Marta Ruiz said the proposal was "dead on arrival" in the upper chamber.',
    )
    s = find(r, "dead on arrival")
    assert s.kind == "mixed" and s.speaker.name == "Marta Ruiz"


def test_sourceless_reports(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        "It was announced that the port would close for two days.\n\n"
        "The two ministers reportedly argued over the tariffs during the dinner.",
    )
    a = find(r, "the port would close for two days")
    assert a.kind == "unattributed" and a.speaker.name is None
    b = find(r, "argued over the tariffs")
    assert b.kind == "unattributed" and b.cue is not None and b.cue.text == "reportedly"


def test_unbalanced_quote_does_not_break_the_article(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        'Ortega said "the plan is dead and everyone knows it.\n\n'
        "Later, Ortega said that talks would resume in the spring.",
    )
    s = find(r, "talks would resume in the spring")
    assert s.speaker.name is not None and "Ortega" in s.speaker.name


def test_present_tense_and_yearless_dates(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        "On Nov. 10, Governor Piet Van Dam said the toll would double.\n\n"
        "Van Dam says the decision is final.",
        published=None,
    )
    a = find(r, "the toll would double")
    assert a.date is not None and a.date.value == "--11-10"
    b = find(r, "the decision is final")
    assert b.date is None


def test_every_offset_points_into_the_text(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"We are ready," said Ana Lindqvist, the mayor. She added that the city had '
        "hired 40 new drivers, according to KRTV News."
    )
    r = run(extractor, text)
    assert r.statements
    for s in r.statements:
        for span in (s.content, s.cue, s.speaker.mention, s.sentence):
            if span is not None:
                assert text[span.start : span.end] == span.text


def test_matters_only_when_asked(extractor) -> None:  # type: ignore[no-untyped-def]
    from onrecord.extractor import Extractor

    text = (
        "On Monday, Mayor Ana Lindqvist said the ferry would run all winter.\n\n"
        "On Tuesday, harbor master Grace Okafor said the ferry would not run this winter."
    )
    with_matters = extractor.extract_text(text, published="2023-11-15")
    without = Extractor(nlp=extractor.nlp, matters=False).extract_text(text, published="2023-11-15")
    assert "matters" in with_matters.to_dict()
    assert "matters" not in without.to_dict()
    assert [s.content for s in without.statements] == [s.content for s in with_matters.statements]
