"""Short verbs in "-y" ("dry", "try", "spy", "cry", "fry", "fly") stem alike in every form
("dries", "dried", "drying", "dry"), so that "the well dries up" and "the well will not dry up"
name one act. Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters.lexicon import stem

from .builders import item, kinds

_DAY = "2031-09-02"


def test_short_y_verbs_stem_alike_in_every_form() -> None:
    families = [("dries", "dried", "drying", "dry"), ("tries", "tried", "trying", "try"),
                ("spies", "spied", "spy"), ("flies", "fly"), ("cries", "cried", "cry")]  # fmt: skip
    for forms in families:
        assert {stem(f) for f in forms} == {stem(forms[-1])}, forms


def test_longer_words_keep_their_own_stems() -> None:
    assert stem("lies") != stem("ly")
    assert stem("denied") == stem("deny")


def test_a_denial_in_the_base_form_meets_the_act_in_the_past() -> None:
    a = item("a", "The Kell Brook dried up in August", "Ida Penn", _DAY)
    b = item("b", "The Kell Brook did not dry up in August", "Otto Brand", _DAY)
    assert kinds(a, b) == [("contradiction", "a", "b")]
