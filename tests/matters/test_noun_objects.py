"""An event named by a noun that is the object of another verb ("will not pay compensation")
has no theme of its own to read: the words before it are that verb and its subject, not what
the event happens to.

* "will compensate every passenger" and, weeks later, "will not pay compensation for
  cancelled sailings" from one speaker are a reversal;
* a verb's own objects still keep two questions apart ("every passenger" against "its
  drivers"), and a noun after "be" or a negator is read as before;
* a -tion word that is the verb of its clause, right after its subject ("councillors sanction
  the works", "we question the figures"), keeps its objects as its theme.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters.themes import theme_of

from .builders import item, kinds

_YES = "Marlby Ferries will compensate every passenger whose sailing is cancelled"


def test_a_noun_after_its_verb_has_no_theme_of_the_verb() -> None:
    text = "Marlby Ferries will not pay compensation for cancelled sailings"
    assert theme_of(text, "compensation") == frozenset()


def test_pay_compensation_meets_compensate() -> None:
    a = item("a", _YES, "Ines Dobrow", "2027-03-02")
    b = item(
        "b",
        "Marlby Ferries will not pay compensation for cancelled sailings",
        "Ines Dobrow",
        "2027-04-08",
    )
    assert kinds(a, b) == [("reversal", "a", "b")]


def test_a_verb_of_two_objects_stays_two_questions() -> None:
    a = item("a", _YES, "Ines Dobrow", "2027-03-02")
    b = item("b", "Marlby Ferries will not compensate its drivers", "Ines Dobrow", "2027-04-08")
    assert kinds(a, b) == []


def test_a_tion_verb_after_its_subject_keeps_its_theme() -> None:
    for text, word in (
        ("Harnwick councillors sanction the works", "sanction"),
        ("Harnwick residents question the figures", "question"),
        ("Residents openly question the figures", "question"),
        ("We question the figures", "question"),
        ("Harnwick councillors mention the works", "mention"),
    ):
        assert theme_of(text, word), text
    assert theme_of("Marlby Ferries pays compensation for cancelled sailings", "compensation") == (
        frozenset()
    )
    assert theme_of("Residents signed a petition against the works", "petition") == frozenset()
