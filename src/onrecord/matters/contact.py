"""Verbs of reporting used as acts: "called the town", "had reported the breach".

"Called" and "reported" quote someone ("called the plan reckless", "reported the mill would
close"); with a plain object and nothing said of it they tell an act instead: a call made, a
breach reported to someone. "Nobody from the mill called the town before the vote" denies
the call that "she had called the mayor the day before" asserts; neither quotes anyone.

An act that reaches a recipient gives the recipient notice, as telling them does
(:func:`notice_to`): "we wrote to the council in May", "reported the spill to the agency
within a day" and "contacted the school" answer what "the council was never told", "the
agency was told about the spill" and "nobody informed the school" ask (the key of
:data:`.families.FAMILY_SYNONYMS` "notify"), besides their own keys.
"""

from __future__ import annotations

from . import lexicon as lx
from .predicates import TIME_WORDS

# verbs of reporting that also name an act on their object
_CONTACT = frozenset({"called", "calling", "reported"})
# words that open the object
_OPENERS = frozenset({"the", "this", "that", "its", "their", "his", "her", "our", "my",
                      "your", "every", "each", "both"})  # fmt: skip
_PERSONS = frozenset({"him", "her", "them", "us", "me", "you"})
_TIMES = TIME_WORDS | {"day", "evening", "afternoon", "weekend", "same", "next", "previous"}
# words after the object that end it with nothing said of it: a place, a time, a recipient
_AFTER = frozenset({"to", "on", "before", "after", "at", "in", "within", "from", "about",
                    "with", "and", "until", "twice", "again", "last", "this", "that"})  # fmt: skip


def contact_act(toks: list[str], low: list[str], i: int) -> bool:
    """Whether the verb of reporting at ``i`` tells an act on a plain object ("called the
    town before this was announced", "had reported the breach on Friday", "called Quayle the
    day before"), not a report of what was said of it ("called the plan reckless", "called it
    a disgrace", "reported the mill would close")."""
    if low[i] in _WRITING:
        return _written_to(toks, low, i)
    if _passive_recipient(toks, low, i) is not None:
        return True  # "the leak was never reported to us": a report made, to them
    if (low[i] not in _CONTACT and not _reporting(low, i)) or i + 1 >= len(low):
        return False
    prev = low[i - 1] if i else ""
    if not prev or prev in ("a", "an", "the", "so", "what", "is", "was", "be", "been"):
        return False  # "what she called ...", "was called off", "the so-called"
    k = i + 1
    if low[k] in _PERSONS or (toks[k][:1].isupper() and low[k].isalpha()):
        k += 1  # "called him", "called Quayle"
        while k < len(low) and toks[k][:1].isupper() and low[k].isalpha():
            k += 1
    elif low[k] in _OPENERS or (
        _reporting(low, i) and low[k] in _INDEFINITE and not _figure_reported(low, k + 1)
    ):
        k += 1
        while k < len(low) and _noun_word(low[k]) and k - i <= 6:
            k += 1
        if k == i + 2:
            return False  # "called the" and nothing
        if k > i + 3 and _said_of(low[k - 1]):
            return False  # "called the plan reckless": what he called it
        if low[k - 1] in _CALLED_EVENTS:
            return False  # "called the strike", "called the meeting to order": convened
    else:
        return False
    nxt = low[k] if k < len(low) else ""
    if not nxt or not nxt[:1].isalnum():
        return True
    if nxt == "the" and low[k + 1 : k + 2] and low[k + 1] in _TIMES:
        return True  # "called Quayle the day before"
    if nxt == "as" and low[k + 1 : k + 2] and low[k + 1] in _AS_DUE:
        return True  # "reported every death as required"
    return nxt in _AFTER or nxt in _TIMES or nxt in lx.MONTHS


def _reporting(low: list[str], i: int) -> bool:
    """Whether the word at ``i`` is "reported", or the bare "report" after a modal, a negator,
    "to" or "did" ("did not report the leak to the agency", "will report the breach"): the
    verb, not the noun ("the report", "a report to the board")."""
    if low[i] == "reported":
        return True
    return low[i] == "report" and i > 0 and low[i - 1] in _BEFORE_BARE


# verbs of writing: with "to" and a recipient after them a letter sent ("wrote to every
# household"), not words quoted ("wrote that the mill would close")
_WRITING = frozenset({"write", "writes", "wrote", "writing"})
# recipients with no determiner ("wrote to anyone", "wrote to all residents")
# (or one of _INDEFINITE: "wrote to no resident", "wrote to a local paper")
_RECIPIENTS = frozenset({"anyone", "anybody", "everyone", "everybody", "all"})
# words after the recipient that carry a message on, told or asked ("wrote to residents
# saying the mill would close", "wrote to him asking for a meeting")
_MESSAGE = frozenset({"that", "saying", "telling", "asking", "warning", "explaining",
                      "informing", "confirming", "urging", "demanding", "promising"})  # fmt: skip


