"""What a notice was of: "the mayor was told <about the flooding>", "did not know <of the
leak>", "were given notice <of the closure>".

A notice (the key :data:`.notice.NOTIFY`) has two things in it: who had it (the theme of
:mod:`.themes`, "notified <all users>") and what it was of. Two statements that each name
what the notice was of, and name different things ("did not know about the leak" / "was told
about the budget cuts"), answer two questions, whoever had it. One that names nothing ("nobody
told the mayor") compares with anything.
"""

from __future__ import annotations

from . import lexicon as lx
from .themes import NP_END, content_words
from .words import tokens, word_at

# words that end the stretch after the verb where "about" / "of" may open the topic
_STOPS = frozenset({",", ";", ".", ":", "that", "and", "but", "because", "until", "before",
                    "when", "after", "if", "while"})  # fmt: skip
_WINDOW = 5  # "told the head teacher about": the one told, then what of


def notice_topic(clause: str, word: str) -> frozenset[str]:
    """Stemmed content words of what the notice named by ``word`` in ``clause`` was of; empty
    when none is named there. "About" is preferred over "of", which may belong to the one
    told ("told the head of the school about the fire")."""
    toks = tokens(clause)
    low = [t.lower() for t in toks]
    at = word_at(toks, low, word)
    if at is None:
        return frozenset()
    span: list[int] = []
    for k in range(at + 1, min(len(low), at + 1 + _WINDOW)):
        if low[k] in _STOPS:
            break
        span.append(k)
    prep = next((k for k in span if low[k] == "about"), None)
    if prep is None:
        prep = next((k for k in span if low[k] == "of"), None)
    if prep is None:
        return frozenset()
    start = prep + 1
    end = next((j for j in range(start, len(low)) if low[j] in NP_END
                or not (low[j][:1].isalnum() or low[j] in ("'", "'s"))), len(low))  # fmt: skip
    return content_words(toks[start:end], low[start:end], start)


# general nouns that may name any particular thing ("did not know about the fault" / "told
# us about the broken machine"): a notice of one of these compares with any other
_GENERAL = frozenset(lx.THEME_STEMS.get(lx.stem(w), lx.stem(w)) for w in (
    "problem", "problems", "issue", "issues", "fault", "faults", "matter", "situation",
    "incident", "concern", "concerns", "risk", "risks", "defect", "failure", "danger", "plan",
    "plans", "change", "changes", "decision", "thing", "things", "case", "trouble", "error",
    "mistake", "breach", "details", "news", "allegations", "complaints", "reports",
))  # fmt: skip


def topics_apart(clause_a: str, word_a: str, clause_b: str, word_b: str) -> bool:
    """Whether two notices each name what they were of, and name different particular things
    (a general noun, "the fault", "the problem", may be the other's particular thing)."""
    a = notice_topic(clause_a, word_a)
    b = notice_topic(clause_b, word_b)
    if not a or not b or a & _GENERAL or b & _GENERAL:
        return False
    return not a & b
