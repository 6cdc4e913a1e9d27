"""Who a name is, whatever the NER typed it: person, body or place, on invented sentences.

The NER often types an unfamiliar name wrongly; these tests force its labels (``doc.ents``) to
the mistakes it makes in news text and check that the words round the name decide: a title in
front ("Cllr", "Dr", "Dame"), a role or a "who" set off after it make a person; a name used as
a place ("in Porthgellan") or as the body an office belongs to ("chief executive of Visit
Porthgellan") is no one a "he" or "she" stands for.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from onrecord.nlp.entities import EntityTable, antecedent, build_entities

from .records import find, run

pytestmark = pytest.mark.model


def labelled(nlp, text: str, labels: dict[str, str]) -> Doc:  # type: ignore[no-untyped-def]
    """``text`` parsed, its named entities replaced by ``labels`` (name -> NER label, set on
    the last place the name is written)."""
    doc: Doc = nlp(text)
    spans = []
    for name, label in labels.items():
        start = text.rindex(name)
        span = doc.char_span(start, start + len(name), label=label)
        assert span is not None, name
        spans.append(span)
    doc.ents = sorted(spans, key=lambda s: s.start)
    return doc


def kinds(table: EntityTable) -> dict[str, str]:
    return {e.name: e.type for e in table.entities}


def test_a_name_set_off_by_a_role_is_a_person_the_ner_called_a_body(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = labelled(
        nlp,
        "Idris Penwarden, regional manager for Tallack Parking Services, said the contract "
        "did not work that way.",
        {"Idris Penwarden": "ORG", "Tallack Parking Services": "ORG"},
    )
    got = kinds(build_entities(doc))
    assert got["Idris Penwarden"] == "person"
    assert got["Tallack Parking Services"] == "organization"


def test_a_name_set_off_by_who_is_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = labelled(
        nlp,
        "Maelona Trist, who lives in Garrow Walk with her two children, said the mould had "
        "made her son ill.",
        {"Maelona Trist": "ORG", "Garrow Walk": "ORG"},
    )
    got = kinds(build_entities(doc))
    assert got["Maelona Trist"] == "person"
    assert got["Garrow Walk"] == "organization"


def test_a_business_set_off_by_a_role_or_which_stays_a_body(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = labelled(
        nlp,
        "Corvale Consulting, the council's adviser, said the bridge was safe. Harwick Lane "
        "Partners, which owns the site, said it would sell.",
        {"Corvale Consulting": "ORG", "Harwick Lane Partners": "ORG"},
    )
    got = kinds(build_entities(doc))
    assert got["Corvale Consulting"] == "organization"
    assert got["Harwick Lane Partners"] == "organization"


def test_a_title_makes_a_person_of_a_name_the_ner_took_for_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = labelled(
        nlp,
        "Dr Elowen Carne, the engineer advising residents, said she had inspected the houses "
        "in Trevarrick.",
        {"Elowen Carne": "GPE", "Trevarrick": "GPE"},
    )
    got = kinds(build_entities(doc))
    assert got["Elowen Carne"] == "person"
    assert "Trevarrick" not in got or got["Trevarrick"] != "person"


def test_a_title_and_first_name_is_the_person_already_named(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = labelled(
        nlp,
        "Dame Clemency Vosper, the charity's chair, said the books were in order. Dame "
        "Clemency said the contract had been approved by the board.",
        {"Clemency Vosper": "PERSON", "Dame Clemency": "ORG"},
    )
    table = build_entities(doc)
    assert "Dame Clemency" not in kinds(table)
    vosper = next(e for e in table.entities if e.name == "Clemency Vosper")
    assert len(vosper.mentions) == 2


def test_cllr_is_a_title_not_part_of_the_name(extractor) -> None:  # type: ignore[no-untyped-def]
    r = run(
        extractor,
        "The cabinet approved the plan on Wednesday. Cllr Senara Polglase, the cabinet member "
        'for housing, said the village had reached a tipping point. "There will be a cap on '
        'new lets from October," she said.',
    )
    s = find(r, "cap on new lets")
    assert s.speaker.name == "Senara Polglase"
    assert s.speaker.type == "person"


PLACE = (
    "Cllr Senara Polglase said the village had reached a tipping point. Barnaby Teague, chief "
    "executive of Visit Porthgellan, said the plan would cost jobs. She said the cap would stay."
)


def test_she_is_no_body_an_office_belongs_to(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = labelled(
        nlp,
        PLACE,
        {"Senara Polglase": "PERSON", "Barnaby Teague": "PERSON", "Visit Porthgellan": "PERSON"},
    )
    table = build_entities(doc)
    she = next(t for t in doc if t.text == "She")
    ante = antecedent(table, she, "f")
    assert ante is not None and ante.name == "Senara Polglase"


def test_she_is_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senara Polglase, the cabinet member for housing, said the council had counted more "
        "than 600 holiday lets, most of them in Porthgellan Cove. She said the cap would "
        "stay."
    )
    doc = labelled(
        nlp,
        text,
        {"Senara Polglase": "PERSON", "Porthgellan Cove": "PERSON"},
    )
    table = build_entities(doc)
    she = next(t for t in doc if t.text == "She")
    ante = antecedent(table, she, "f")
    assert ante is not None and ante.name == "Senara Polglase"


def test_a_person_with_a_first_name_after_in_is_still_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    # "in Mary Tull" is the trust placed in a person: a known first name keeps her a person
    text = "The board placed its trust in Mary Tull. She said the accounts were sound."
    doc = labelled(nlp, text, {"Mary Tull": "PERSON"})
    table = build_entities(doc)
    she = next(t for t in doc if t.text == "She")
    ante = antecedent(table, she, "f")
    assert ante is not None and ante.name == "Mary Tull"


def test_a_first_name_before_a_people_makes_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    """The NER types an unfamiliar surname as a people ("Marris" like "Danish") and leaves the
    first name out: no people's name follows a first name, so the two are one person's, and
    the "she" after them is hers, not the farm's the NER called a person."""
    text = (
        "Gwen Marris, who farms Kelmscote with her son, gave a different account. She said no "
        "deal had been agreed."
    )
    doc = labelled(nlp, text, {"Marris": "NORP", "Kelmscote": "PERSON"})
    table = build_entities(doc)
    assert kinds(table).get("Gwen Marris") == "person"
    she = next(t for t in doc if t.text == "She")
    ante = antecedent(table, she, "f")
    assert ante is not None and ante.name == "Gwen Marris"


def test_a_people_after_no_first_name_stays_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Several Danish farmers said the border would stay open. Lorna Keast said it would not."
    doc = labelled(nlp, text, {"Danish": "NORP", "Lorna Keast": "PERSON"})
    assert kinds(build_entities(doc)) == {"Lorna Keast": "person"}
