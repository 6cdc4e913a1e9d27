"""The body a speaker chairs holds their view: "The community council supports the mast",
then "The community council now opposes the mast", both said by the chair of Dunleigh
Community Council, is the chair's position turned round; so is "The board has full
confidence in her", then "The board could no longer support her", said by a federation's
chair, since a chair speaks for the board. A body the speaker does not chair, or sits in
without speaking for, holds no view of theirs. Every sentence here is invented."""

from __future__ import annotations

from .builders import item, kinds

_CHAIR = ("chair of Dunleigh Community Council",)


def test_the_body_a_speaker_chairs_changes_its_view() -> None:
    a = item("a", "The community council supports the Harrow Top mast", "Ailsa Brody",
             "2027-03-01", roles=_CHAIR)  # fmt: skip
    b = item("b", "The community council now opposes the Harrow Top mast", "Ailsa Brody",
             "2027-04-12", roles=_CHAIR)  # fmt: skip
    assert kinds(a, b) == [("reversal", "a", "b")]


def test_a_chair_speaks_for_the_board() -> None:
    role = ("league's chair",)
    a = item("a", "The board has full confidence in Ms Okonedo", "Piers Laidlaw", "2027-05-02",
             roles=role)  # fmt: skip
    b = item("b", "The board could no longer support Ms Okonedo", "Piers Laidlaw",
             "2027-06-20", roles=role)  # fmt: skip
    assert kinds(a, b) == [("reversal", "a", "b")]


def test_a_body_the_speaker_does_not_chair_holds_no_view_of_theirs() -> None:
    for role in ("chair of Dunleigh Rowing Club", "member of Dunleigh Community Council"):
        a = item("a", "The community council supports the Harrow Top mast", "Ailsa Brody",
                 "2027-03-01", roles=(role,))  # fmt: skip
        b = item("b", "The community council now opposes the Harrow Top mast", "Ailsa Brody",
                 "2027-04-12", roles=(role,))  # fmt: skip
        assert kinds(a, b) == []


def test_the_board_is_no_body_of_a_treasurer() -> None:
    role = ("league's treasurer",)
    a = item("a", "The board has full confidence in Ms Okonedo", "Piers Laidlaw", "2027-05-02",
             roles=role)  # fmt: skip
    b = item("b", "The board could no longer support Ms Okonedo", "Piers Laidlaw",
             "2027-06-20", roles=role)  # fmt: skip
    assert kinds(a, b) == []


def test_another_board_is_no_view_of_a_chair() -> None:
    for role in (
        "chair of the Kelder Residents' Association",
        "chair of Dunleigh Community Council",
    ):
        a = item("a", "The health board supports the closure of Ward 7", "Ailsa Brody",
                 "2027-03-01", roles=(role,))  # fmt: skip
        b = item("b", "The health board now opposes the closure of Ward 7", "Ailsa Brody",
                 "2027-04-12", roles=(role,))  # fmt: skip
        assert kinds(a, b) == []


def test_the_board_a_role_names_is_the_chairs() -> None:
    for role in ("chair of the Dunleigh health board", "chairwoman"):
        text = "The board" if role == "chairwoman" else "The health board"
        a = item("a", f"{text} supports the closure of Ward 7", "Ailsa Brody", "2027-03-01",
                 roles=(role,))  # fmt: skip
        b = item("b", f"{text} now opposes the closure of Ward 7", "Ailsa Brody", "2027-04-12",
                 roles=(role,))  # fmt: skip
        assert kinds(a, b) == [("reversal", "a", "b")]
