"""Where a thing or a person is: a stay at a place, and a presence at a place.

Two shapes of ordinary English name an event by where someone or something is:

* a stay: "the other twelve will stay in Tessford", "the money remained in the account";
  the key ``stay`` meets its denial ("none of the figures will stay in Tessford"). A stay
  that keeps a post ("Ardo will stay at the club") is read by :mod:`.posts`; a stay in a
  state or an idiom ("stay in touch", "remain in the dark", "remain open") is no stay at a
  place, and a stay "at home" or "in bed" tells illness or a lockdown, not where a thing is;
* a presence: a bare plural subject at a place ("lifeguards will be on all four beaches")
  says what the existential says ("there will be lifeguards on the beaches"), and names
  the same key, the subject's noun ("lifeguards will be back on the beaches" too). A
  subject with a determiner ("the figures are in the museum") tells where a known thing is,
  not whether there is any, and is left alone.

A going from the place denies the stay: "we will be moving out of Kellow Park", "the depot
will move away from the harbour" and "the name is coming off the stand" answer what "will
stay at Kellow Park", "will stay by the harbour" and "will stay on the stand" assert
(``stay``, -1), with the same test of a place ("come off the boil" is an idiom).

"Will be back in their homes" is not read as a return: "back" is said of many things ("he
would be back on air", "she would not go back to number 12") whose returns "return" would
join to another's.

Plain Python over lower-cased tokens; :func:`.events.events_of` reads the events.
"""

from __future__ import annotations

from . import lexicon as lx
from .objects import DETERMINERS
from .senses import event_stem

STAY = lx.stem("stay")

STAY_FORMS = frozenset({"stay", "stays", "stayed", "staying", "remain", "remains",
                        "remained", "remaining"})  # fmt: skip
# prepositions of place after a stay or a presence
_AT = frozenset({"in", "at", "on", "inside"})
# words that close a stay with its place in them
_PLACE_WORDS = frozenset({"here", "there", "behind", "put"})
# determiners and quantifiers that open a place's noun phrase
_OPENERS = frozenset({"the", "its", "their", "his", "her", "our", "my", "your", "this",
                      "that", "these", "those", "all", "every", "each", "both"})  # fmt: skip
_NUMBERS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})
# nouns after "in the", "on the", "at the" that make an idiom, not a place ("remain in the
# dark", "stay in the lead", "jobs are on the line", "is on the table")
_IDIOMS = frozenset({
    "dark", "red", "black", "balance", "running", "lead", "loop", "game", "frame", "picture",
    "spotlight", "shadows", "background", "fold", "line", "table", "agenda", "cards", "way",
    "rise", "horizon", "brink", "edge", "verge", "mend", "move", "hook", "works", "pipeline",
    "rocks", "ropes", "heart", "centre", "center", "forefront", "helm", "mercy", "top",
    "bottom", "end", "start", "stake", "mind", "minds", "hands", "side", "record", "same",
    "market", "books", "front", "receiving", "cusp", "ballot", "case", "news", "wrong",
    "right", "safe", "moment", "time", "past", "future", "meantime", "meanwhile", "long",
    "short", "whole", "first", "last", "latest", "lowest", "highest", "level", "region",
    "order", "process", "course", "event", "face", "point", "area", "field", "streets",
    "race", "post", "driving", "hot", "firing", "wits", "millions", "billions", "thousands",
    "hundreds", "doldrums", "offing", "limelight", "crosshairs", "dock", "range", "boil",
    "rails", "bench", "back", "mark", "fence", "idea", "ideas", "recession", "highs", "lows",
    "peak", "road", "policy", "approach", "model", "system", "practice", "plan", "plans",
})  # fmt: skip
# words of a place's noun phrase looked at for an idiom
_NP_WORDS = 4
# places where a stay tells illness or a lockdown ("will stay at home to recover")
_SICK_PLACES = frozenset({"home", "hospital", "bed", "custody", "prison", "jail"})
# places named without a determiner ("will remain on campus", "stayed on site", "in town");
# a bare "in office", "in power", "in place" or "in business" is a post or a state, no place
_BARE_PLACES = frozenset({"campus", "site", "town", "base", "shore"})


