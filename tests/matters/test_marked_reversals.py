"""A speaker's change of position that the later article marks in its own words.

"The parish council will not put a penny towards keeping the boathouse open," in March; in
April, "weeks after promising it would not pay", "the parish council has agreed to pay 5,000
pounds a year towards the boathouse's repairs". No event joins the two ("put" and "pay"), but
they share what they are about and the writer says the speaker moved.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import analyze_items
from onrecord.matters.claims import Item

from .builders import placed

_SPEAKER = "Ottoline Granger"
_OLD = (
    '"The parish council will not put a penny towards keeping the Pellingford boathouse open,"'
    " said Ottoline Granger, its chair."
)
_OLD_CONTENT = (
    "The parish council will not put a penny towards keeping the Pellingford boathouse open"
)
_NEW = (
    "Granger said the parish council has agreed to pay 5,000 pounds a year towards the"
    " Pellingford boathouse's repairs."
)
_NEW_CONTENT = (
    "the parish council has agreed to pay 5,000 pounds a year towards the Pellingford"
    " boathouse's repairs"
)
_MARK = "The Pellingford rowing club has its boathouse back, weeks after promising it would close."


def _article(key: str, date: str, *paragraphs: tuple[str, str, str, str | None]) -> tuple[
    list[Item], str
]:  # fmt: skip
    """The statements of one article (``key``, said on ``date``) and its text: each
    paragraph is (speaker, sentence, content, cue); speaker "" for a paragraph of no
    statement."""
    items, body = [], ""
    for speaker, sentence, content, cue in paragraphs:
        if speaker:
            st = placed(f"{key}{len(body)}", speaker, sentence, content, cue, len(body),
                        date=date)  # fmt: skip
            items.append(Item.of(st, article=key))
        body += sentence + "\n\n"
    return items, "Pellingford news\n" + body


def _reversals(old: tuple[str, str, str | None], *new: tuple[str, str, str, str | None],
               speaker: str = _SPEAKER) -> list[tuple[str, str, str]]:  # fmt: skip
    """The reversals found between an article of 2 March and one of 20 April."""
    first, t1 = _article("a", "2031-03-02", (speaker, *old))
    later, t2 = _article("b", "2031-04-20", *new)
    found = analyze_items([*first, *later], texts={"a": t1, "b": t2})[1]
    return sorted((c.kind, c.a.statement, c.b.statement) for c in found if c.kind == "reversal")


def _old() -> tuple[str, str, str | None]:
    return (_OLD, _OLD_CONTENT, "said")


def test_a_change_the_article_marks_is_a_reversal() -> None:
    found = _reversals(_old(), ("", _MARK, "", None), (_SPEAKER, _NEW, _NEW_CONTENT, "said"))
    assert found == [("reversal", "a0", f"b{len(_MARK) + 2}")]


def test_the_mark_may_follow_the_new_words() -> None:
    after = "Granger said the council had not seen the surveyor's report when she spoke in March."
    found = _reversals(_old(), (_SPEAKER, _NEW, _NEW_CONTENT, "said"), ("", after, "", None))
    assert found == [("reversal", "a0", "b0")]


def test_without_a_mark_the_two_reports_stay_apart() -> None:
    plain = "The Pellingford rowing club will keep its boathouse."
    found = _reversals(_old(), ("", plain, "", None), (_SPEAKER, _NEW, _NEW_CONTENT, "said"))
    assert found == []


def test_another_speakers_new_words_are_no_reversal() -> None:
    new = _NEW.replace("Granger", "Hollis")
    found = _reversals(_old(), ("", _MARK, "", None), ("Amos Hollis", new, _NEW_CONTENT, "said"))
    assert found == []


def test_the_next_step_of_a_plan_is_no_reversal() -> None:
    old = ('"Parish officers will inspect every boathouse at Pellingford this week," said'
           " Ottoline Granger.", "Parish officers will inspect every boathouse at Pellingford"
           " this week", "said")  # fmt: skip
    new = (
        "Granger said parish officers had inspected every boathouse at Pellingford and"
        " found no damage."
    )
    content = "parish officers had inspected every boathouse at Pellingford and found no damage"
    assert _reversals(old, ("", _MARK, "", None), (_SPEAKER, new, content, "said")) == []


def test_a_hedge_or_a_condition_is_no_position_to_change() -> None:
    for content in (
        "the parish council might pay 5,000 pounds a year towards the Pellingford"
        " boathouse's repairs",
        "if the grant comes, the parish council will pay 5,000 pounds a year towards the"
        " Pellingford boathouse's repairs",
    ):
        new = f"Granger said {content}."
        assert _reversals(_old(), ("", _MARK, "", None), (_SPEAKER, new, content, "said")) == []


def test_a_deferral_is_no_denial() -> None:
    old = ('"The Pellingford boathouse will not reopen to rowers before June," said Ottoline'
           " Granger.", "The Pellingford boathouse will not reopen to rowers before June",
           "said")  # fmt: skip
    content = "the Pellingford boathouse is taking rowers again from June"
    new = f"Granger said {content}."
    assert _reversals(old, ("", _MARK, "", None), (_SPEAKER, new, content, "said")) == []


def test_a_denial_of_something_else_is_no_reversal() -> None:
    old = ('"Members paid the Pellingford boathouse fees in full and have heard nothing about'
           ' getting the money back," said Ottoline Granger.', "Members paid the Pellingford"
           " boathouse fees in full and have heard nothing about getting the money back",
           "said")  # fmt: skip
    content = "the settlement pays back every member's Pellingford boathouse fees in full"
    new = f"Granger said {content}."
    assert _reversals(old, ("", _MARK, "", None), (_SPEAKER, new, content, "said")) == []


def test_not_yet_then_done_is_the_next_step() -> None:
    old = ('"The parish council has not yet voted on the Pellingford boathouse lease," said'
           " Ottoline Granger.", "The parish council has not yet voted on the Pellingford"
           " boathouse lease", "said")  # fmt: skip
    content = "the parish council voted on Monday to renew the Pellingford boathouse lease"
    new = f"Granger said {content}."
    assert _reversals(old, ("", _MARK, "", None), (_SPEAKER, new, content, "said")) == []
