"""What a thing is said to be about ("this is about money", "not about money", "has nothing to
do with money"): a motive, read as an event of its own so that two speakers who argue over it
meet in one matter.

Every sentence here is invented."""

from __future__ import annotations

from .builders import events, item, kinds


def test_be_about_names_a_motive_and_its_denials() -> None:
    assert events("The Fenmoor depot closure is about money") == {"open": -1, "about-money": 1}
    assert events("This was never about money") == {"about-money": -1}
    assert events("The strike is not about pay") == {"about-pay": -1}
    assert events("This is all about the new car park") == {"about-park": 1}
    # "about" + a gerund: the thing the act is done to
    assert events("This is about saving money on supply teachers") == {"about-money": 1}
    # the contrast after a comma, a clause of its own
    assert events("This is about carbon, not about money") == {
        "about-carbon": 1,
        "about-money": -1,
    }
    assert events("This has nothing to do with money") == {"about-money": -1}


def test_about_that_names_no_motive() -> None:
    assert "about-clos" not in events("The mill is about to close")
    assert not any(k.startswith("about-") for k in events("The depot is about 40 miles away"))
    assert not any(k.startswith("about-") for k in events("We talked about money at the meeting"))
    assert not any(k.startswith("about-") for k in events("It is about time the council acted"))
    assert not any(k.startswith("about-") for k in events("There is nothing to do with it"))


def test_a_negated_motive_does_not_deny_the_subject() -> None:
    # the closure is not denied: only what it is about
    assert events("The Fenmoor depot closure is not about money") == {
        "open": -1,
        "about-money": -1,
    }


def test_two_speakers_who_argue_over_a_motive() -> None:
    union = item("s1", "The closure of Fenmoor library is about money", "Ada Quell", "2031-05-02")
    council = item("s2", "The closure of Fenmoor library is not about money, it is about safety",
                   "Bo Trantor", "2031-05-02")  # fmt: skip
    denied = item("s3", "The closure of Fenmoor library has nothing to do with money",
                  "Cy Ormsby", "2031-05-02")  # fmt: skip
    assert kinds(union, council) == [("contradiction", "s1", "s2")]
    assert kinds(union, denied) == [("contradiction", "s1", "s3")]


def test_two_motives_that_differ_are_no_contradiction() -> None:
    safety = item("s1", "The Fenmoor depot closure is about safety", "Ada Quell", "2031-05-02")
    money = item("s2", "The Fenmoor depot closure is not about money", "Bo Trantor", "2031-05-02")
    distance = item("s3", "The Fenmoor depot is about 40 miles from Harle", "Cy Ormsby",
                    "2031-05-02")  # fmt: skip
    union = item("s4", "The Fenmoor depot closure is about money", "Di Vell", "2031-05-02")
    assert kinds(safety, money) == []
    assert kinds(union, distance) == []


def _motives(text: str) -> dict[str, int]:
    return {k: v for k, v in events(text).items() if k.startswith("about-")}


def test_about_an_amount_names_no_motive() -> None:
    # an amount or a comparison of amounts after "about", not what a thing is about
    for text in (
        "The Fenmoor depot is about a mile from Harle",
        "The delay to the Fenmoor bypass is about a week",
        "The wait at Fenmoor clinic was about an hour",
        "The Fenmoor cut is about a third of the budget",
        "The Fenmoor cut is about half the budget",
        "The Fenmoor rent is about the same as last year",
        "Turnout in Fenmoor was about average",
        "The Fenmoor site is about the size of a football pitch",
        "The Fenmoor closure is not about a week late",
    ):
        assert _motives(text) == {}, text
    # a determiner before the noun leaves a motive ("about the hours", "about a pay rise")
    assert _motives("The Fenmoor strike is about the hours") == {"about-hour": 1}
    assert _motives("The Fenmoor strike is about a pay rise") == {"about-ris": 1}


def test_a_thing_told_about_a_topic_has_no_motive() -> None:
    for text in (
        "The Fenmoor meeting is about the budget",
        "The report on the Fenmoor closure is about money",
        "The new book is about money",
        "The talks with the Fenmoor union are not about pay",
    ):
        assert _motives(text) == {}, text
    # a report verb before the subject is no topic: "the report says [the closure] is ..."
    assert _motives("The report says the Fenmoor closure is about money") == {"about-money": 1}


def test_a_meeting_about_a_topic_meets_no_motive_denied() -> None:
    meeting = item("s1", "The Fenmoor meeting is about the budget", "Ada Quell", "2031-05-02")
    denied = item("s2", "The Fenmoor depot closure is not about the budget", "Bo Trantor",
                  "2031-05-02")  # fmt: skip
    assert kinds(meeting, denied) == []


def test_a_not_in_be_about_does_not_deny_the_subject() -> None:
    # no motive read here (a number, a scare quote), yet the closure is not denied either
    assert events("The Fenmoor depot closure is not about the 40 jobs") == {"open": -1}
    assert events("The Fenmoor depot closure is not about ‘safety’") == {"open": -1}
    assert events("The Fenmoor mill is not about to close") == {"open": 1}  # the closure denied
    jobs = item("s1", "The Fenmoor depot closure is not about the 40 jobs", "Ada Quell",
                "2031-05-02")  # fmt: skip
    close = item("s2", "The Fenmoor depot will close in May", "Bo Trantor", "2031-05-02")
    assert kinds(jobs, close) == []


def test_quote_marks_are_passed_over_and_quoted_words_name_no_motive() -> None:
    assert events('The Fenmoor depot closure is not about "safety"') == {
        "open": -1,
        "about-safety": -1,
    }
    # words in single quotes are masked: no shared key for every quoted motive
    money = item("s1", "The Fenmoor depot closure is about ‘money’", "Ada Quell", "2031-05-02")
    safety = item("s2", "The Fenmoor depot closure is not about ‘safety’", "Bo Trantor",
                  "2031-05-02")  # fmt: skip
    assert kinds(money, safety) == []


def test_not_just_about_grants_the_motive_in_part() -> None:
    for text in (
        "The Fenmoor depot closure is not just about money",
        "The Fenmoor depot closure isn't only about money",
        "The Fenmoor depot closure is not simply about money",
        "It was never purely about money",
    ):
        assert _motives(text) == {}, text
    assert _motives("It is not really about money") == {"about-money": -1}
    union = item("s1", "The Fenmoor depot closure is about money", "Ada Quell", "2031-05-02")
    board = item("s2", "The Fenmoor depot closure is not just about money", "Bo Trantor",
                 "2031-05-02")  # fmt: skip
    assert kinds(union, board) == []
