"""Words read in another sense, and event nouns that another verb is about.

* "raised 22,000 pounds" is a fundraising, no rise; "raised the fee to 30 pounds" is one;
* "the crops are fine" is no penalty; "the club was fined" is one;
* "legal costs" is of the law, not lawful; "fishing is legal" is lawful;
* "lower than the market" compares two things; "lower than last year" is a fall;
* "would be the wrong decision" weighs a course, it tells no decision taken;
* "the ban will not end" keeps its negation on the ending, not the ban;
* "the fine for breaking the ban" describes an act on the ban, it asserts no ban.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters.stories import names_in

from .builders import events, item, kinds


def test_money_raised_is_no_rise() -> None:
    for text in (
        "The appeal has raised 18,000 pounds from parents towards the new roof",
        "Volunteers raised more than a million dollars",
        "The club raised money for the hospice",
    ):
        assert "rise" not in events(text), text


def test_a_price_raised_is_still_a_rise() -> None:
    for text in (
        "The council raised the parking fee to 30 pounds",
        "Dunwell raised its fares by 2 pounds",
        "The landlord raised the rent",
    ):
        assert events(text).get("rise") == 1, text


def test_fine_after_be_is_no_penalty() -> None:
    assert "fin" not in events("The sheep are fine, but the barley is ruined")
    assert "fin" not in events("Everything is perfectly fine at the depot")
    assert events("The haulier was fined by the council").get("fin") == 1
    assert events("Nobody has been fined yet").get("fin") == -1


def test_a_fine_crop_does_not_meet_a_fine_denied() -> None:
    a = item("a", "The sheep are fine", "Tomas Hendry", "2027-05-02")
    b = item("b", "The council has not fined anyone", "Alma Croft", "2027-05-02")
    assert kinds(a, b) == []


def test_legal_before_a_noun_is_of_the_law() -> None:
    assert "legal" not in events("The group has paid legal costs for two families")
    assert "legal" not in events("They will take legal action against the mill")
    assert events("Night fishing is legal on the Wend").get("legal") == 1
    assert events("Night fishing is not legal on the Wend").get("legal") == -1


def test_lower_than_another_thing_is_no_fall() -> None:
    for text in (
        "Prices at the market are lower than at the supermarket",
        "Our fares are already lower than Brightline's",
    ):
        assert "rise" not in events(text), text
        assert "rise-down" not in events(text), text


def test_lower_than_an_earlier_time_is_a_fall() -> None:
    for text in (
        "Fares are lower than last year",
        "Prices are lower than they were a year ago",
        "Rents are lower than in 2025",
    ):
        assert events(text).get("rise") == -1, text


def test_a_comparison_does_not_meet_a_denied_cut() -> None:
    a = item("a", "We have not cut the price of bread", "Imke Sorel", "2027-04-01")
    b = item("b", "Their bread prices are lower than Fennick's", "Ravi Osei", "2027-04-01")
    assert kinds(a, b) == []


def test_a_course_weighed_is_no_decision() -> None:
    assert "decid" not in events("Closing the library would be the wrong decision")
    assert "decid" not in events("Selling the pier would be a very bad decision")
    assert events("There will be a strike on 9 May").get("strik") == 1
    assert events("The board has made its decision").get("decid") == 1


def test_a_course_weighed_does_not_meet_no_decision() -> None:
    a = item("a", "No decision has been made about the library", "Ruth Anwell", "2027-03-01")
    b = item("b", "Closing the library would be the wrong decision", "Ruth Anwell", "2027-04-20")
    assert kinds(a, b) == []


def test_the_subject_of_an_ending_keeps_no_negation() -> None:
    assert "legal" not in events("The watering ban will not end this month")
    assert events("The watering ban will not end this month").get("end") == -1
    assert "legal" not in events("The watering ban imposed in June will end in October")
    assert events("There will be no watering ban this year").get("legal") == 1
    assert events("The council has banned watering").get("legal") == -1


def test_a_ban_that_will_not_end_does_not_reverse_a_ban_that_begins() -> None:
    a = item("a", "A watering ban will begin on Monday", "Keld Water", "2027-06-01")
    b = item("b", "The watering ban will not end this month", "Keld Water", "2027-07-20")
    assert kinds(a, b) == []


def test_the_object_of_a_gerund_in_a_phrase_is_not_asserted() -> None:
    assert "legal" not in events("The fine for breaking the ban is 500 pounds")
    assert "open" not in events("Two men were fined for ignoring the closure")
    assert events("The fine for breaking the ban is 500 pounds").get("break") == 1


def test_a_fine_for_breaking_a_ban_does_not_meet_no_ban() -> None:
    a = item("a", "Most towns have no ban at all", "Ada Pell", "2027-07-02")
    b = item("b", "The fine for breaking the ban is 500 pounds", "Keld Water", "2027-07-02")
    assert kinds(a, b) == []


def test_two_borough_councils_make_no_story() -> None:
    a = names_in("Cllr Ada Rume, the leader of Morwick Borough Council, said no.")
    b = names_in("Cllr Ivo Tarn, who chairs Bexcombe Borough Council's committee, said yes.")
    assert not a & b
    assert "morwick" in a
