"""Name normalization for speaker identity: people's names, roles, organizations and outlets.

Pure functions, no database: :mod:`onrecord.store.identity` uses them to decide whether two
names can be the same entity.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# fmt: off
HONORIFICS = frozenset({
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "rev", "fr", "lord", "lady",
})
TITLES = {  # abbreviated titles that are roles
    "sen": "senator", "rep": "representative", "gov": "governor", "gen": "general",
    "lt": "lieutenant", "col": "colonel", "adm": "admiral", "sgt": "sergeant", "capt": "captain",
    "pres": "president", "amb": "ambassador", "atty": "attorney", "supt": "superintendent",
    "insp": "inspector", "det": "detective", "cmdr": "commander", "maj": "major",
}
ROLE_WORDS = frozenset({
    "president", "vice", "secretary", "senator", "governor", "mayor", "minister", "spokesman",
    "spokeswoman", "spokesperson", "director", "chief", "officer", "chairman", "chairwoman",
    "chair", "ceo", "cfo", "coo", "executive", "manager", "commissioner", "representative",
    "congressman", "congresswoman", "ambassador", "attorney", "general", "judge", "justice",
    "sheriff", "chancellor", "premier", "deputy", "adviser", "advisor", "aide", "leader",
    "speaker", "professor", "councilman", "councilwoman", "councilmember", "councillor",
    "treasurer", "analyst", "economist", "coach", "captain", "inspector", "superintendent",
    "founder", "candidate", "lawmaker", "administrator", "commander", "lawyer", "counsel",
    "editor", "correspondent", "reporter", "senator-elect", "president-elect", "prosecutor",
    "detective", "sergeant", "lieutenant", "colonel", "admiral", "chairperson", "head",
    "physician", "scientist", "researcher", "activist", "organizer", "pastor", "bishop",
    "principal", "owner", "partner", "assemblyman", "assemblywoman", "delegate", "clerk",
    "auditor", "comptroller", "controller", "regent", "trustee", "marshal", "constable",
})
ROLE_STOPWORDS = frozenset({
    "the", "of", "a", "an", "for", "at", "to", "and", "in", "on", "s", "former", "acting",
    "interim", "then", "current", "new", "senior", "longtime",
})
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v", "phd", "md", "esq"})
PARTICLES = frozenset({
    "de", "van", "von", "der", "den", "da", "di", "du", "del", "della", "la", "le", "al", "el",
    "bin", "ibn", "st", "ter", "dos", "das",
})
PRONOUNS = frozenset({
    "i", "me", "we", "us", "you", "he", "him", "she", "her", "they", "them", "it", "his",
    "hers", "their", "theirs", "its", "our", "this", "that", "these", "those", "who", "one",
    "someone", "somebody", "anyone", "everyone",
})
NICKNAMES = [
    {"robert", "bob", "bobby", "rob", "robbie", "bert"},
    {"william", "bill", "billy", "will", "liam"},
    {"michael", "mike", "mikey", "mick"}, {"james", "jim", "jimmy", "jamie"},
    {"thomas", "tom", "tommy"}, {"joseph", "joe", "joey"}, {"elizabeth", "liz", "beth", "betsy",
    "eliza", "lisa", "libby"}, {"katherine", "catherine", "kathryn", "kate", "katie", "kathy",
    "cathy", "kat"}, {"daniel", "dan", "danny"}, {"david", "dave", "davey"},
    {"christopher", "chris"}, {"nicholas", "nick", "nicky"}, {"alexander", "alex", "sandy"},
    {"alexandra", "alex", "sasha"}, {"samuel", "sam", "sammy"}, {"samantha", "sam"},
    {"benjamin", "ben", "benny"}, {"anthony", "antony", "tony"}, {"stephen", "steven", "steve"},
    {"edward", "ed", "eddie", "ted", "ned"}, {"richard", "rick", "ricky", "dick", "rich"},
    {"jennifer", "jen", "jenny"}, {"patricia", "pat", "patty", "trish"}, {"patrick", "pat"},
    {"susan", "sue", "susie"}, {"margaret", "meg", "maggie", "peggy", "marge"},
    {"andrew", "andy", "drew"}, {"matthew", "matt"}, {"gregory", "greg"}, {"jeffrey", "jeff"},
    {"kenneth", "ken", "kenny"}, {"lawrence", "larry"}, {"ronald", "ron", "ronnie"},
    {"donald", "don", "donnie"}, {"charles", "chuck", "charlie"}, {"timothy", "tim"},
    {"rebecca", "becky", "becca"}, {"deborah", "debbie", "deb"}, {"victoria", "vicky", "tori"},
    {"jonathan", "jon"}, {"john", "jack", "johnny"}, {"frederick", "fred", "freddie"},
    {"theodore", "ted", "teddy", "theo"}, {"abigail", "abby"}, {"sarah", "sara"},
    {"zachary", "zach", "zack"}, {"joshua", "josh"}, {"nathaniel", "nate", "nathan"},
]
KNOWN_ORGS = {  # normalized alias -> normalized canonical name
    "ap": "associated press", "nyt": "new york times", "ny times": "new york times",
    "wapo": "washington post", "wsj": "wall street journal", "ft": "financial times",
    "un": "united nations", "eu": "european union", "fbi": "federal bureau of investigation",
    "cia": "central intelligence agency", "epa": "environmental protection agency",
    "fda": "food and drug administration", "cdc": "centers for disease control and prevention",
    "who": "world health organization", "imf": "international monetary fund",
    "nasa": "national aeronautics and space administration", "gop": "republican party",
    "doj": "justice department", "department of justice": "justice department",
    "dod": "pentagon", "defense department": "pentagon", "department of defense": "pentagon",
    "state department": "department of state", "npr": "national public radio",
    "bbc": "british broadcasting corporation", "afp": "agence france presse",
}
# fmt: on
CORPORATE = frozenset({"inc", "corp", "corporation", "co", "llc", "ltd", "plc", "company"})
ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "on", "in", "at", "to", "&"})

_PUNCT = re.compile(r"[^\w\s&-]")
_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lowercase ASCII-ish form: accents removed, curly quotes straightened, spaces collapsed."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace("‘", "'")
    return _SPACE.sub(" ", text).strip().lower()


def _word(token: str) -> str:
    return token.lower().strip(".,;:'\"()[]").replace(".", "")


def is_named(name: str | None) -> bool:
    """True for a proper name; False for None, pronouns and lowercase descriptions ("officials")."""
    if not name or not name.strip():
        return False
    word = name.strip(" .,")
    if fold(word) in PRONOUNS and not (len(word) > 1 and word.isupper()):  # "WHO" is named
        return False
    return any(c.isupper() for c in name)


@dataclass(frozen=True, slots=True)
class PersonName:
    """A person's name split into parts; every part is folded to lowercase."""

    display: str  # the name without titles and roles, as written
    first: str | None
    middle: tuple[str, ...]
    surname: str
    roles: tuple[str, ...]  # roles that were written into the name ("Sen.", "Press Secretary")

    @property
    def key(self) -> str:
        return " ".join([*([self.first] if self.first else []), *self.middle, self.surname])