def _place_after(toks: list[str], low: list[str], k: int) -> bool:
    """Whether a place opens at ``k`` after a preposition of place: a name ("in Tessford",
    "at Pellow Sands") or a noun phrase opened by a determiner, a quantifier or a number
    ("on all four beaches", "in the museum's east wing"), whose noun is no idiom's ("in the
    dark", "on the table")."""
    if k >= len(low):
        return False
    if toks[k][:1].isupper() and low[k].isalpha():
        return True
    if low[k] in _BARE_PLACES:
        return True
    if low[k] not in _OPENERS:
        return False
    j = k + 1
    while j < len(low) and (low[j] in _OPENERS or low[j] in _NUMBERS or low[j][:1].isdigit()):
        j += 1
    if j >= len(low) or not low[j].isalpha():
        return False
    if toks[j][:1].isupper():
        return True  # "the Kell Bank grounds", "their Tessford homes"
    if low[j] in lx.STOPWORDS:
        return False
    # every word of the phrase, not only its first: "at its current level", "in the driving
    # seat" are idioms as "at the level" and "in the seat" are not
    k = j
    while k < len(low) and low[k].isalpha() and low[k] not in lx.STOPWORDS and k < j + _NP_WORDS:
        if low[k] in _IDIOMS:
            return False
        k += 1
    return True


def _a_verb(low: list[str], i: int) -> bool:
    """Whether the stay at ``i`` is a verb of the clause ("will stay", "remained", "are
    staying"), not a noun ("a stay in hospital") or a modifier ("the remaining figures")."""
    w, prev = low[i], low[i - 1] if i else ""
    if prev in ("a", "an", "the", "his", "her", "their", "its", "our", "my", "your"):
        return False
    if w.endswith("ing"):
        return prev in lx.BE_FORMS or prev in lx.NEGATORS
    return bool(prev) or w in ("stays", "stayed", "remains", "remained")


def stays_at(toks: list[str], low: list[str], i: int) -> bool:
    """Whether "stay" or "remain" at ``i`` tells a thing or a person staying at a place
    ("will stay in Tessford", "remained at the depot", "will stay behind")."""
    if low[i] not in STAY_FORMS or not _a_verb(low, i) or i + 1 >= len(low):
        return False
    nxt = low[i + 1]
    if nxt in _PLACE_WORDS or where_it_is(low, i + 1):
        return True
    if nxt not in _AT or any(w in _SICK_PLACES for w in low[i + 2 : i + 4]):
        return False
    return _place_after(toks, low, i + 2)


def where_it_is(low: list[str], k: int) -> bool:
    """Whether the words at ``k`` name the place a thing is now by a clause of place ("will
    stay where it is", "cannot remain where they are"): a stay at its own place, as "stay
    here" is. Not a level ("prices will stay where they are" is read so too; prices meet no
    place), nor "where" with a clause of another verb ("stay where the work is")."""
    return (
        low[k : k + 1] == ["where"]
        and low[k + 1 : k + 2] != []
        and low[k + 1] in _IT
        and low[k + 2 : k + 3] != []
        and low[k + 2] in lx.BE_FORMS
        and (k + 3 >= len(low) or not low[k + 3][:1].isalpha() or low[k + 3] in _NOW)
    )


_IT = frozenset({"it", "they", "he", "she", "we", "you", "i"})
# words that may end the clause of place ("where it is now", "where they are today")
_NOW = frozenset({"now", "today", "at", "and", "but", "for", "until", "so"})


# collective nouns that are plural without "-s"
_PLURALS = frozenset({"police", "staff", "people", "crew", "crews", "personnel", "troops"})
# auxiliaries that end the verb group before its copula ("are going to be")
_NOT_BE = frozenset({"to", "going", "get", "gets", "got", "do", "does", "did"})
# words between a presence's "be" and its place
_BEFORE_PLACE = frozenset({"back", "still", "already", "again", "now", "out"})


