"""Things found or held: "inspectors found cracks" says a crack exists, "never had a key" says
none was held. The noun names the event, as "there is no crack" names it."""

from __future__ import annotations

from . import lexicon as lx
from .complements import carries_negation, clause_of, question_before
from .event_record import Event

# verbs of finding, past and asserted only: "inspectors found cracks" answers "is there a
# crack?"; "we will find a buyer", "trying to find a buyer" say nothing of one
DISCOVERY = frozenset({"found", "discovered", "detected", "uncovered", "spotted"})
# before a verb of finding, words that make it no finding: a plan, a hope, a condition
_NOT_FOUND = frozenset({"to", "if", "unless", "whether", "hope", "hoped", "try", "tried",
                        "trying", "want", "wanted", "would", "could", "might", "may", "must",
                        "should", "will", "can", "be", "been", "being", "is", "are", "was",
                        "were", "get", "got"})  # fmt: skip


def asserted_find(low: list[str], i: int) -> bool:
    """Whether the verb of finding at ``i`` asserts a finding: not after "to", a modal, a
    wish or a condition ("hoped to find", "if they found"), nor passive ("was found guilty")."""
    return not any(w in _NOT_FOUND for w in low[max(0, i - 3) : i])


# verbs of having: "had a key", "never had a key", "kept a key" answer "did he have a key?"
# ("held a vote", "kept a promise", "kept a low profile" are no things held: left out)
POSSESSION = frozenset({"had", "has", "have"})
# verbs that hold a thing as "have" does: "held a valid licence" answers "had no licence",
# "kept a key" answers "never had a key"; their past forms speak of the past as "had" does
HOLDING = frozenset({"hold", "holds", "held", "holding", "keep", "keeps", "kept", "keeping",
                     "own", "owns", "owned", "owning"})  # fmt: skip
_PAST_HOLDING = frozenset({"had", "held", "kept", "owned"})
# events held on a day, no things held ("held a strike", "held a press conference"); a fund
# or a committee of one is no such event ("a strike fund" holds no strike: :mod:`.held_kinds`)
HELD_OCCASIONS = frozenset({"strike", "walkout", "election", "vote", "protest", "boycott",
                       "ceasefire", "meeting", "hearing", "inquiry", "match", "game", "race",
                       "referendum", "rally", "march", "trial", "summit", "conference",
                       "ballot", "consultation", "ceremony", "debate", "session", "briefing",
                       "poll", "talks", "festival", "funeral"})  # fmt: skip
_HELD_OPENERS = frozenset({"a", "an", "no", "any"})
NOT_HELD = lx.BELIEFS | {"idea", "intention", "intentions", "choice", "option", "options",
                          "comment", "doubt", "doubts", "reason", "time", "chance", "problem",
                          "problems", "role", "say", "population", "vote", "votes", "right",
                          "rights", "history", "record", "meeting", "look", "chat", "talk",
                          "word", "feeling", "sense", "hand", "stake", "point",
                          "majority", "lot", "number", "way", "need", "duty", "promise",
                          "promises", "eye", "watch", "profile", "lid", "track"}  # fmt: skip
_BEFORE_NOUN = frozenset({"the", "a", "an", "no", "any", "some", "several", "its", "their",
                          "serious", "new", "more", "further", "significant", "fresh", "minor",
                          "major", "visible", "hairline", "extensive", "widespread", "deep",
                          "multiple"})  # fmt: skip


def found_thing(toks: list[str], low: list[str], i: int) -> Event | None:
    """The event that the thing found by the verb at ``i`` exists, keyed by the noun ("found
    cracks in the girders" -> ``crack``, +1; "found no cracks", "did not find any" -> -1), as
    "there is no crack" names it (a nominal after a negator). None when a name, a pronoun or
    a clause ("found that ...") follows."""
    k = i + 1
    while k < len(low) and (low[k] in _BEFORE_NOUN or low[k][:1].isdigit() or low[k] in _NUMBERS):
        k += 1
    if k >= len(low) or not low[k].isalpha() or toks[k][:1].isupper():
        return None
    if low[k] in lx.STOPWORDS or low[k] in lx.PRONOUNS or low[k] in lx.NEGATORS:
        return None
    negs = tuple(t for t in low[:k] if t in lx.NEGATORS)
    return Event(lx.stem(low[k]), toks[k], -1 if len(negs) % 2 else 1, negs)


def means_to_act(low: list[str], i: int) -> bool:
    """Whether "have" at ``i`` holds the means to act, told with "the": "the council has the
    power to inspect any home", as "has no power to inspect" denies it; not "has the support
    of" or "had the chance" (no act after "to": "the key to the room")."""
    if low[i + 1 : i + 2] != ["the"] or low[i + 3 : i + 4] != ["to"]:
        return False
    act = low[i + 4] if i + 4 < len(low) else ""
    return act.isalpha() and act not in lx.STOPWORDS and act not in lx.PRONOUNS