def _strip_possessive(text: str) -> str:
    return re.sub(r"['’]s$", "", text.strip())


def parse_person(raw: str) -> PersonName | None:
    """Split "White House Press Secretary Sarah Huckabee Sanders" into roles and name parts.

    Returns:
        The parsed name, or None when nothing name-like is left.
    """
    text = _strip_possessive(raw.strip(" ,.;:\"'()"))
    roles: list[str] = []
    if "," in text:
        head, _, tail = text.partition(",")
        if _word(tail) in SUFFIXES:
            text = head
        else:
            text = head
            if tail.strip():
                roles.append(tail.strip())
    tokens = [t for t in text.split() if t.strip(".,")]
    while tokens and _word(tokens[0]) in ("the", "former", "acting", "then"):
        tokens.pop(0)
    # the role prefix ends at the last role word that leaves a name after it
    cut = -1
    for i, token in enumerate(tokens[:-1]):
        w = _word(token)
        if w in ROLE_WORDS or w in TITLES:
            cut = i
    if cut >= 0:
        end = cut + 1
        if end < len(tokens) - 1 and _word(tokens[end]) in ("of", "for", "at", "to"):
            end = max(end, len(tokens) - 2)  # "Secretary of State Mike Pompeo": keep two
        prefix = tokens[:end]
        title = TITLES.get(_word(prefix[-1])) if len(prefix) == 1 else None
        roles.insert(0, title or " ".join(prefix))
        tokens = tokens[end:]
    while tokens and _word(tokens[0]) in HONORIFICS:
        tokens.pop(0)
    while len(tokens) > 1 and _word(tokens[-1]) in SUFFIXES:
        tokens.pop()
    pairs = [(t, fold(_word(t))) for t in tokens]
    tokens = [t for t, w in pairs if w]
    words = [w for _, w in pairs if w]
    if not words or not any(c.isalpha() for c in words[-1]):
        return None
    display = " ".join(tokens)
    surname_len = 1  # "Ursula von der Leyen": lowercase particles belong to the surname
    while (
        surname_len < len(words)
        and words[-surname_len - 1] in PARTICLES
        and tokens[-surname_len - 1].islower()
    ):
        surname_len += 1
    surname = " ".join(words[-surname_len:])
    rest = words[:-surname_len]
    first = rest[0] if rest else None
    return PersonName(display, first, tuple(rest[1:]), surname, tuple(roles))


