"""Matter questions: a natural yes/no question from the clearest statement of a matter.

"Will Putin and Trump hold a formal meeting at APEC?", "Did the council approve the budget?":
auxiliary inversion, do-support in the verb's tense, negation dropped, the speaker's "I" made
their name. Rule-based, no model; the fallback is "Is it true that ...?".
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from . import lexicon as lx
from .cut_sense import CUT_FORMS
from .stance import Stance

if TYPE_CHECKING:
    from .cluster import Position


def question(key: str, positions: tuple[Position, ...]) -> str:
    """A readable question from the clearest clause that answers it (yes first)."""
    return question_of(key, positions)[0]


def _sign(p: Position, key: str = "") -> int:
    """+1 when the clause names the event by its own word ("reopen"), -1 by its opposite
    ("closed"): a question built on the opposite asks the opposite. Only of the matter's own
    concept: "fall" asks the opposite of a rise, but is the event itself of the matter of a
    fall (``rise-down``, :func:`.scales.scalar_events`)."""
    word = p.stance.words[0] if p.stance.words else ""
    concept = lx.CONCEPTS.get(lx.stem(word)) or lx.PHRASAL_CONCEPTS.get(word.lower())
    if key == "rise" and word.lower() in CUT_FORMS:
        return -1  # "will cut fares": a fall, in the matter of a rise (:mod:`.cut_sense`)
    return concept[1] if concept and (not key or concept[0] == key) else 1


def flipped(stance: Stance) -> Stance:
    """The same stance toward the opposite question."""
    label = {"yes": "no", "no": "yes"}.get(stance.label, stance.label)
    return replace(stance, label=label)  # type: ignore[arg-type]


def question_of(key: str, positions: tuple[Position, ...]) -> tuple[str, bool]:
    """The question and whether it asks the opposite of the event (answers then flip)."""
    candidates: list[tuple[tuple[object, ...], str, Position]] = []
    for p in positions:
        if not p.stance.clause:
            continue
        word = (p.stance.words[0] if p.stance.words else "").lower()
        st = p.item.statement
        quoted = st.kind == "direct"
        names = _names_in(st.content.text) if quoted else frozenset()
        built = yes_no_question(p.stance.clause, speaker=p.item.speaker_name, event=word,
                                quoted=quoted, names=names)  # fmt: skip
        if built is None:
            continue
        text, form = built
        rank = (_sign(p, key) < 0, form, -len(p.stance.entities), not p.stance.certain, len(text))
        candidates.append((rank, text, p))
    if candidates:
        _, text, p = min(candidates, key=lambda c: c[0])
        return text, _sign(p, key) < 0
    ranked = sorted(
        (p for p in positions if p.stance.clause),
        key=lambda p: ("QUOTED" in p.stance.clause, len(p.stance.clause)),
    )
    if ranked:
        p = ranked[0]
        text = p.stance.clause
        if "QUOTED" in text or _subjectless(text):  # "could reopen in March": the whole content
            text = p.item.statement.content.text
        clause = _lower_first(_clean(text)).rstrip(".,;:")
        return f"Is it true that {clause}?", _sign(p, key) < 0
    return f"What about {key}?", False


# -- yes/no questions from a clause ---------------------------------------------------------

_MODAL_HEAD = {
    "will": "Will", "would": "Will", "'ll": "Will", "shall": "Will", "wo": "Will",
    "might": "Will", "may": "Will", "can": "Can", "could": "Can", "ca": "Can",
    "should": "Should", "must": "Must",
}  # fmt: skip
_BE_FORMS = {"is": "Is", "are": "Are", "was": "Was", "were": "Were", "am": "Am", "'s": "Is",
             "'re": "Are"}  # fmt: skip
_HAVE_FORMS = {"has": "Has", "have": "Have", "had": "Had", "'ve": "Have"}
_DO_FORMS = {"do": "Do", "does": "Does", "did": "Did"}
_NEGATION = frozenset({"not", "n't", "never"})
_NEGATIVE_SUBJECT = {"none": "any", "no": "any", "nobody": "anyone", "nothing": "anything",
                     "neither": "either", "no-one": "anyone", "noone": "anyone"}  # fmt: skip
# an indirect question or a subordinate clause: no question of its own
_WH = frozenset({
    "why", "how", "what", "whether", "if", "who", "when", "where", "which", "once", "unless",
    "after", "before", "until", "because", "while", "although", "though", "as", "since",
})  # fmt: skip
# the bound of a denial ("not ... until 2030"): its question asks "before" the bound
_UNTIL = frozenset({"until", "till"})
_ADVERBS = frozenset({"also", "still", "already", "just", "now", "then", "ever"})
# the speaker: "I" in a quote; "I", "he" or "she" in reported speech ("he said he would")
_SELF = frozenset({"i", "he", "she"})
# "I think" / "we believe" before the clause that asks the question
_OPINION = frozenset({"think", "believe", "expect", "hope", "know", "guess", "feel", "suppose"})
# where the main clause ends: reasons, concessions, what follows "and that" / "saying", a
# second predicate ("was testing soil and expected results by January")
_TAIL = re.compile(
    r"\s+(?:because|while|although|though|whereas|so that|since)\s.*$"
    r"|,?\s+and that\s.*$|,?\s+saying\s.*$|\s+[-—–]\s.*$|[;:!?](?:\s.*)?$"
    r"|,?\s+and\s+\w+ed\s.*$",
    re.IGNORECASE,
)
# irregular past forms and their base: for do-support here, and in :mod:`.figures` to tell a
# verb ("30 people came") from the noun a figure measures
IRREGULAR_BASE = {
    "paid": "pay", "sold": "sell", "made": "make", "told": "tell", "held": "hold", "won": "win",
    "lost": "lose", "met": "meet", "left": "leave", "took": "take", "taken": "take",
    "gave": "give", "given": "give", "went": "go", "gone": "go", "came": "come", "saw": "see",
    "seen": "see", "said": "say", "found": "find", "kept": "keep", "brought": "bring",
    "bought": "buy", "began": "begin", "begun": "begin", "spent": "spend", "sent": "send",
    "built": "build", "fell": "fall", "fallen": "fall", "rose": "rise", "risen": "rise",
    "grew": "grow", "grown": "grow", "knew": "know", "known": "know", "thought": "think",
    "struck": "strike", "ran": "run", "chose": "choose", "chosen": "choose", "wrote": "write",
    "written": "write", "spoke": "speak", "spoken": "speak", "broke": "break",
    "broken": "break", "stood": "stand", "led": "lead", "fought": "fight", "caught": "catch",
    "taught": "teach", "sought": "seek", "drove": "drive", "driven": "drive", "became": "become",
    "got": "get", "gotten": "get", "heard": "hear", "meant": "mean", "laid": "lay",
    "withdrew": "withdraw", "withdrawn": "withdraw", "shut": "shut", "cut": "cut", "put": "put",
    "set": "set", "hit": "hit", "quit": "quit", "let": "let", "read": "read", "did": "do",
    "done": "do", "had": "have", "felt": "feel", "hid": "hide", "hidden": "hide", "ate": "eat",
    "forgot": "forget", "understood": "understand", "agreed": "agree", "freed": "free",
    "created": "create", "focused": "focus",
}  # fmt: skip
_AFTER_DET = frozenset({
    "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that",
    "these", "those", "some", "any", "no", "every", "each",
})  # fmt: skip


def base_form(verb: str) -> str:
    """The base form of a past or third-person verb, by rule ("transferred" -> "transfer",
    "voted" -> "vote", "certified" -> "certify", "keeps" -> "keep"): good enough for
    do-support, not a lemmatizer."""
    w = verb.lower()
    if w in IRREGULAR_BASE:
        return IRREGULAR_BASE[w]
    if w.endswith("ied") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("ed") and len(w) > 4:
        return _past_stem(w[:-2])
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes", "zes", "oes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        return w[:-1]
    return w


# after "-ed" is removed, these endings want their "e" back ("approv", "forc", "merg",
# "chang", "rins", "decid", "conclud", "contribut", "schedul", "complet")
_E_ENDINGS = (
    "v", "c", "z", "rg", "dg", "lg", "ang", "eng", "ns", "rs", "ps", "ls", "ul", "plet", "let",
    "pet", "ur", "ir", "uir", "th", "gnor", "stor", "plor", "scor",
)  # fmt: skip


# a consonant and one vowel before these endings: the verb ends in a silent "e" ("declin",
# "determin", "manag", "oblig", "assum", "consol", "compil", "escap", "invok"); verbs that end
# in these sounds without an "e" double the consonant ("skinned", "zigzagged", "patrolled")
# or hold two vowels ("joined", "detailed", "heaped", "looked")
_SILENT_E = re.compile(r"[^aeiouy](?:in|ag|ig|um|ol|il|ap|[aeiou]k)$")


def _past_stem(s: str) -> str:
    groups = len(re.findall(r"[aeiouy]+", s))
    if len(s) > 3 and s[-1] == s[-2] and s[-1] not in "aeiouy":
        if s[-1] in "sz" or (s[-1] == "l" and (groups < 2 or s[-3] not in "eo")):
            return s  # passed, buzzed, called, recalled
        return s[:-1]  # transferred, stopped, controlled
    if s.endswith(_E_ENDINGS) or re.search(r"[aeiou]s$", s) or _SILENT_E.search(s):
        return s + "e"  # approved, forced, caused, released, ruled, secured, declined
    if re.search(r"[^aeiou][aeiou][dt]$", s) and groups > 1 and not s.endswith(("it", "et")):
        return s + "e"  # decided, concluded, contributed, debated
    if groups == 1 and re.search(r"[^aeiou][aeiou][bcdfgklmnprstvz]$", s):
        return s + "e"  # voted, closed, hoped, named
    return s


def _finite(word: str, prev: str) -> bool:
    """Whether ``word`` can be a finite main verb right after a subject (no auxiliary)."""
    if word in IRREGULAR_BASE or (word.endswith("ed") and len(word) > 4):
        return prev not in _AFTER_DET
    return False


def yes_no_question(
    clause: str,
    *,
    speaker: str | None = None,
    event: str = "",
    quoted: bool = False,
    names: frozenset[str] = frozenset(),
) -> tuple[str, int] | None:
    """A yes/no question asking what ``clause`` asserts, with its form's rank, or None.

    Auxiliary inversion ("the mayor is resigning" -> "Is the mayor resigning?"; "would not
    meet" -> "Will ... meet?"; "had been altered" -> "Were ... altered?"), do-support with the
    tense ("the council approved the budget" -> "Did the council approve the budget?"),
    a negative subject made positive ("none of the fires" -> "any of the fires") and the
    negation dropped: the question asks the event, the stances answer it; a denied clause's
    "until" becomes "before" ("would not be built until 2030" -> "Will ... be built before
    2030?": the denial answers no to that, and "be built until 2030" reads as nothing). "I" as
    the subject is taken to be the speaker, and so are "he" and "she" outside a quote ("he said
    he would resign"); in a quote they are someone else, and no question is built on them. A leading
    "I think" / "we believe" is left out. In a direct quote (``quoted``) the first word
    is capitalized by the sentence, not as a name, unless ``names`` (lower case) lists it
    ("Property taxes will rise" -> "Will property taxes rise?"). The rank orders the forms:
    a modal (0) reads best, then be (1), have (2), do-support (3). None when no form fits (no
    verb found, the subject is empty, another pronoun, or too long), or when the event word
    is lost.
    """
    text = _clean(clause).replace("’", "'")
    text = _TAIL.sub("", _first_sentence(text)).strip(" ,;:\"'“”‘")
    text = _CONTRACTION.sub(lambda m: _UNCONTRACT.get(m[1].lower(), m[1]) + " not", text)
    text = re.sub(r"[\"“”]|\bno longer\s+", "", text)
    words = text.split()
    if len(words) < 2 or "QUOTED" in words:
        return None
    low = [w.lower().strip(",\"'“”‘’") for w in words]
    if len(low) > 3 and low[0] in ("i", "we") and low[1] in _OPINION:  # "I think the bridge ..."
        cut = 3 if low[2] == "that" else 2
        words, low = words[cut:], low[cut:]
    if low[0] in _WH or low[0] in _MODAL_HEAD or low[0] in _BE_FORMS or low[0] in _HAVE_FORMS:
        return None  # an indirect question ("why residents should pay"), or no subject
    found = _split(words, low)
    if found is None:
        return None
    k, head, form, rest = found
    subject = words[:k]
    negated = any(w.lower() in _NEGATION for w in [*subject, *rest])
    while subject and subject[-1].lower() in _NEGATION | _ADVERBS:
        subject = subject[:-1]  # "Farrow never transferred": the question drops the negation
    if not subject or len(subject) > 12:
        return None
    first = subject[0].lower()
    if len(subject) == 1 and first in _SELF and (first == "i" or not quoted):
        if not speaker:
            return None
        subject = [speaker]
    elif first in _NEGATIVE_SUBJECT:
        subject = [_NEGATIVE_SUBJECT[first], *subject[1:]]
    elif len(subject) == 1 and first in lx.PRONOUNS and first != "there":
        return None
    elif quoted and subject[0][:1].isupper() and first not in names:
        subject = [first if subject[0].isalpha() else subject[0], *subject[1:]]
    rest = [w for w in rest if w.lower() not in _NEGATION]
    if negated:  # "would not be built until 2030" asks whether it is built *before* 2030
        rest = ["before" if w.lower() in _UNTIL else w for w in rest]
    for j, w in enumerate(rest[:2]):  # "be no strike" -> "be any strike"
        if w.lower() in _NEGATIVE_SUBJECT and (j == 0 or rest[0].lower() in ("be", "been")):
            rest[j] = _NEGATIVE_SUBJECT[w.lower()]
    if not rest:
        return None
    body = " ".join([*subject, *rest]).rstrip(".,;:")
    out = f"{head} {_lower_first(body)}?"
    if event and not _names(out, event):
        return None
    return out, form


def _names(question: str, event: str) -> bool:
    """Whether the question still names the event word (in any inflection)."""
    stems = {lx.stem(event), lx.stem(base_form(event))}
    for w in question.lower().split()[1:]:
        w = w.strip(",.?'")
        if event in w or lx.stem(w) in stems or lx.stem(base_form(w)) in stems:
            return True
    return False


_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "no", "gov", "sen", "rep", "gen", "lt", "col",
    "sgt", "prof", "co", "inc", "corp", "ltd", "vs", "jan", "feb", "aug", "sept", "oct", "nov",
    "dec",
})  # fmt: skip


def _first_sentence(text: str) -> str:
    """Up to the first full stop that ends a sentence (not "Dr." or "U.S.")."""
    for m in re.finditer(r"\.(?=\s|$)", text):
        word = text[: m.start()].rsplit(None, 1)[-1] if text[: m.start()].strip() else ""
        if word.lower() in _ABBREVIATIONS or len(word) == 1 or "." in word:
            continue
        return text[: m.start()]
    return text


_CONTRACTION = re.compile(r"\b(\w+)n't\b", re.IGNORECASE)
_UNCONTRACT = {"wo": "will", "ca": "can", "sha": "shall"}


def _split(words: list[str], low: list[str]) -> tuple[int, str, int, list[str]] | None:
    """(subject length, question head, form rank, the rest) of a declarative clause."""
    for k, w in enumerate(low):
        if k == 0:
            continue
        if w in _MODAL_HEAD:
            j = k + 1
            while j < len(low) and low[j] in _NEGATION:
                j += 1
            if low[j : j + 1] == ["have"]:  # "could have closed": the modal stays
                return k, w.capitalize(), 0, words[k + 1 :]
            return k, _MODAL_HEAD[w], 0, words[k + 1 :]
        if w in ("going",) and low[k - 1] in _BE_FORMS and low[k + 1 : k + 2] == ["to"]:
            return k - 1, "Will", 0, words[k + 2 :]
        if w in _BE_FORMS:
            nxt = low[k + 1 : k + 3]
            if nxt[:1] == ["going"] and nxt[1:] == ["to"]:
                return k, "Will", 0, words[k + 3 :]
            return k, _BE_FORMS[w], 1, words[k + 1 :]
        if w in _HAVE_FORMS:
            j = k + 1
            while j < len(low) and low[j] in _NEGATION:
                j += 1
            if low[j : j + 1] == ["been"]:  # had been altered -> were ... altered
                plural = _plural(low[:k])
                head = ("Were" if plural else "Was") if w == "had" else _HAVE_FORMS[w]
                rest = words[j + 1 :] if w == "had" else words[k + 1 :]
                return k, head, 1 if w == "had" else 2, rest
            if j < len(low) and (low[j].endswith("ed") or low[j] in IRREGULAR_BASE):
                if w == "had":  # reported speech: "had transferred" -> did ... transfer
                    return k, "Did", 3, [base_form(low[j]), *words[j + 1 :]]
                return k, _HAVE_FORMS[w], 2, words[k + 1 :]
            return None
        if w in _DO_FORMS:
            return k, _DO_FORMS[w], 3, words[k + 1 :]
        if _finite(w, low[k - 1]):
            return k, "Did", 3, [base_form(w), *words[k + 1 :]]
        if _present_verb(low, k):
            plural = _plural(low[:k])
            return k, "Do" if plural else "Does", 3, [base_form(w), *words[k + 1 :]]
    return None


_PREPOSITIONS = frozenset({"of", "at", "in", "on", "for", "with", "from", "to", "by", "about",
                           "under", "near", "beneath", "behind", "across", "who", "which",
                           "that"})  # fmt: skip


def _plural(subject: list[str]) -> bool:
    if not subject:
        return False
    if subject[0] in ("none", "any", "neither", "either") and subject[1:2] == ["of"]:
        subject = subject[2:]  # "none of the fires": as the fires
    elif subject[0] in ("all", "both", "many", "several", "few", "two", "three"):
        return True
    if not subject:
        return False
    if " and " in f" {' '.join(subject)} ":
        return True
    cut = next((i for i, w in enumerate(subject) if i and w in _PREPOSITIONS), len(subject))
    head = subject[cut - 1]  # "the bank records at the heart of the case": records
    return head.endswith("s") and not head.endswith(("ss", "us", "is"))


def _present_verb(low: list[str], k: int) -> bool:
    """Whether the -s word at ``k`` is a present-tense verb after a short subject: followed
    by a determiner, a number or a particle ("the budget keeps all five branches open")."""
    w, prev = low[k], low[k - 1]
    if not w.endswith("s") or w.endswith(("ss", "us", "is")) or k > 4:
        return False
    if prev in _AFTER_DET or prev in lx.STOPWORDS or not prev.isalpha():
        return False
    nxt = low[k + 1] if k + 1 < len(low) else ""
    return nxt in _AFTER_DET or nxt in ("all", "to", "up", "out") or nxt[:1].isdigit()


def _names_in(text: str) -> frozenset[str]:
    """Words capitalized inside a sentence (names), lower case."""
    toks = text.split()
    return frozenset(
        t.strip(",.?!;:'\"“”‘’()").lower()
        for i, t in enumerate(toks)
        if i and t[:1].isupper() and not toks[i - 1].endswith((".", "?", "!", '"', "“"))
    )


def _clean(clause: str) -> str:
    text = re.sub(r"^(?:and|but|that|so)\s+", "", clause.strip(" \"',“”‘’"),
                  flags=re.IGNORECASE)  # fmt: skip
    return re.sub(r"\s+", " ", text)


def _subjectless(clause: str) -> bool:
    """A clause that opens with its verb ("could reopen in March"): its subject is elsewhere."""
    first = _clean(clause).split(" ", 1)[0].lower()
    return first in _MODAL_HEAD or first in _BE_FORMS or first in _HAVE_FORMS or first in _DO_FORMS


def _lower_first(text: str) -> str:
    first = text.split(" ", 1)[0]
    if first.lower() in ("the", "a", "an", "it", "there", "this", "that", "any", "anyone",
                         "anything", "either", "all", "every", "each", "some", "no", "we",
                         "they", "you"):  # fmt: skip
        return text[0].lower() + text[1:]
    return text