def _written_to(toks: list[str], low: list[str], i: int) -> bool:
    """Whether the verb of writing at ``i`` sends a letter to a recipient ("the council wrote
    to every household in May", "never wrote to anyone about this"), not a message told on
    ("wrote to residents to say the mill would close", "wrote to him saying ...", "wrote
    that ...")."""
    if low[i + 1 : i + 2] != ["to"] or i + 2 >= len(low):
        return False
    k = i + 2
    w = low[k]
    if w in _PERSONS or (toks[k][:1].isupper() and w.isalpha()):
        k += 1
        while k < len(low) and toks[k][:1].isupper() and low[k].isalpha():
            k += 1
    elif (
        w in _OPENERS
        or w in _RECIPIENTS
        or w in _INDEFINITE
        or (_noun_word(w) and w.endswith("s") and not w.endswith(("ss", "us")))
    ):
        k += 1
        while k < len(low) and _noun_word(low[k]) and k - i <= 7:
            k += 1
    else:
        return False  # "wrote to say ...", "wrote to ask ...": a purpose, told on
    nxt = low[k] if k < len(low) else ""
    m = _past_time(toks, low, k)  # "wrote to residents, saying", "... on Monday saying"
    after = low[m] if m < len(low) else ""
    if after in _MESSAGE or (after == "and" and low[m + 1 : m + 2] and low[m + 1] in _TOLD):
        return False  # "wrote to the council and said the block would close"
    if after == "to" and not (
        m + 1 < len(low) and (low[m + 1] in _OPENERS or toks[m + 1][:1].isupper())
    ):
        return False  # "wrote to residents to say the mill would close", "... in May to say"
    return not nxt or not nxt[:1].isalnum() or nxt in _AFTER or nxt in _TIMES or nxt in lx.MONTHS


# verbs after "and" that tell the letter's words ("wrote to the council and said ...")
_TOLD = frozenset({"said", "says", "told", "tells", "warned", "asked", "added", "explained"})


def _past_time(toks: list[str], low: list[str], k: int) -> int:
    """The index past a comma and a time or place told after the recipient at ``k``
    ("wrote to residents, saying", "... on Monday saying", "... in May to say", "... in
    Dunmore asking"), where what the letter says may still follow."""
    while k < len(low):
        w, nxt = low[k], low[k + 1] if k + 1 < len(low) else ""
        if w == "," or w in _TIMES or w in lx.MONTHS:
            k += 1
        elif w in ("on", "in", "at", "last", "this", "the") and (nxt in _TIMES or nxt in lx.MONTHS):
            k += 2
        elif w in ("in", "at") and toks[k + 1 : k + 2] and toks[k + 1][:1].isupper():
            k += 2
            while k < len(low) and toks[k][:1].isupper() and low[k].isalpha():
                k += 1
        else:
            break
    return k


# "reported a leak", "did not report any incidents": a thing reported, as an act
_INDEFINITE = frozenset({"a", "an", "any", "no"})
# what a body reports of its own accounts ("reported a loss", "reported a pre-tax profit of 3
# million"): results published, not a thing reported to someone ("had not reported a rise in
# losses" to the regulator is)
_ACCOUNTS = frozenset({"loss", "losses", "profit", "profits", "surplus", "deficit", "turnover",
                       "revenue", "revenues", "earnings", "dividend"})  # fmt: skip


def _figure_reported(low: list[str], k: int) -> bool:
    """Whether the noun phrase that opens at ``k`` is a figure of the reporter's own accounts
    ("a loss", "a pre-tax profit of 3 million"), its head before any preposition."""
    for w in low[k : k + 4]:
        if w in _ACCOUNTS:
            return True
        if w in lx.STOPWORDS or not (w.isalpha() or "-" in w):
            return False
    return False


# after "as", what makes the report an act done as due ("as required"), not what the object
# was reported as ("reported the loss as a gain")
_AS_DUE = frozenset({"required", "requested", "instructed", "promised", "agreed", "usual",
                     "normal", "expected", "needed"})  # fmt: skip


# events that "called" declares or convenes, not a party called ("the union called the
# strike on Monday", "called the meeting to order", "called the election for May")
_CALLED_EVENTS = frozenset({
    "strike", "strikes", "walkout", "meeting", "meetings", "election", "elections", "vote",
    "referendum", "session", "hearing", "hearings", "inquiry", "recess", "halt", "ceasefire",
    "truce", "race", "game", "match", "shots", "shot", "protest", "boycott",
})  # fmt: skip


# forms of "be" before a passive report ("before this was announced")


