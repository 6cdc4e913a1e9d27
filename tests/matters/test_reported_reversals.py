"""A speaker's earlier words, reported in the past perfect beside their new ones.

'"Ferries will sail straight past Kessock from June," Valcourt said. In March, she had told
the council that the Dunmore ferry would keep its Kessock stop.' No event joins the old and
the new words, but the writer has set them side by side: the speaker changed position. The
earlier side is the speaker's own statement in the earlier report that the old words echo.

Every sentence here is invented."""

from __future__ import annotations

from dataclasses import replace

from onrecord.matters.claims import Item

from .builders import item, kinds, placed

_SPEAKER = "Ingrid Valcourt"
_NEW = '"Ferries will sail straight past Kessock from June," Valcourt said on Tuesday.'
_OLD = "In March, she had told the council that the Dunmore ferry would keep its Kessock stop."


def _first() -> Item:
    """What the speaker said in March, in an earlier report."""
    return item("e", "The Dunmore ferry will keep its Kessock stop", _SPEAKER, "2031-03-04")


def _later(new: str, new_content: str, old: str, old_content: str, cue: str, *,
           speaker: str = _SPEAKER, old_date: str = "2031-03") -> list[Item]:  # fmt: skip
    """The new words, then the old ones, in one report of 1 April (article ``a2``)."""
    at = len(new) + 1
    n = placed("n", _SPEAKER, new, new_content, "said", 0, date="2031-04-01")
    o = placed("o", speaker, old, old_content, cue, at, date=old_date)
    return [Item.of(n, article="a2"), Item.of(o, article="a2")]


def _case(old: str = _OLD, old_content: str = "the Dunmore ferry would keep its Kessock stop",
          cue: str = "had told", **kw: str) -> list[tuple[str, str, str]]:  # fmt: skip
    new_content = "Ferries will sail straight past Kessock from June"
    return kinds(_first(), *_later(_NEW, new_content, old, old_content, cue, **kw))


def test_old_words_reported_beside_new_ones_are_a_reversal() -> None:
    assert _case() == [("reversal", "e", "n")]


def test_without_the_old_words_the_two_reports_stay_apart() -> None:
    new = placed("n", _SPEAKER, _NEW, "Ferries will sail straight past Kessock from June",
                 "said", 0, date="2031-04-01")  # fmt: skip
    assert kinds(_first(), Item.of(new, article="a2")) == []


def test_old_words_agreed_with_are_no_reversal() -> None:
    old = "As she had told the council in March, the Dunmore ferry would keep its Kessock stop."
    assert _case(old) == []
    old = "She had already told the council that the Dunmore ferry would keep its Kessock stop."
    assert _case(old, cue="had already told") == []


def test_another_speakers_old_words_are_no_reversal_of_hers() -> None:
    old = "In March, Orr had told the council that the Dunmore ferry would keep its Kessock stop."
    assert _case(old, speaker="Tobias Orr") == []


def test_old_words_with_a_condition_are_no_reversal() -> None:
    old = ("In March, she had told the council that the Dunmore ferry would keep its Kessock "
           "stop if the pier was repaired.")  # fmt: skip
    content = "the Dunmore ferry would keep its Kessock stop if the pier was repaired"
    assert _case(old, content) == []


def test_old_words_with_no_date_of_their_own_echoing_a_first_report_are_a_reversal() -> None:
    """The past perfect alone tells that the words came before; the first report they echo
    tells when."""
    old = "She had previously told the council that the Dunmore ferry would keep its Kessock stop."
    content = "the Dunmore ferry would keep its Kessock stop"
    n, o = _later(_NEW, "Ferries will sail straight past Kessock from June", old, content,
                  "had previously told")  # fmt: skip
    o = Item.of(replace(o.statement, date=None), article="a2", published="2031-04-01")
    assert kinds(_first(), n, o) == [("reversal", "e", "n")]
    assert kinds(n, o) == []  # nothing earlier they echo: the old words alone are not a side


def test_old_words_dated_in_the_report_s_own_days_are_no_reversal() -> None:
    old = "She had told the council that the Dunmore ferry would keep its Kessock stop."
    assert _case(old, old_date="2031-04-01") == []


def test_the_next_step_of_one_plan_is_no_reversal() -> None:
    first = item("e", "Our application to extend the Brackley quarry will be lodged in April",
                 "Colm Ashdown", "2031-03-04")  # fmt: skip
    new = '"The application to extend the Brackley quarry was lodged on Monday," Ashdown said.'
    old = "Last month he had said an application to extend the quarry would be lodged in April."
    at = len(new) + 1
    n = placed("n", "Colm Ashdown", new, "The application to extend the Brackley quarry was "
               "lodged on Monday", "said", 0, date="2031-04-01")  # fmt: skip
    o = placed("o", "Colm Ashdown", old, "an application to extend the quarry would be lodged "
               "in April", "had said", at, date="2031-03")  # fmt: skip
    assert kinds(first, Item.of(n, article="a2"), Item.of(o, article="a2")) == []


def test_old_words_on_another_question_sharing_only_a_time_are_no_reversal() -> None:
    first = item("e", "The Kessock pier will be repaired by June", _SPEAKER, "2031-03-04")
    old = "In March, she had told the council that the pier would be repaired by June."
    at = len(_NEW) + 1
    n = placed("n", _SPEAKER, _NEW, "Ferries will sail straight past Kessock from June",
               "said", 0, date="2031-04-01")  # fmt: skip
    o = placed("o", _SPEAKER, old, "the pier would be repaired by June", "had told", at,
               date="2031-03")  # fmt: skip
    assert kinds(first, Item.of(n, article="a2"), Item.of(o, article="a2")) == []


def test_two_reversals_no_matter_joins_are_two_reports() -> None:
    """One speaker's owned-up reversal and a reported one, neither on a matter, are not folded
    into one report: each is its own change of position."""
    missed = item("m", "Not one tonne of the Orlay catch leaves the island", _SPEAKER,
                  "2031-03-04")  # fmt: skip
    owned = item("w", "Some of the Orlay catch has been shipped to a market in Bergen, and I was "
                 "wrong to say otherwise", _SPEAKER, "2031-04-01", article="a2")  # fmt: skip
    new_content = "Ferries will sail straight past Kessock from June"
    later = _later(_NEW, new_content, _OLD, "the Dunmore ferry would keep its Kessock stop",
                   "had told")  # fmt: skip
    found = kinds(_first(), missed, owned, *later)
    assert found == [("reversal", "e", "n"), ("reversal", "m", "w")]
