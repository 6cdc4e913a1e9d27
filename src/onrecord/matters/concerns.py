"""Concerns raised: "no pilot had raised a safety concern", "pilots had filed 14 safety
reports" and "the airline had received safety reports from its pilots" tell one act, a
concern reported, as "had reported the fault" does (:mod:`.contact`).

A verb of raising, filing or receiving with a noun of concern or complaint for its object
("raised no concerns", "raised questions", "lodged a complaint", "filed two reports",
"received complaints") is
keyed ``report``, the key of "reported" as an act. "Raised" there is no rise ("keepers raised
no concerns" says nothing of an increase). So is a matter raised with someone, whatever it is
("raised the leaks with the manager", "raised them in person"): a thing put to a person, no
rise (:func:`_brought_up`).
"""

from __future__ import annotations

from . import lexicon as lx

REPORT = lx.stem("reported")
_RAISE = frozenset({"raise", "raises", "raised", "raising"})
_FILE = frozenset({"file", "files", "filed", "filing", "lodge", "lodges", "lodged",
                   "lodging", "submit", "submits", "submitted", "submitting"})  # fmt: skip
_RECEIVE = frozenset({"receive", "receives", "received", "receiving"})
# what is raised as a report: a concern, a complaint, an alarm
_RAISED = frozenset({"concern", "concerns", "complaint", "complaints", "objection",
                     "objections", "alarm", "grievance", "grievances"})  # fmt: skip
# what else is raised, and never risen: a question, an issue, a doubt ("residents raised
# questions about the plan", "raised the issue of fees"); none of them is filed as a report
_RAISED_ONLY = frozenset({"question", "questions", "issue", "issues", "matter", "point",
                          "points", "fears", "doubts", "worries", "query", "queries"})  # fmt: skip
# what is filed or received as one: those, and reports
_FILED = _RAISED - {"alarm", "objection", "objections"} | {"report", "reports"}
# words between the verb and its noun: a determiner, a count, a kind ("a safety concern")
_OPENERS = frozenset({"a", "an", "no", "any", "some", "several", "many", "repeated",
                      "formal", "written", "serious", "two", "three", "four", "five",
                      "numerous", "multiple", "further", "more", "the", "its", "their",
                      "his", "her", "our", "these", "those", "new", "fresh", "similar",
                      "strong", "grave"})  # fmt: skip
_WINDOW = 4


def raised_concern(toks: list[str], low: list[str], i: int) -> int:
    """Where the noun of the concern that the verb at ``i`` raises, files or receives stands
    ("had raised a safety concern" -> "concern"), or -1."""
    w = low[i]
    if w in _RAISE and (brought := _brought_up(toks, low, i)) >= 0:
        return brought  # "raised the falls with the manager": a concern, whatever its noun
    if w in _RAISE:
        nouns = _RAISED | _RAISED_ONLY
    elif w in _FILE or w in _RECEIVE:
        nouns = _FILED
    else:
        return -1
    for k in range(i + 1, min(len(low), i + 1 + _WINDOW)):
        if low[k] in nouns:
            return k
        if low[k] in _OPENERS or low[k][:1].isdigit():
            continue
        if low[k].isalpha() and low[k] not in lx.STOPWORDS and not toks[k][:1].isupper():
            continue  # a noun of the kind: "a safety concern", "14 maintenance reports"
        return -1
    return -1


def raises_concern(toks: list[str], low: list[str], i: int) -> bool:
    """Whether the verb at ``i`` is "raise" with a concern for its object (no rise)."""
    return low[i] in _RAISE and raised_concern(toks, low, i) >= 0


def concern_nouns(toks: list[str], low: list[str]) -> frozenset[int]:
    """Where the nouns of concerns raised, filed or received stand: "had filed 14 safety
    reports" quotes no report, it tells the filing."""
    return frozenset(raised_concern(toks, low, i) for i in range(len(low))) - {-1}


# the people a matter is raised with: a pronoun, a title before a name, or a body or post
_WHOM = frozenset({"him", "her", "them", "us", "me", "you"})
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "cllr", "councillor", "sir", "lord",
                     "lady", "minister", "professor"})  # fmt: skip
_BODIES = frozenset({"council", "manager", "managers", "management", "owner", "owners",
                     "board", "company", "director", "directors", "staff", "minister",
                     "inspectors", "regulator", "police", "head", "headteacher", "landlord",
                     "school", "hospital", "trust", "department", "ministry", "mayor"})  # fmt: skip
_THE = frozenset({"the", "its", "our", "their", "his", "her", "my", "your"})
# an object brought up: a few words, none of them a figure ("raised the falls", "raised it")
_OBJECT_WORDS = 4


def _brought_up(toks: list[str], low: list[str], i: int) -> int:
    """Where the last word of the object stands when "raise" at ``i`` brings a matter up
    with someone ("raised the falls with Mr Okoro", "raised it with the manager", "raised
    them in person"): a concern put to a person, no rise, whatever is raised. A figure in
    the object ("raised fares by 5 percent with ...") or a sum raised is a rise or a
    fundraising, and "with" before no person ("raised fees with immediate effect") is none."""
    j = i + 1
    while j < len(low) and j <= i + _OBJECT_WORDS and low[j] not in ("with", "in"):
        if not low[j].isalpha() or lx.stem(low[j]) in _AMOUNTS:
            return -1
        j += 1
    if j == i + 1 or j >= len(low) - 1:
        return -1
    if low[j] == "in":
        return j - 1 if low[j + 1] == "person" else -1
    nxt = low[j + 1]
    if nxt in _WHOM or nxt in _TITLES or toks[j + 1][:1].isupper():
        return j - 1
    if nxt in _THE and j + 2 < len(low) and low[j + 2] in _BODIES:
        return j - 1 if low[j + 3 : j + 4] not in (["'s"], ["’s"]) else -1
    return -1


# amounts a rise is of ("raised fares with ...", "raised the rent with ...")
_AMOUNTS = frozenset(lx.stem(w) for w in (
    "fare", "price", "rate", "tax", "fee", "cost", "rent", "wage", "salary", "pay", "limit",
    "pension", "tariff", "charge", "premium", "bill", "threshold", "money", "funds", "cash",
    "pounds", "dollars", "euros", "million", "billion", "thousand", "percent", "cent",
))  # fmt: skip
