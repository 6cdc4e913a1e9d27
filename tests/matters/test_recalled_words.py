"""A change of position told by recalling the old words in the writer's own sentence.

In September: "The whole towpath will be closed by Easter," said Ambrose Quill. In October:
"The towpath between the lock and Mill Bridge will stay open," Quill said. Last month Quill
told the Gazette that the whole towpath would be closed by Easter. The recalled words are no
statement; they name the earlier one, and the writer sets it against the new.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import analyze_items
from onrecord.matters.claims import Item

from .builders import placed

_SPEAKER = "Ambrose Quill"
_OLD = '"The whole Fenholt towpath will be closed by Easter," said Ambrose Quill.'
_OLD_CONTENT = "The whole Fenholt towpath will be closed by Easter"
_NEW = '"The Fenholt path between the lock and Mill Bridge will stay," Quill said.'
_NEW_CONTENT = "The Fenholt path between the lock and Mill Bridge will stay"
_RECALL = (
    "Last month Quill told the Gazette that the whole Fenholt towpath would be closed by Easter."
)


def _reversals(
    *later: str,
    old: str = _OLD,
    old_content: str = _OLD_CONTENT,
    new: str = _NEW,
    new_content: str = _NEW_CONTENT,
) -> list[str]:
    """The reversals between a report of 10 September (``old``) and one of 8 October whose
    paragraphs are ``later`` (``new`` among them is the speaker's statement)."""
    first = Item.of(placed("a", _SPEAKER, old, old_content, "said", 0, date="2031-09-10"),
                    article="a")  # fmt: skip
    items, body = [first], ""
    for paragraph in later:
        if paragraph == new:
            st = placed("b", _SPEAKER, new, new_content, "said", len(body), date="2031-10-08")
            items.append(Item.of(st, article="b"))
        body += paragraph + "\n\n"
    texts = {"a": "Fenholt news\n" + old + "\n", "b": "Fenholt news\n" + body}
    found = analyze_items(items, texts=texts)[1]
    return sorted(f"{c.a.statement}-{c.b.statement}" for c in found if c.kind == "reversal")


def test_old_words_recalled_beside_the_new_are_a_reversal() -> None:
    assert _reversals(_NEW, _RECALL) == ["a-b"]


def test_recalled_in_a_relative_clause() -> None:
    recall = ("The plan was put by Quill, who last month told walkers that the whole Fenholt"
              " towpath would be closed by Easter.")  # fmt: skip
    assert _reversals(recall, _NEW) == ["a-b"]


def test_without_the_recalled_words_the_reports_stay_apart() -> None:
    assert _reversals(_NEW, "Walkers welcomed the news on Tuesday.") == []


def test_a_time_inside_another_phrase_recalls_nothing() -> None:
    shift = ("In a shift from its position last month, the trust said the whole Fenholt"
             " towpath would be closed by Easter.")  # fmt: skip
    assert _reversals(_NEW, shift) == []


def test_recalled_words_no_earlier_statement_echoes_are_no_reversal() -> None:
    recall = "Last month Quill told the Gazette that the ferry fares would rise."
    assert _reversals(_NEW, recall) == []


def test_a_promise_kept_is_no_reversal() -> None:
    old = '"The Fenholt towpath will be resurfaced by Easter," said Ambrose Quill.'
    content = "The Fenholt towpath will be resurfaced by Easter"
    recall = "Last month Quill told the Gazette that the Fenholt towpath would be resurfaced."
    kept = '"The Fenholt towpath was resurfaced on Monday," Quill said.'
    done = "The Fenholt towpath was resurfaced on Monday"
    assert _reversals(kept, recall, old=old, old_content=content, new=kept, new_content=done) == []
