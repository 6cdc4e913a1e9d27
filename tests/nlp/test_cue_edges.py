"""Cues and sources at their edges, on invented sentences; each fails without its rule."""

from __future__ import annotations

from spacy.tokens import Doc

from onrecord.nlp.attribution import find_attributions


def test_what_was_said_as_a_noun_phrase(found) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Most harbor pilots describe the new rules as confusing, and half of them say much the "
        "same about the tolls."
    )
    assert ("say", "half of them", "much the same about the tolls") in found(text)


def test_a_closing_cue_the_parse_takes_for_a_clause_of_the_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    # "..., she said." hung on the sentence's verb as an adverbial clause, with a subject of
    # the reported clause hung on it too: the parse a long sentence sometimes gets
    words = "The toll made it possible for drivers to cross , she said .".split()
    heads = [1, 2, 2, 4, 2, 11, 11, 8, 6, 11, 11, 2, 2]
    deps = "det nsubj ROOT nsubj ccomp mark nsubj aux acl punct nsubj advcl punct".split()
    tags = "DT NN VBD PRP JJ IN NNS TO VB , PRP VBD .".split()
    pos = "DET NOUN VERB PRON ADJ SCONJ NOUN PART VERB PUNCT PRON VERB PUNCT".split()
    lemmas = "the toll make it possible for driver to cross , she say .".split()
    spaces = [True] * len(words)
    spaces[8] = spaces[11] = spaces[12] = False
    doc = Doc(nlp.vocab, words, spaces, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)
    text = doc.text
    found = [
        (text[a.cue[0] : a.cue[1]], text[a.source[0] : a.source[1]], text[slice(*a.content)])
        for a in find_attributions(doc)[0]
        if a.cue and a.source
    ]
    assert found == [("said", "she", "The toll made it possible for drivers to cross")]


def test_a_linking_adverb_is_not_part_of_the_cue(found) -> None:  # type: ignore[no-untyped-def]
    text = "Mayor Ruiz however said the ferry line would open in May."
    assert [c for c, _s, _k in found(text)] == ["said"]


def test_even_stresses_a_source_but_does_not_name_it(found) -> None:  # type: ignore[no-untyped-def]
    text = "Even the harbor's fiercest critics say the levy is too low."
    assert [s for _c, s, _k in found(text)] == ["the harbor's fiercest critics"]
