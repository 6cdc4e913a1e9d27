"""A claim about every member of a group against a count of part of a group, named in other
words: one question ("every driver has been paid" / "four of the lads had not been paid").

Every sentence here is invented."""

from __future__ import annotations

from .builders import item, kinds

EVERY = "Every driver at Pellow Coaches has been paid in full for March"


def test_every_member_against_a_part_in_other_words_disagree() -> None:
    a = item("s1", EVERY, "Odile Venn", "2031-04-02")
    b = item("s2", "Four of the lads at Pellow Coaches had not been paid for March",
             "Corin Maddock", "2031-04-03", article="a2")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "s1", "s2")]


def test_no_member_against_a_part_of_a_counted_group_disagree() -> None:
    a = item("s1", "There is no evidence that any cottage on Tarn Row was flooded by the burst "
             "water main", "Odile Venn", "2031-04-02")  # fmt: skip
    b = item("s2", "Six of the nine houses I visited on Tarn Row were flooded by the burst water "
             "main", "Corin Maddock", "2031-04-03", article="a2")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "s1", "s2")]


def test_two_things_with_no_part_told_stay_apart() -> None:
    # one verb, two things: no part of a group is counted
    a = item("s1", EVERY, "Odile Venn", "2031-04-02")
    b = item("s2", "The cleaning contractor at Pellow Coaches had not been paid for March",
             "Corin Maddock", "2031-04-03", article="a2")  # fmt: skip
    assert kinds(a, b) == []
    c = item("s3", "There is no evidence that any cottage on Tarn Row was flooded by the burst "
             "water main", "Odile Venn", "2031-04-02")  # fmt: skip
    d = item("s4", "The Tarn Row chapel was flooded by the burst water main",
             "Corin Maddock", "2031-04-03", article="a2")  # fmt: skip
    assert kinds(c, d) == []


def test_a_part_told_as_a_universal_or_of_an_amount_is_no_part() -> None:
    a = item("s1", EVERY, "Odile Venn", "2031-04-02")
    b = item("s2", "Not one of the cleaners at Pellow Coaches had been paid for March",
             "Corin Maddock", "2031-04-03", article="a2")  # fmt: skip
    assert kinds(a, b) == []
    c = item("s3", EVERY, "Odile Venn", "2031-04-02")
    d = item("s4", "Two of the three million pounds owed by Pellow Coaches for the depot had "
             "not been paid by March", "Corin Maddock", "2031-04-03", article="a2")  # fmt: skip
    assert kinds(c, d) == []


def test_a_universal_over_another_group_meets_no_part() -> None:
    # invoices and months are no lads; a supplier is no player
    b = "Four of the lads at Pellow Coaches had not been paid for March"
    for n, text in enumerate((
        "Every invoice from Pellow Coaches has been paid for March",
        "Pellow Coaches has paid its bills each month since March",
        "Every supplier of Pellow Coaches has been paid for March",
    )):  # fmt: skip
        a = item(f"u{n}", text, "Odile Venn", "2031-04-02")
        assert kinds(a, item("p", b.replace("lads", "players") if n == 2 else b,
                             "Corin Maddock", "2031-04-03", article="a2")) == []  # fmt: skip


def test_a_part_counted_by_any_number_word_is_read() -> None:
    a = item("s1", "Every player at Pellow Coaches has been paid in full for March", "Odile Venn",
             "2031-04-02")  # fmt: skip
    b = item("s2", "Thirteen of the lads at Pellow Coaches had not been paid for March",
             "Corin Maddock", "2031-04-03", article="a2")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "s1", "s2")]
