"""Words that share a concept's spelling but not its sense in the clause.

* "raise" with a sum of money for its object is a fundraising, no rise: "the campaign has
  raised 22,000 pounds from residents" says nothing of an increase ("raised the fee to 30
  pounds" still is one: its object is the fee);
* "fine" after a form of "be" is the adjective ("the crops are fine"), no penalty;
* "legal" before a noun says what the noun pertains to ("legal costs", "legal action"), not
  that something is lawful ("fishing is legal"); so "real", "true", "genuine" before a noun
  ("a real increase", "the true cost") qualify the noun, they do not call a claim true ("the
  threat is real" still does);
* "lower than" something other than a time compares two things ("prices at the market are
  lower than at the supermarket"), it tells no fall ("lower than last year" still does);
* "back onto" a place tells where a thing lies ("the yard backs onto the park"), no support;
* an event noun that is the predicate of a modal "be", "would be the wrong decision", weighs
  a course of action; it does not say the decision was taken.

Each reading is asked by :func:`other_sense` from :func:`.senses.concept_sense`.
"""

from __future__ import annotations

from . import lexicon as lx

_BACK = frozenset({"back", "backs", "backed", "backing"})
_RAISE = frozenset({"raise", "raises", "raised", "raising"})
_MONEY_NOUNS = frozenset({"pounds", "dollars", "euros", "money", "funds", "cash", "£", "$",
                          "€"})  # fmt: skip
# words between "raised" and the money: a determiner, a figure, a scale word
_BEFORE_MONEY = frozenset({"a", "an", "the", "some", "more", "than", "over", "almost",
                           "nearly", "about", "around", "million", "billion", "thousand",
                           "enough", "much", "little", "extra", "another", "further",
                           "additional", "roughly", "just", "under", "record",
                           # "raised most of their own money", "half of its funds"
                           "most", "half", "all", "part", "of", "their", "its", "our", "his",
                           "her", "my", "your", "own"})  # fmt: skip
_LIKE_BE = lx.BE_FORMS | {"'re", "'m", "seem", "seems", "seemed", "look", "looks",
                          "looked", "feel", "feels", "felt"}  # fmt: skip
# verbs that make their subject what the adjective after them says ("became legal")
_BECOME = frozenset({"become", "becomes", "became", "becoming", "remain", "remains",
                     "remained", "stay", "stays", "stayed", "made", "make", "makes",
                     "declared", "ruled"})  # fmt: skip
# adjectives of a state that, before a noun, only qualify it ("legal costs", "a real rise")
_ATTRIBUTIVE = frozenset({"legal", "real", "true", "genuine", "authentic"})
# pronouns whose "'s" is "is", never a possessive ("that's fine", "it's fine")
_PRONOUN_IS = frozenset({"that", "it", "everything", "he", "she", "there", "what",
                         "all"})  # fmt: skip
# degree words between "be" and an adjective ("are all fine", "is perfectly fine")
_DEGREE = frozenset({"all", "perfectly", "absolutely", "quite", "fairly", "still", "now",
                     "both", "completely", "totally", "really", "just", "also"})  # fmt: skip
# what "lower than" may be compared with and still tell a fall: an earlier time or a plan
_THEN = frozenset({"last", "before", "previously", "earlier", "expected", "forecast",
                   "planned", "ever", "usual", "once", "originally", "now", "today",
                   "currently", "current", "present", "since"})  # fmt: skip
_TIME_NOUNS = frozenset({"year", "years", "month", "months", "week", "weeks", "ago",
                         "before", "was", "were", "had", "used"})  # fmt: skip
# judgments of a course of action ("the wrong decision", "a very bad idea")
_JUDGMENTS = frozenset({"right", "wrong", "best", "worst", "correct", "bad", "good",
                        "terrible", "sensible", "mistaken", "foolish", "wise", "fair",
                        "unfair", "responsible", "reckless", "brave"})  # fmt: skip
_DEGREE_JUDGED = frozenset({"very", "most", "only", "absolutely", "completely"})
_WEIGHING = frozenset({"would", "could", "might", "will", "may"})