def first_names_match(a: str, b: str) -> bool:
    """Same first name: equal, an initial of the other, a nickname, or a 3+ letter prefix."""
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    if any(a in group and b in group for group in NICKNAMES):
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 3 and long_.startswith(short)


def middles_match(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Middle names agree where both are given ("W." vs "H. W." do not)."""
    if not a or not b:
        return True
    if len(a) != len(b):
        return False
    return all(first_names_match(x, y) for x, y in zip(a, b, strict=True))


def role_key(role: str) -> str:
    """Normalized role text: folded, punctuation and filler words ("former", "the") removed."""
    words = _PUNCT.sub(" ", fold(role).replace("'s", "")).split()
    words = [TITLES.get(w, w) for w in words]
    return " ".join(w for w in words if w not in ROLE_STOPWORDS)


def role_words(keys: set[str] | list[str] | tuple[str, ...]) -> set[str]:
    """Content words of role keys, for overlap tests ("press secretary" ~ "secretary")."""
    return {w for key in keys for w in key.split() if w not in ("deputy", "vice", "assistant")}


def org_key(name: str) -> str:
    """Normalized organization or outlet name: "The New York Times Co." -> "new york times"."""
    text = fold(name).replace("&", " and ")
    text = re.sub(r"(?<=\b\w)\.(?=\w\.)|(?<=\b\w)\.", "", text)  # U.S. -> us
    words = _PUNCT.sub(" ", text).split()
    if words and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in CORPORATE:
        words.pop()
    key = " ".join(words)
    return KNOWN_ORGS.get(key, key)


def acronym(name: str) -> str | None:
    """The acronym an organization is known by: "EPA" for itself and its long name."""
    words = [w for w in re.split(r"[\s-]+", name.strip()) if w]
    if len(words) == 1:
        word = words[0].replace(".", "")
        return word.lower() if word.isupper() and len(word) >= 2 else None
    letters = [w[0] for w in words if w.lower() not in ACRONYM_SKIP and w[0].isalpha()]
    return "".join(letters).lower() if len(letters) >= 2 else None
