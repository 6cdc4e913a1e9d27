"""A speaker owning up to earlier words that were said in other words.

"Not one drum of our solvent leaves the county" in March and, weeks later in another
report, "some of our solvent has been trucked to a plant in Lisbon, and I was wrong to say
otherwise": no event joins the two, but the later statement says it takes the earlier one
back, so the two are a reversal. The earlier one is the speaker's own, said before, in
another article, sharing the most words with the later one.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import analyze_items
from onrecord.matters.claims import Item
from onrecord.matters.owned_up import owns_up, taken_back

from .builders import item, kinds

_TRUCKED = "Some of Pellworth's solvent has been trucked to a plant in Lisbon"
_OWNED = _TRUCKED + ", and I was wrong to say otherwise"


def _denial() -> Item:
    return item("a", "Not one drum of Pellworth's solvent leaves the county", "Halvard Osei",
                "2031-03-02")  # fmt: skip


def test_owning_up_in_other_words_is_a_reversal() -> None:
    later = item("b", _OWNED, "Halvard Osei", "2031-03-20", article="a2")
    assert kinds(_denial(), later) == [("reversal", "a", "b")]


def test_said_otherwise_in_a_month_is_owning_up() -> None:
    first = item("a", "None of these rashes has been traced to our dye works", "Mireille Daska",
                 "2031-06-04")  # fmt: skip
    later = item("b", "Our dye works was the source of these rashes. I said otherwise in June, "
                 "and I was wrong", "Mireille Daska", "2031-07-01", article="a2")  # fmt: skip
    assert kinds(first, later) == [("reversal", "a", "b")]


def test_without_owning_up_other_words_stay_apart() -> None:
    later = item("b", _TRUCKED, "Halvard Osei", "2031-03-20", article="a2")
    assert kinds(_denial(), later) == []


def test_another_speaker_owning_up_takes_back_nothing_of_the_first() -> None:
    later = item("b", _OWNED, "Signe Atwell", "2031-03-20", article="a2")
    assert kinds(_denial(), later) == []


def test_owning_up_takes_back_nothing_said_after_it_or_in_its_own_article() -> None:
    before = item("b", _OWNED, "Halvard Osei", "2031-02-20", article="a2")
    assert kinds(_denial(), before) == []
    same = item("b", _OWNED, "Halvard Osei", "2031-03-20")
    assert ("reversal", "a", "b") not in kinds(_denial(), same)


def test_owning_up_with_two_earlier_statements_as_like_it_picks_none() -> None:
    one = item("a", "Not one drum of Pellworth's solvent leaves the county", "Halvard Osei",
               "2031-03-02")  # fmt: skip
    two = item("c", "Every drum of Pellworth's solvent is burned at Kellby", "Halvard Osei",
               "2031-03-03", article="a3")  # fmt: skip
    later = item("b", _OWNED, "Halvard Osei", "2031-03-20", article="a2")
    assert kinds(one, later) == [("reversal", "a", "b")]
    assert kinds(two, later) == [("reversal", "c", "b")]
    assert ("reversal", "a", "b") not in kinds(one, two, later)
    assert ("reversal", "c", "b") not in kinds(one, two, later)


def test_owning_up_that_says_nothing_of_its_own_takes_back_no_chosen_statement() -> None:
    first = item("a", "Every tenant whose rent was raised has been sent a refund", "Ida Marsh",
                 "2031-04-02")  # fmt: skip
    later = item("b", "I told tenants that had not happened, and I was wrong. I apologise to "
                 "each of them", "Ida Marsh", "2031-04-28", article="a2")  # fmt: skip
    assert kinds(first, later) == []


def test_owning_up_to_words_and_not_to_another_thing() -> None:
    assert owns_up("and I was wrong to say otherwise")
    assert owns_up("It was not a gift, and I was wrong to call it one")
    assert owns_up("The blaze began in our cell. I was wrong about that, and I said so")
    assert owns_up("The grant has not been agreed, and I should not have said that it had")
    assert owns_up("I said otherwise in May, and I was wrong")
    assert not owns_up("I was wrong about the route of the parade")
    assert not owns_up("I was wrong to trust the contractor")
    assert not owns_up("We should not have opened the sluice")
    assert not owns_up("They said otherwise in May")


def test_an_owned_up_reversal_is_not_among_the_sure_reports() -> None:
    # the earlier statement is chosen by its words alone, so the report stays below the
    # confidence (0.7) of the reports a fact-checker reads first
    later = item("b", _OWNED, "Halvard Osei", "2031-03-20", article="a2")
    (found,) = analyze_items([_denial(), later])[1]
    assert found.kind == "reversal"
    assert 0.5 <= found.confidence < 0.7


def test_owning_up_told_of_the_speaker_by_others_or_supposed_is_none() -> None:
    # "critics say I was wrong" is the critics' view, "if I was wrong" a supposition: the
    # speaker owns up to nothing, and the earlier words stand
    for text in (
        "Critics say I was wrong to say otherwise, but not one drum leaves the county",
        "If I was wrong to say otherwise, I will apologise",
        "Some people think we were wrong to say otherwise",
    ):
        assert not owns_up(text), text
        later = item("b", text, "Halvard Osei", "2031-03-20", article="a2")
        assert kinds(_denial(), later) == [], text
    # the speaker's own owning up, after a report verb of the speaker's own
    assert owns_up("I accept that I was wrong to say otherwise")
    assert owns_up("As I said last week, we were wrong to deny it")


def test_now_knowing_takes_back_the_earlier_words_on_what_it_goes_on_to_say() -> None:
    first = item("a", "The flood barrier at Cray Point did its job and did not fail",
                 "Odile Brenner", "2031-04-02")  # fmt: skip
    later = item("b", "The harbour is open again, and we now know the flood barrier at Cray "
                 "Point cracked", "Odile Brenner", "2031-04-20", article="a2")  # fmt: skip
    assert kinds(first, later) == [("reversal", "a", "b")]
    # what the speaker now knows is about another thing: the earlier words stand
    other = item("c", "The harbour at Cray Point is closed, and we now know the pier was "
                 "damaged", "Odile Brenner", "2031-04-20", article="a2")  # fmt: skip
    opened = item("d", "The harbour at Cray Point is open", "Odile Brenner", "2031-04-02")
    assert kinds(opened, other) == []


def test_should_have_been_clearer_owns_up_to_earlier_words() -> None:
    first = item("a", "Every pound from the Lindqvist toll goes to repairing the causeway",
                 "Oskar Ferriby", "2031-05-02")  # fmt: skip
    later = item("b", "Not all of the Lindqvist toll goes to the causeway, and I should have been "
                 "clearer about that", "Oskar Ferriby", "2031-05-30", article="a2")  # fmt: skip
    assert kinds(first, later) == [("reversal", "a", "b")]


def test_clearer_or_more_careful_said_of_others_or_of_an_act_owns_up_to_nothing() -> None:
    assert owns_up("we should have been clearer about that")
    assert not owns_up("they should have been clearer about the toll")
    assert not owns_up("we should have been more careful with the tender")


_BLIGHTED = "Every one of these 80 trees is blighted"
_PATH = ("Their roots are lifting the path, and we have had nine falls in Ashgrove Orchard this "
         "year. All 80 trees have to come down.")  # fmt: skip
_WRONG = ("I was wrong to say the whole orchard was blighted. Most of the trees in Ashgrove "
          "Orchard are sound")  # fmt: skip


def test_the_words_named_as_wrong_choose_what_is_taken_back() -> None:
    # of two earlier statements on the orchard, the one that said what the owning up names
    blighted = item("a", _BLIGHTED, "Perpetua Vance", "2031-04-02")
    path = item("b", _PATH, "Perpetua Vance", "2031-04-02")
    later = item("c", _WRONG, "Perpetua Vance", "2031-05-14", article="a2")
    assert ("reversal", "a", "c") in kinds(blighted, path, later)
    assert ("reversal", "b", "c") not in kinds(blighted, path, later)


def test_words_named_that_no_earlier_statement_said_choose_by_shared_words() -> None:
    # "wrong to say otherwise" names nothing of its own: the statement sharing most words
    path = item("b", _PATH, "Perpetua Vance", "2031-04-02")
    later = item("c", "Most of the trees in Ashgrove Orchard are sound, and I was wrong to say "
                 "otherwise", "Perpetua Vance", "2031-05-14", article="a2")  # fmt: skip
    assert kinds(path, later) == [("reversal", "b", "c")]


def test_the_words_taken_back_run_past_a_title_and_a_decimal_point() -> None:
    text = "I was wrong to suggest Mr. Hale lied about the 3.5 million pounds. We apologise."
    assert taken_back(text) == "Mr. Hale lied about the 3.5 million pounds"
    assert (
        taken_back("I was wrong to say the weir was breached; it held.") == "the weir was breached"
    )
