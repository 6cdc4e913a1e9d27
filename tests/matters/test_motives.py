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