def passive_report(low: list[str], i: int) -> bool:
    """Whether the verb of reporting at ``i`` is passive with nothing reported after it
    ("before this was announced", "the breach was reported on Friday"): what was announced
    is the clause's subject, not a quotation of someone."""
    if i == 0 or low[i - 1] not in lx.BE_FORMS or not low[i].endswith("ed"):
        return False
    if i > 1 and low[i - 2] == "it":
        return False  # "it was reported": hearsay
    nxt = low[i + 1] if i + 1 < len(low) else ""
    if nxt in ("that", "this"):
        return False
    return not nxt or not nxt[:1].isalnum() or nxt in _AFTER or nxt in _TIMES


# endings and words of adjectives that say what the object was called
_ADJECTIVE_ENDINGS = ("ous", "ful", "less", "ive", "able", "ible", "ic", "ing", "ed", "ish")
_SAID_OF = frozenset({"unfair", "wrong", "false", "absurd", "bad", "good", "premature",
                      "unacceptable", "untrue", "nonsense", "rubbish", "fair", "right",
                      "illegal", "unlawful", "outrageous", "disgrace"})  # fmt: skip


def _said_of(w: str) -> bool:
    """Whether ``w``, ending the object, is rather what the object was called."""
    return w in _SAID_OF or (w.endswith(_ADJECTIVE_ENDINGS) and w not in ("building", "meeting"))


def _noun_word(w: str) -> bool:
    """A word that can go on a noun phrase after its determiner."""
    return (
        w.replace("-", "").replace("'", "").isalpha()
        and w not in lx.STOPWORDS
        and w not in lx.MODALS
        and w not in lx.AUXILIARIES
        and w not in _AFTER
        and w not in _TIMES
    ) or w == "'s"


# verbs of contacting a recipient: "contacted the school", "has not contacted us"
# (and of emailing them: "she had emailed the council's admissions team")
_CONTACTING = frozenset({"contact", "contacts", "contacted", "contacting", "email", "emails",
                         "emailed", "emailing", "e-mailed"})  # fmt: skip
# the bare forms that are nouns unless a verb's word stands before them ("an email")
_BARE = frozenset({"contact", "email"})
# words before "contact" that make it a noun ("close contact", "the contact", "no contact")
_NOUN_BEFORE = frozenset({"a", "an", "the", "no", "any", "close", "direct", "regular", "first",
                          "our", "their", "his", "her", "its", "my", "your", "of", "in",
                          "with", "personal", "main", "eye"})  # fmt: skip
# words after "reported ..." that open its recipient ("to the agency", "to Ms Hale", "to us")
_RECIPIENT_OPENERS = _OPENERS | _PERSONS | frozenset({"police", "regulators", "inspectors"})
# words that end the object of "reported" before any recipient: a clause, a quotation
_REPORT_STOPS = frozenset({"that", "saying", "as", ",", ";", ".", "because", "but", "and"})


def notice_to(toks: list[str], low: list[str], i: int, act: bool) -> bool:
    """Whether the word at ``i`` gives a recipient notice: a letter written to them (``act``
    of :func:`contact_act` for "wrote to the council"), a thing reported to them ("reported
    the spill to the agency"), or a contact made ("contacted the school", "nobody has
    contacted us"); not a call ("called the plan reckless"), nor a thing reported with no
    recipient ("reported the spill on Friday"), nor a contact as a noun ("close contact")."""
    w = low[i]
    if act and w in _WRITING:
        return True
    if act and _reporting(low, i):
        return reported_to(toks, low, i) is not None
    if w not in _CONTACTING or i + 1 >= len(low):
        return False
    prev = low[i - 1] if i else ""
    if prev in _NOUN_BEFORE or (w in ("contacts", "emails") and prev not in _SUBJECT_PRONOUNS):
        return False  # "close contact", "the contacts of the patient": a noun
    if w in _BARE and prev not in _BEFORE_BARE:
        return False  # "wearing contact lenses", "emergency contact numbers": a noun
    nxt = low[i + 1]
    if nxt in _PERSONS or nxt in _INDEFINITE or nxt in _RECIPIENTS:
        return True
    if nxt in _OPENERS:
        return (nxt != "that" or low[i + 2 : i + 3] not in (["is"], ["was"])) and _party(
            toks, low, i + 1, _phrase_end(toks, low, i + 2)
        )
    if nxt.isalpha() and nxt.endswith("s") and nxt not in lx.STOPWORDS:
        return not nxt.endswith(("ss", "us")) and _party(toks, low, i + 1, i + 2)  # "residents"
    return toks[i + 1][:1].isupper() and nxt.isalpha()  # "contacted Ofwat"