def raises_money(low: list[str], i: int) -> bool:
    """Whether "raise" at ``i`` has a sum of money for its object ("raised 22,000 pounds",
    "raised more than a million dollars", "raise money for the roof")."""
    if low[i] not in _RAISE:
        return False
    for k in range(i + 1, min(len(low), i + 8)):
        w = low[k]
        if w in _MONEY_NOUNS:
            return True
        if w[:1].isdigit() or w in _BEFORE_MONEY:
            continue
        if w in (",", ".") and low[k + 1 : k + 2] and low[k + 1][:1].isdigit():
            continue  # "22,000": the figure is split at its comma
        return False
    return False


def fine_adjective(low: list[str], i: int) -> bool:
    """Whether "fine" at ``i`` is the adjective after a form of "be" ("the cattle are fine",
    "everything is perfectly fine")."""
    if low[i] != "fine":
        return False
    j = i - 1
    while j >= 0 and low[j] in _DEGREE:
        j -= 1
    if low[j] == "s" and j >= 2 and low[j - 1] in ("'", "’"):
        j -= 1  # "it’s": the apostrophe split from its "s"
    if j >= 1 and low[j] in ("'s", "’s", "'", "’") and low[j - 1] in _PRONOUN_IS:
        return True  # "that's fine", "it's fine": "'s" is "is"
    return j >= 0 and low[j] in _LIKE_BE


def legal_kind(low: list[str], i: int) -> bool:
    """Whether "legal" at ``i`` qualifies the noun after it ("legal costs", "a legal
    challenge"): of the law, not lawful; or "real", "true", "genuine" ("a real increase"):
    the noun's kind, no claim called true."""
    if low[i] not in _ATTRIBUTIVE or i + 1 >= len(low):
        return False
    j = i - 1
    while j >= 0 and (low[j] in _DEGREE or low[j] in lx.NEGATORS or low[j] == "longer"):
        j -= 1
    if j >= 0 and (low[j] in _LIKE_BE or low[j] in _BECOME):
        return False  # "fishing is legal everywhere", "became legal last year": lawful
    nxt = low[i + 1]
    return nxt.isalpha() and nxt not in lx.STOPWORDS and nxt not in lx.NEGATORS


def compared_with_another(low: list[str], i: int) -> bool:
    """Whether "lower" at ``i`` is followed by "than" and something other than an earlier
    time or an expectation ("lower than Pennick's", "lower than at the market"; not "lower
    than last year", "lower than they were a year ago", "lower than in 2024")."""
    if low[i] != "lower" or low[i + 1 : i + 2] != ["than"] or i + 2 >= len(low):
        return False
    after = low[i + 2 : i + 6]
    return not any(
        w in _THEN or w in _TIME_NOUNS or w in lx.MONTHS or w[:1].isdigit() for w in after
    )


def weighed_course(low: list[str], i: int) -> bool:
    """Whether the event noun at ``i`` is the predicate of a modal "be" with a judgment
    before it ("closing it would be the wrong decision", "it would be a terrible decision"):
    a course weighed, not an event said to happen ("there will be a big strike" is one)."""
    j = i - 1
    while j >= 0 and low[j] in _JUDGMENTS | _DEGREE_JUDGED:
        j -= 1
    if j == i - 1 or j < 2 or low[j] not in ("the", "a", "an"):
        return False
    return low[j - 1] == "be" and low[j - 2] in _WEIGHING and low[j - 3 : j - 2] != ["there"]


def backs_onto(low: list[str], i: int) -> bool:
    """Whether "backs" at ``i`` tells where a place lies ("the yard backs onto the park",
    "houses that back on to the railway"), no support."""
    if low[i] not in _BACK:
        return False
    return low[i + 1 : i + 2] in (["onto"], ["into"]) or low[i + 1 : i + 3] == ["on", "to"]


def other_sense(low: list[str], i: int) -> bool:
    """Whether the word at ``i`` is a homograph of its concept in this clause (see the
    module's docstring)."""
    return (
        raises_money(low, i)
        or fine_adjective(low, i)
        or legal_kind(low, i)
        or compared_with_another(low, i)
        or weighed_course(low, i)
        or backs_onto(low, i)
    )
