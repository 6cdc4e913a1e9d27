"""Acts said in words that name no event of their own: a dismissal and a telling.

* "let go" of people is a dismissal, a job cut as "laid off" is: "nine drivers were let go",
  "the firm let go 40 staff". "Let go of the rope" (releasing a thing) and "let it go"
  (dropping a matter) are none.
* a job cut done to a person named with "a" or "an" ("has not laid off a single seafarer",
  "fired a driver") is the cut, as "laid off nine seafarers" is: the article names the one
  dismissed, not a new thing made (as "open a new office" does). Only a person so named
  counts: "fired a warning shot" is no dismissal.
* "told" with whom and of what ("the council was told about every death", "told the
  council of the closure") is a notice given, the event "notified" names; "told reporters
  that ..." and "was told to leave" report or order, and name no notice.
"""

from __future__ import annotations

from . import lexicon as lx
from .objects import NUMBER_WORDS

# people, or the posts they hold, that a body may let go or be told
_PEOPLE = frozenset({"staff", "people", "person", "workforce", "crew", "crews", "personnel",
                     "colleague", "colleagues", "nurse", "nurses", "member", "members",
                     "them", "him", "her", "us", "me", "you", "everyone", "anyone",
                     "somebody", "someone", "nobody", "job", "jobs", "post", "posts",
                     "role", "roles", "deckhand", "deckhands", "pilot", "pilots", "chef",
                     "chefs", "guard", "guards", "cleaner", "cleaners"})  # fmt: skip
# endings of nouns for people ("seafarer", "trainee", "chemist", "technician", "fireman")
_PEOPLE_ENDINGS = ("er", "ers", "ee", "ees", "ist", "ists", "ian", "ians", "man", "men",
                   "or", "ors")  # fmt: skip
# things in "-er" or "-or" that no one dismisses
_THINGS = frozenset({"computer", "server", "printer", "scanner", "container", "filter",
                     "meter", "center", "router", "charger", "paper", "letter", "order",
                     "layer", "barrier", "number", "register", "marker", "shot", "warning",
                     "motor", "door", "floor", "sector", "factor", "error", "matter",
                     "water", "power", "tower", "river", "border", "corridor", "chamber",
                     "quarter", "summer", "winter", "other", "another",
                     "manner", "monitor", "reactor", "tractor", "generator", "elevator",
                     "major", "minor", "mirror", "colour", "color", "favour", "favor",
                     "labour", "labor", "honour", "honor", "rumour", "rumor", "humour",
                     "vendor", "contractor"})  # fmt: skip
# forms of "tell" and the prepositions that give what was told
_TOLD = frozenset({"tell", "tells", "told", "telling"})
_OF_WHAT = frozenset({"about", "of"})
# words that count or mark the one named: "a single seafarer", "one more driver"
_COUNTING = frozenset({"single", "one", "more", "further", "new", "senior", "junior"})


def person_noun(word: str) -> bool:
    """Whether ``word`` names people (or a post held): "staff", "seafarer", "trainees"."""
    if word in _PEOPLE:
        return True
    single = word[:-1] if word.endswith("s") else word
    return (
        word.isalpha()
        and len(word) > 4
        and word.endswith(_PEOPLE_ENDINGS)
        and word not in _THINGS
        and single not in _THINGS
    )


def let_go(low: list[str], i: int) -> bool:
    """Whether "let" at ``i`` with "go" dismisses people: in the passive ("were let go", "had
    been let go") or with people for its object ("let go 40 staff"); "let go of the rope"
    and "let it go" are none."""
    if low[i] != "let" or low[i + 1 : i + 2] != ["go"] or low[i + 2 : i + 3] == ["of"]:
        return False
    if _released(low, i):
        return False  # "two suspects were let go without charge": freed, not dismissed
    before = [w for w in low[max(0, i - 3) : i] if w not in lx.NEGATORS]
    if before and before[-1] in lx.BE_FORMS | {"being", "been", "get", "got", "getting"}:
        return True
    nxt = low[i + 2 : i + 5]
    k = 0
    while k < len(nxt) and (nxt[k].isdigit() or nxt[k] in NUMBER_WORDS or nxt[k] in
                            ("the", "its", "their", "our", "all", "some", "any")):  # fmt: skip
        k += 1
    return k < len(nxt) and person_noun(nxt[k])