# words before the bare "contact" that make it a verb ("will contact", "we first contact")
_BEFORE_BARE = lx.BEFORE_BARE_VERB | {"first"}
_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "who"})
# heads of a phrase after "to" that name a level, a state or a thing, not who is told ("a rise
# to the highest level", "a return to the black", "a change to the rules")
_NOT_PARTIES = frozenset({
    "level", "levels", "high", "highs", "low", "lows", "peak", "record", "total", "black",
    "red", "norm", "normal", "rules", "plan", "plans", "budget", "figure", "figures", "limit",
    "date", "end", "top", "bottom", "point", "stage", "standard", "standards", "zero",
    # a rounding: "reported to the nearest thousand", "to two decimal places"
    "hundred", "thousand", "million", "billion", "percent", "place", "places",
})  # fmt: skip


def _phrase_end(toks: list[str], low: list[str], k: int) -> int:
    """The end of the noun phrase whose words run from ``k`` ("the river agency <within>")."""
    while k < len(low) and (_noun_word(low[k]) or toks[k][:1].isupper()) and low[k].isalpha():
        k += 1
    return k


def _party(toks: list[str], low: list[str], start: int, end: int) -> bool:
    """Whether ``toks[start:end]`` can name who is given notice: a pronoun for people, a name
    ("the Tarrow river agency"), a body or people ("the council", "the site manager"), but not
    a level, a state or a thing changed ("to the highest level", "a return to the black")."""
    words = [w for w in low[start:end] if w.isalpha()]
    if not words:
        return False
    if words[0] in _PERSONS or words[0] in _RECIPIENTS:
        return True
    if any(toks[k][:1].isupper() and low[k] not in lx.STOPWORDS for k in range(start, end)):
        return True
    return words[-1] not in _NOT_PARTIES


def party_span(toks: list[str], low: list[str], k: int) -> tuple[int, int] | None:
    """The span of a noun phrase that opens at ``k`` and can name who is given notice ("<the
    county council>", "<us>", "<Ms Hale>"): the recipient after "to" or "with"
    (:mod:`.passed_on`); None for any other phrase ("to the nearest thousand")."""
    if k >= len(low):
        return None
    nxt = low[k]
    opens = nxt in _RECIPIENTS or nxt in _INDEFINITE or nxt in _RECIPIENT_OPENERS
    if not opens and not (toks[k][:1].isupper() and nxt.isalpha()):
        return None
    end = k + 1
    while end < len(low) and (_noun_word(low[end]) or toks[end][:1].isupper()):
        end += 1
    if nxt in _RECIPIENTS or nxt in _INDEFINITE:
        return (k, end)  # "shared it with anyone", "sent it to a lawyer"
    return (k, end) if _party(toks, low, k, end) else None


def reported_to(toks: list[str], low: list[str], i: int) -> tuple[int, int] | None:
    """The span of the recipient of "reported" at ``i`` ("reported the spill <to the river
    agency> within a day"), or None when nothing after its object names one."""
    if not _reporting(low, i):
        return None
    if (whom := _passive_recipient(toks, low, i)) is not None:
        return whom
    for k in range(i + 2, min(len(low) - 1, i + 9)):
        if low[k] in _REPORT_STOPS:
            return None
        if low[k] != "to":
            continue
        nxt = low[k + 1]
        if nxt not in _RECIPIENT_OPENERS and not (toks[k + 1][:1].isupper() and nxt.isalpha()):
            return None
        end = k + 2
        while end < len(low) and (_noun_word(low[end]) or toks[end][:1].isupper()):
            end += 1
        return (k + 1, end) if _party(toks, low, k + 1, end) else None
    return None


# words between a passive's "be" and "reported" ("was never reported", "had not been reported")
_BETWEEN_PASSIVE = lx.NEGATORS | {"ever", "never", "not", "already", "also", "first", "only"}


def _passive_recipient(toks: list[str], low: list[str], i: int) -> tuple[int, int] | None:
    """The span of the recipient of a passive "reported" at ``i`` ("the pothole was never
    reported <to us>", "the leak was reported <to the agency> in May"): a report made to them,
    whose thing reported is the clause's subject; None for any other "reported", and for
    hearsay told to someone ("it was reported to us that the mill would close")."""
    if low[i] != "reported" or low[i + 1 : i + 2] != ["to"] or i + 2 >= len(low):
        return None
    k = i - 1
    while k >= 0 and (low[k] in _BETWEEN_PASSIVE or low[k].endswith("ly")):
        k -= 1
    if k < 0 or low[k] not in lx.BE_FORMS or (k and low[k - 1] == "it"):
        return None
    nxt = low[i + 2]
    if nxt not in _RECIPIENT_OPENERS and not (toks[i + 2][:1].isupper() and nxt.isalpha()):
        return None
    end = i + 3
    while end < len(low) and (_noun_word(low[end]) or toks[end][:1].isupper()):
        end += 1
    if low[end : end + 1] == ["that"]:
        return None  # "was reported to the board that ...": words told, not a report made
    return (i + 2, end) if _party(toks, low, i + 2, end) else None