def present_at(toks: list[str], low: list[str], i: int, first_aux: int) -> bool:
    """Whether the noun at ``i`` is a bare plural subject said to be at a place ("Lifeguards
    will be on all four beaches", "police were at the scene", "officers will be back on the
    streets" is no place): a presence, as "there will be lifeguards on the beaches" says.
    The subject has no determiner ("the figures are in the museum" places a known thing)."""
    if i + 1 != first_aux or first_aux >= len(low):
        return False
    if any(not w.isalpha() or w in lx.STOPWORDS or w in lx.NEGATORS for w in low[:first_aux]):
        return False  # "the lifeguards", "no lifeguards" (read as denied by :mod:`.heads`)
    if first_aux > 2 or (first_aux == 2 and toks[1][:1].isupper()):
        return False  # a longer phrase, or a name ("Hallow Lifeguards")
    w = low[i]
    if w not in _PLURALS and (not w.endswith("s") or w.endswith(("ss", "us", "is"))):
        return False
    k, verb = first_aux, ""
    while k < len(low) and (low[k] in lx.MODALS or lx.is_aux(low, k)) and low[k] not in _NOT_BE:
        verb = verb if low[k] in lx.NEGATORS else low[k]
        k += 1
    if verb not in lx.BE_FORMS or verb == "being":
        return False  # "lifeguards will patrol": no "be" before the place
    while k < len(low) and low[k] in _BEFORE_PLACE:
        k += 1
    return k < len(low) and low[k] in _AT and _place_after(toks, low, k + 1)


# verbs of going from a place, with the words that open the place ("moving out of", "move
# away from", "coming off")
_MOVE = frozenset({"move", "moves", "moved", "moving", "relocate", "relocates", "relocated",
                   "relocating"})  # fmt: skip
_COME = frozenset({"come", "comes", "came", "coming"})
_AWAY = {("out", "of"): _MOVE, ("away", "from"): _MOVE, ("off",): _COME}
# words before a verb of going that make it a noun ("the move", "any move", "no move")
_NOUN_OPENERS = DETERMINERS | {"a", "an", "my", "no", "every", "each", "that", "further"}
# the bare forms ("move", "come") are nouns unless lexicon.BEFORE_BARE_VERB comes right before
_BARE = frozenset({"move", "relocate", "come"})


def goes_from(toks: list[str], low: list[str], i: int) -> bool:
    """Whether the verb at ``i`` goes from a place ("will be moving out of Kellow Park", "is
    coming off the north stand"): the stay there denied. Only with the particle right after
    the verb and a place after it ("move its staff out of the tower" moves another thing)."""
    w = low[i]
    if w not in _MOVE and w not in _COME:
        return False
    prev = low[i - 1] if i else ""
    if not i or prev in _NOUN_OPENERS or prev.endswith("ed"):
        return False  # "the move out of the city", "any move", "the planned move": a noun
    if w in _BARE and prev not in lx.BEFORE_BARE_VERB:
        return False  # "opposes a move", "a further move": "move" and "come" must be verbs
    for words, verbs in _AWAY.items():
        n = len(words)
        if w in verbs and tuple(low[i + 1 : i + 1 + n]) == words:
            return _place_after(toks, low, i + 1 + n)
    return False


def whereabouts(toks: list[str], low: list[str], i: int, first_aux: int) -> tuple[str, int]:
    """The key and the sign of the event that the word at ``i`` names by where someone or
    something is (a stay, a presence, a going from a place), or ``("", 0)``."""
    if stays_at(toks, low, i):
        return STAY, 1
    if goes_from(toks, low, i):
        return STAY, -1
    if present_at(toks, low, i, first_aux):
        st = event_stem(low[i])
        return lx.CONCEPTS.get(st, (st, 1))
    return "", 0