# people held, not employed, whom "let go" frees ("the hostages were let go")
_HELD = frozenset({"suspect", "suspects", "prisoner", "prisoners", "hostage", "hostages",
                   "detainee", "detainees", "inmate", "inmates", "captive", "captives",
                   "patient", "patients", "protester", "protesters", "protestor",
                   "protestors", "migrants", "arrested"})  # fmt: skip
# what a release from custody or care is said with ("let go without charge", "let go home")
_FREED = (["without", "charge"], ["on", "bail"], ["with", "a", "caution"], ["with", "a", "warning"],
          ["home"], ["free"], ["unharmed"])  # fmt: skip


def _released(low: list[str], i: int) -> bool:
    """Whether "let go" at ``i`` frees people held: said of suspects, prisoners or patients
    near it ("police let go two suspects", "the hostages were let go"), or with a word of
    release after it ("were let go without charge", "let go home", "let go on bail")."""
    near = low[max(0, i - 6) : i] + low[i + 2 : i + 6]
    if any(w in _HELD for w in near):
        return True
    after = low[i + 2 :]
    return any(after[: len(f)] == f for f in _FREED)


def person_after_article(low: list[str], i: int) -> bool:
    """Whether "a" or "an" after ``i`` names a person ("laid off a single seafarer", "fired
    an engineer"), read past a counting word; "fired a warning shot" names none."""
    k = i + 1
    if low[k : k + 1] not in (["a"], ["an"]):
        return False
    k += 1
    while k < len(low) and low[k] in _COUNTING:
        k += 1
    return k < len(low) and person_noun(low[k]) and low[k + 1 : k + 2] != ["'s"]


def told_of(low: list[str], i: int) -> bool:
    """Whether "told" at ``i`` gives someone notice of a thing: in the passive with "about"
    or "of" ("the council was told about every death", "we were never told of the plan"),
    or with a person and then "about" or "of" ("told the council about the closure").
    "Told reporters that ...", "was told to leave" and "told of her ordeal" are none."""
    if low[i] not in _TOLD:
        return False
    if low[i + 1 : i + 2] and low[i + 1] in _OF_WHAT:
        before = [w for w in low[max(0, i - 3) : i] if w not in lx.NEGATORS
                  and w not in _BETWEEN_TOLD and not w.endswith("ly")]  # fmt: skip
        return bool(before) and before[-1] in lx.BE_FORMS | {"being", "been"}
    for k in range(i + 1, min(len(low), i + 5)):
        if low[k] in _OF_WHAT:
            return k > i + 1 and (person_noun(low[k - 1]) or _body(low, i + 1, k))
        if not low[k].isalpha() or low[k] in ("that", "to", "how", "what", "why", "when"):
            return False
    return False


# words between a passive's "be" and "told" ("was first told about", "were only told of")
_BETWEEN_TOLD = frozenset({"ever", "first", "only", "also", "all", "already", "each", "both"})
# bodies told of things ("told the council about", "told the regulator of")
_BODIES = frozenset(
    {
        "council",
        "board",
        "regulator",
        "police",
        "authority",
        "authorities",
        "union",
        "ministry",
        "department",
        "government",
        "committee",
        "inspectorate",
        "agency",
        "company",
        "firm",
        "park",
        "school",
        "hospital",
        "public",
        "residents",
        "families",
        "parents",
        "tenants",
        "passengers",
        "customers",
        "patients",
        "cabinet",
        "commission",
        "federation",
        "association",
        "trust",
        "club",
        "league",
        "parliament",
        "assembly",
    }
)  # fmt: skip  (people: person_noun)


def _body(low: list[str], start: int, end: int) -> bool:
    """Whether the words between ``start`` and ``end`` end in a body ("the council")."""
    words = low[start:end]
    return bool(words) and words[-1] in _BODIES
