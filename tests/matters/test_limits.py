"""A level against a limit: "went over the legal limit" and "has been within the limit" answer
one question, whether the level was above it (:mod:`onrecord.matters.limits`).

Every sentence here is invented."""

from __future__ import annotations

from .builders import events, item, kinds


def test_over_a_limit_is_above_it() -> None:
    assert events("The blast at Orrel Pit went over the noise limit") == {"above": 1}
    assert events("The readings at Orrel Pit were over the legal limit in May") == {"above": 1}
    assert events("Our meter logged four blasts over the limit since June")["above"] == 1


def test_within_a_limit_is_not_above_it() -> None:
    assert events("Every blast at Orrel Pit has been within the legal noise limit") == {"above": -1}
    assert events("The dust at Orrel Pit is well within the design limit") == {"above": -1}
    assert events("The readings at Orrel were under the limit all year") == {"above": -1}


def test_negators_flip_the_level() -> None:
    assert events("The blast at Orrel Pit did not go over the noise limit") == {"above": -1}
    assert events("Not one reading at Orrel has been within the limit")["above"] == 1


def test_a_limit_in_other_roles_names_no_level() -> None:
    assert events("The speed at Orrel was over the limit")["above"] == 1
    # a dispute over a limit, and a clause opened by "under" (according to it)
    assert "above" not in events("There was a long row over the speed limit at Orrel")
    assert "above" not in events("Under the new limit, drivers at Orrel will pay more")
    # "within" a time is no limit
    assert "above" not in events("The council replied within two days")


def test_a_limit_broken_meets_a_limit_kept() -> None:
    broken = item("s1", "The blast on 9 May went over the noise limit at Orrel Pit",
                  "Tamsin Vell", "2033-05-20")  # fmt: skip
    kept = item("s2", "Every blast at Orrel Pit has been within the noise limit",
                "Jory Penmarth", "2033-05-20")  # fmt: skip
    assert kinds(broken, kept) == [("contradiction", "s1", "s2")]


def test_two_limits_kept_are_no_contradiction() -> None:
    kept = item("s1", "Every blast at Orrel Pit has been within the noise limit", "Jory Penmarth",
                "2033-05-20")  # fmt: skip
    below = item("s2", "The blasts at Orrel Pit were below the noise limit", "Tamsin Vell",
                 "2033-05-20")  # fmt: skip
    assert events("Every blast at Orrel Pit has been within the noise limit") == {"above": -1}
    assert kinds(kept, below) == []