def noun_head(low: list[str], k: int) -> bool:
    """Whether the word at ``k`` ends its noun phrase ("a key <to the room>", "a key."), so it
    is the thing named, not a modifier of the next word ("a low profile")."""
    nxt = low[k + 1] if k + 1 < len(low) else ""
    return not nxt or not nxt.isalpha() or nxt in lx.STOPWORDS


_NUMBERS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                      "dozens", "hundreds", "thousands"})  # fmt: skip


# words after a noun that end its phrase though no stopword ("a grudge against the bakers")
_AFTER_HEAD = frozenset({"against", "outside", "inside", "near", "about", "over", "under",
                         "behind", "beside", "towards", "toward", "across", "during", "until",
                         "since", "despite", "without", "within", "off", "out", "up", "down",
                         "back"})  # fmt: skip
# states said of the thing held, no nouns ("kept a seat warm", "kept a dog quiet")
_STATES = frozenset({"warm", "cold", "quiet", "open", "shut", "closed", "clean", "dry",
                     "safe", "secret", "ready", "alive", "busy", "calm", "cool", "tidy",
                     "straight", "clear", "free", "low", "high", "tight", "going",
                     "waiting"})  # fmt: skip
_ADJECTIVE_ENDINGS = ("ous", "ful", "less", "ly", "ing", "ed")


def held_thing(toks: list[str], low: list[str], i: int) -> tuple[Event, ...]:
    """The thing held by the verb of having at ``i`` ("has a key to the room": ``have-key``,
    +1; "never had a key", "kept a key": ``had-key``, -1 and +1), or none.

    "had" and its kin (held, kept, owned) are another time than "has": "had a surplus" does
    not answer "has no surplus now". A noun told with one word that describes it is held
    with that word ("had no valid licence" and "held a valid licence": ``had-valid-licenc``),
    so "an expired licence" never meets "no valid licence"; one held (not denied) is also
    the plain noun ("kept a spare key": ``had-key``, +1, as "never had a key" denies it).
    The describing word must be followed by a noun, not a state ("kept a seat warm") nor a
    preposition ("a grudge against"). A stance ("had no plans"), an occasion ("held a
    strike", "held a press conference"), a word of a concept ("kept a school open", "has a
    safe route") or a longer phrase ("has a population count") holds nothing here. The
    negators are those that reach the verb's own clause (:func:`.complements.clause_of`:
    "nobody disputes that he held ..." holds it, "we do not believe that he held ..." denies
    it, "were not told that he held ..." leaves it held); a question ("did not say whether he
    kept a key") holds no stance."""
    word = low[i]
    if word not in POSSESSION and word not in HOLDING:
        return ()
    opened = low[i + 1 : i + 2] and low[i + 1] in _HELD_OPENERS
    if not opened and not (word in POSSESSION and means_to_act(low, i)):
        return ()
    held = found_thing(toks, low, i)
    if held is None or held.word.lower() in NOT_HELD or held.word.lower() in HELD_OCCASIONS:
        return ()  # "had no plans to", "had no choice": a stance; "held a strike": an occasion
    k = low.index(held.word.lower(), i)
    keys = [held.key]
    if not noun_head(low, k) and low[k + 1] not in _AFTER_HEAD:
        k += 1  # "a valid licence": the noun after its one describing word
        nxt = low[k]
        if not nxt.isalpha() or toks[k][:1].isupper() or not noun_head(low, k):
            return ()  # "has a population count plan", "had a Brennock office"
        if nxt in NOT_HELD or nxt in _STATES or nxt.endswith(_ADJECTIVE_ENDINGS):
            return ()  # "kept a seat warm", "kept a dog quiet": a state, not a thing
        if lx.stem(nxt) in lx.CONCEPTS or lx.stem(held.word.lower()) in lx.CONCEPTS:
            return ()  # "kept a school open", "has a safe route": a state, not a thing
        if nxt in HELD_OCCASIONS:
            return ()  # "held a press conference": an occasion, no thing held
        keys = [f"{held.key}-{lx.stem(nxt)}", lx.stem(nxt)]  # "a valid licence"; a licence
        held = Event(keys[0], toks[k], held.polarity, held.negators)
    if question_before(low, i):
        return ()  # "did not say whether he kept a spare key": no stance
    start, _ = clause_of(low, i)
    if not carries_negation(low, i):  # "were not told that the yard had no permit": none
        start = max(start, max(c for c in range(i) if low[c] == "that") + 1)
    negs = tuple(t for t in low[start : i + 2] if t in lx.NEGATORS)
    polarity = -1 if len(negs) % 2 else 1
    tense = "had-" if word in _PAST_HOLDING else "have-"
    if polarity < 0:
        keys = keys[:1]  # "no valid licence" may yet be an expired one
    return tuple(Event(tense + key, held.word, polarity, negs) for key in keys)
