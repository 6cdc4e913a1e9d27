"""What was told to an addressee when the parse takes it for a relative clause of the
addressee ("told the paper the county had filed its data"). Invented sentences, with the
parse the model sometimes gives them built by hand."""

from __future__ import annotations

from spacy.tokens import Doc

from onrecord.nlp.attribution import find_attributions


def _told(nlp, words: str, heads: list[int], deps: str, tags: str, pos: str, lemmas: str):  # type: ignore[no-untyped-def]
    ws = words.split()
    spaces = [True] * len(ws)
    spaces[-2] = False
    doc = Doc(nlp.vocab, ws, spaces, heads=heads, deps=deps.split(), tags=tags.split(),
              pos=pos.split(), lemmas=lemmas.split())  # fmt: skip
    text = doc.text
    return [
        (text[a.cue[0] : a.cue[1]], text[slice(*a.content)])
        for a in find_attributions(doc)[0]
        if a.cue
    ]


def test_a_clause_with_its_own_subject_and_object_after_the_addressee_is_what_was_told(  # type: ignore[no-untyped-def]
    nlp,
) -> None:
    found = _told(
        nlp,
        "He told the Herald the district had filed its records in May .",
        [1, 1, 3, 1, 5, 7, 7, 3, 9, 7, 7, 10, 1],
        "nsubj ROOT det dobj det nsubj aux relcl poss dobj prep pobj punct",
        "PRP VBD DT NNP DT NN VBD VBN PRP$ NNS IN NNP .",
        "PRON VERB DET PROPN DET NOUN AUX VERB PRON NOUN ADP PROPN PUNCT",
        "he tell the Herald the district have file its record in May .",
    )
    assert found == [("told", "the district had filed its records in May")]


def test_a_relative_clause_with_a_gap_is_no_content(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _told(
        nlp,
        "He told the board the plan the council had approved .",
        [1, 1, 3, 1, 5, 1, 7, 9, 9, 5, 1],
        "nsubj ROOT det dative det dobj det nsubj aux relcl punct",
        "PRP VBD DT NN DT NN DT NN VBD VBN .",
        "PRON VERB DET NOUN DET NOUN DET NOUN AUX VERB PUNCT",
        "he tell the board the plan the council have approve .",
    )
    assert found == []
