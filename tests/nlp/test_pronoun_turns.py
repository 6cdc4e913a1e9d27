"""Whose turn a pronoun continues, on invented articles.

A sentence that tells what someone did gives its subject the next pronoun: a past tense or a
present perfect ("has changed her position"), not a present-tense description; the owner of a
body that acted ("Penberthy's group has changed course") speaks for it, the owner of a person
does not; a description set off by a name ("Vellmark's foreign minister, Halvard Lindqvist,")
is that person, and so is a subject whose present description is joined to a past act ("lives
near the junction and arrived after the crash"). A first name's usual gender gives way to the
text's pronoun when no one of the pronoun's gender was named before. A surname the tagger
missed still counts as a mention once it resolves, and a title is never a name.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from onrecord.nlp.entities import EntityTable, build_entities
from onrecord.nlp.speakers import adopt_name, resolve_source
from onrecord.nlp.turns import previous_subject

from .records import find, run

pytestmark = pytest.mark.model


def labelled(nlp, text: str, labels: dict[str, str]) -> Doc:  # type: ignore[no-untyped-def]
    """``text`` parsed, its named entities replaced by ``labels`` (name -> NER label)."""
    doc: Doc = nlp(text)
    spans = []
    for name, label in labels.items():
        start = text.rindex(name)
        span = doc.char_span(start, start + len(name), label=label)
        assert span is not None, name
        spans.append(span)
    doc.ents = sorted(spans, key=lambda s: s.start)
    return doc


def names(table: EntityTable) -> set[str]:
    return {e.name for e in table.entities}


def test_a_lone_title_is_no_name(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Councillor Demelza Pascoe hit back at the claim.")
    table = build_entities(doc)
    assert adopt_name(table, doc[0]) is None
    assert "Councillor" not in names(table)


OWNERS = (
    "Julian Penberthy, who chairs the owners' group, said members would fight the licence. "
    "Ivo Chenoweth, the council's spokesman, denied that the council had backed down. "
    '"Nobody threatened us," he said. Penberthy\'s {noun} has also changed course. "We will '
    'not be going to court," he said.'
)


def _he_after(nlp, noun: str):  # type: ignore[no-untyped-def]
    text = OWNERS.format(noun=noun)
    doc = labelled(nlp, text, {"Julian Penberthy": "PERSON", "Ivo Chenoweth": "PERSON"})
    table = build_entities(doc)
    he = [t for t in doc if t.text == "he"][-1]
    return previous_subject(table, he, "m", lambda _t, _h: None)


def test_the_owner_of_a_group_that_changed_course_speaks_for_it(nlp) -> None:  # type: ignore[no-untyped-def]
    ent = _he_after(nlp, "group")
    assert ent is not None and ent.name == "Julian Penberthy"


def test_the_owner_of_a_person_does_not_speak_for_them(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Penberthy's lawyer has changed course. '...,' he said": the lawyer, not Penberthy
    assert _he_after(nlp, "lawyer") is None


def test_a_present_perfect_sentence_gives_its_subject_the_turn(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        "The school will close in July, the trust said. Ysolde Penrose said the pupils would be "
        "moved to Tregony. Bronwen Achterley, the MP for Tregony and the Roseland, has changed "
        'her position after meeting parents. "Closing the school would be the wrong decision," '
        "she said.",
    )
    assert find(r, "wrong decision").speaker.name == "Bronwen Achterley"


def test_a_present_tense_description_gives_no_turn(extractor) -> None:  # type: ignore[no-untyped-def]
    # a sentence that describes someone in passing leaves "she" to the speaker before
    r = run(
        extractor,
        "Ysolde Penrose said the pupils would be moved to Tregony. Bronwen Achterley, a "
        'governor, drives the minibus on Fridays. "The pupils deserve better," Penrose said. '
        '"The trust has not listened," she said.',
    )
    name = find(r, "has not listened").speaker.name
    assert name is not None and "Penrose" in name


def test_a_description_set_off_by_a_name_gives_that_person_the_turn(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        "Morvaska's farm minister, Anselm Drobecki, said the shipping agreement has been "
        'renewed. "The deal is renewed," Drobecki told reporters at the port.\n\nAcross the '
        "strait, Vellmark's foreign minister, Halvard Lindqvist, said the opposite. \"The "
        'agreement has not been renewed," he said in Saltvik.',
    )
    assert find(r, "has not been renewed").speaker.name == "Halvard Lindqvist"


def test_a_surname_that_resolves_becomes_a_mention(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Lowarth said ...", a surname the tagger took for a common noun and the NER missed: once
    # it resolves, it is a mention of Lowarth, so a pronoun after it finds him there
    doc = nlp("Gethin Lowarth spoke first. Neil Treneer agreed. Lowarth said he was wrong.")
    table = build_entities(doc)
    tok = [t for t in doc if t.text == "Lowarth"][-1]
    ent = next(e for e in table.entities if e.name == "Gethin Lowarth")
    table.by_token.pop(tok.i, None)
    ent.mentions = [m for m in ent.mentions if m[0] != tok.idx]
    assert resolve_source(table, tok) is ent
    assert table.at(tok) is ent
    assert any(s == tok.idx for s, _e in ent.mentions)


def test_she_after_a_subject_whose_first_name_reads_male_and_no_woman_before(extractor) -> None:  # type: ignore[no-untyped-def]
    # the first name's usual gender is a prior: the text's "she" overrules it when no woman
    # was named before
    r = run(
        extractor,
        "Ellis Crane, the club's chief executive, said the deal was worth 2 million pounds. "
        '"The fans will see the money on the pitch," he said.\n\nBernie Coldwell, chair of '
        "the Harcastle Supporters' Trust, said fans were voting with their wallets. \"We know "
        'of 900 fans who have not renewed," she said.',
    )
    assert find(r, "900 fans").speaker.name == "Bernie Coldwell"


def test_she_after_a_man_goes_to_the_woman_named_before(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        "Mary Oakes, the trust's secretary, said the club had not consulted fans. \"We read "
        "about it online,\" she said.\n\nPeter Voss, the club's chairman, said the deal was "
        'fair. "We consulted the fans in May," she said.',
    )
    assert find(r, "in May").speaker.name == "Mary Oakes"


def test_a_present_description_joined_to_a_past_act_gives_the_turn(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        "Graham Vesey, the council's transport chief, defended the switch-off. \"The roads are "
        'safe at night," he said.\n\nTobin Ashe, chairman of Ebbford Parish Council, lives a '
        'few hundred yards from the junction and arrived shortly after the crash. "The '
        'junction was in complete darkness when the cyclist was hit," he said.',
    )
    assert find(r, "complete darkness").speaker.name == "Tobin Ashe"
