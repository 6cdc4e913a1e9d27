"""A headline's question, and what the headline says around it.

A question in a headline keeps the outlet's distance from the claim ("Did the mayor resign?"),
but not every question mark asks the outlet's own question:

- a question the headline goes on to answer ("Did the mayor resign? Probably not", "Mayor
  resigns? No, says the council", "The old ferry letter? It's real") is answered by its
  answer, which the reader takes as the outlet's word;
- a question the headline reports ("Patient wakes up and asks doctors: How's it going?") is
  someone's words, quoted, and says nothing of the outlet's doubt.

Used by :func:`onrecord.matters.reports.stance_toward_claim`.
"""

from __future__ import annotations

from .stance import Stance
from .words import tokens

# words that open a plain answer of no: "No", "Nope", "Not so fast", "Probably not"
_NO = frozenset({"no", "nope", "not", "nah", "wrong", "false"})
_YES = frozenset({"yes", "yep", "yup", "true", "confirmed"})
# adverbs that may come before the answer: "Probably not", "Sadly, no", "Almost certainly not"
_ANSWER_ADVERBS = frozenset({
    "probably", "likely", "most", "almost", "certainly", "apparently", "sadly", "alas",
    "actually", "definitely", "short", "answer", "the", "in", "well", "so", "still", "nope",
})  # fmt: skip
# a short affirmation of the thing asked about ("It's real") or of the question ("It's true")
_AFFIRMED = frozenset({"real", "true", "legit", "genuine", "authentic"})
_ASKING = frozenset({"asks", "asked", "asking", "ask", "wonders", "wondering", "wondered"})
# the words that open a quoted question: "asks doctors how it is going", "asked: is it real"
_QUESTION_WORDS = frozenset({
    "how", "what", "why", "who", "where", "when", "which", "is", "are", "was", "were", "do",
    "does", "did", "can", "could", "will", "would", "should", "have", "has",
})  # fmt: skip
_PUNCT = frozenset({":", ",", ".", "-", "\u2013", "\u2014", "!", "...", "'", '"'})


def answer_after_question(text: str) -> str:
    """The words after a headline's last question mark, when they make an answer of their
    own ("Did the mayor resign? Probably not" gives "Probably not"); "" when the headline
    ends with its question or there is nothing after it but punctuation."""
    toks = tokens(text)
    last = max((i for i, t in enumerate(toks) if t == "?"), default=-1)
    if last < 0:
        return ""
    rest = toks[last + 1 :]
    while rest and rest[0] in _PUNCT:
        rest = rest[1:]
    return " ".join(rest) if any(t.isalpha() for t in rest) else ""


def plain_answer(answer: str, doubting: bool = False) -> Stance | None:
    """The stance toward the claim of a short plain answer to the headline's question: "No",
    "Probably not", "No, says the council", "Not so fast" are no; "Yes", "It's real",
    "They're genuine" are yes. When the question ``doubting`` names a refutation ("Was the
    photo a hoax?"), a yes or no answers the refutation, so it flips; "It's real" does not.
    ``None`` when the answer is a sentence of its own ("No one was hurt", "Not one student
    was found"), which says nothing of the question."""
    low = [t.lower() for t in tokens(answer)]
    k = 0
    while k + 1 < len(low) and (low[k] in _ANSWER_ADVERBS or low[k] in _PUNCT):
        k += 1
    if k == len(low):
        return None
    word, after = low[k], low[k + 1 : k + 2]
    alone = not after or after[0] in _PUNCT  # "No, says ...", "Probably not"
    short = len(low) - k <= 3  # "Not so fast", "Not quite"
    if (word in _NO and (alone or (word == "not" and short))) or (word in _YES and alone):
        said_no = (word in _NO) != doubting
        return Stance("no" if said_no else "yes", 1.0, ("?", word))
    words = [w for w in low if w not in _PUNCT]
    if len(words) <= 4 and words[-1] in _AFFIRMED and not {"not", "n't", "no"} & set(words):
        # "It's true" answers the question, so a doubting one flips; "It's real" the thing
        said_no = words[-1] == "true" and doubting
        return Stance("no" if said_no else "yes", 1.0, ("?", words[-1]))
    return None


def reported_question(low: list[str]) -> bool:
    """Whether every question mark of the lower-cased headline ``low`` closes a question the
    headline reports: a question word soon after a verb of asking in its own sentence ("and
    asks doctors How's it going?"), not a question of the outlet's that asks about asking
    ("Has the mayor asked for a recount?")."""
    marks = [i for i, t in enumerate(low) if t == "?"]
    start = 0
    for i in marks:
        asked = [k for k in range(start, i) if low[k] in _ASKING]
        if not any(set(low[k + 1 : k + 4]) & _QUESTION_WORDS for k in asked):
            return False
        start = i + 1
    return bool(marks)
