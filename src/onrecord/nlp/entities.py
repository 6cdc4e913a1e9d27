"""The people, organizations and outlets an article names, with their roles and gender cues.

The first pass of speaker resolution (see :mod:`onrecord.nlp.speakers`): names from the NER and
from runs of proper nouns the NER missed become entities. People are keyed by full name and found
again by surname or first name ("Sanders" joins "Sarah Sanders"); the words in front of a name
in its phrase ("White House Press Secretary Sarah Sanders") and appositions ("Luis Ortega, the
union's president,") are collected as roles; titles and role nouns give a gender cue for
pronouns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .gender import gender_of_name, is_first_name
from .name_kinds import body_or_place, first_name_before, set_off_as_person, trade_name
from .outlet_names import outlet_name
from .relative_roles import relative_roles
from .role_phrases import contiguous_start, owned_title, role_tail

TITLES = frozenset(
    "mr mr. mrs mrs. ms ms. miss dr dr. cllr cllr. sen sen. rep rep. gov gov. gen gen. lt lt. "
    "col col. "
    "sgt sgt. prof prof. rev rev. hon hon. st st. judge justice president senator governor "
    "mayor minister secretary chancellor premier king queen prince princess pope "
    "representative congressman congresswoman councilman councilwoman councillor councilor "
    "chairman chairwoman "
    "chair ceo spokesman spokeswoman spokesperson commissioner director chief sheriff "
    "ambassador attorney general sir dame lady lord".split()
)
# Words of a title or role that stand in front of a name ("County Executive Marguerite Olsen").
_ROLE_WORDS = TITLES | frozenset(
    "manager executive general deputy state county city town finance transport transit trustee "
    "captain superintendent former acting interim assistant associate vice lieutenant member "
    "council board party federal national regional district chief senior special counsel "
    "officer leader head owner founder president-elect rep. sen. gov. lt. gen. adm. capt. "
    "sgt. det. insp. supt. atty. commander inspector detective officer coach principal dean "
    "provost bishop rabbi imam pastor father sister brother".split()
)
# titles, pronouns and roles that tell a person's gender ("spokeswoman", "Mr.")
FEMALE_WORDS = frozenset(
    "mrs mrs. ms ms. miss she her spokeswoman chairwoman congresswoman councilwoman queen "
    "princess lady dame mother daughter wife sister actress businesswoman".split()
)
MALE_WORDS = frozenset(
    "mr mr. he him his spokesman chairman congressman councilman king prince sir lord father "
    "son husband brother actor businessman".split()
)
ORG_WORDS = frozenset(
    "department ministry council committee party agency university college office house "
    "administration government commission board authority court inc inc. corp corp. company "
    "group union association institute foundation bureau service police army navy campaign "
    "senate congress parliament assembly kremlin pentagon fbi cia nato un league bank fund "
    "coalition network federation organization organisation club team hospital school".split()
)
ROLE_SYNONYMS = {
    "official": "officer",
    "officer": "officer",
    "chief": "head",
    "director": "head",
    "head": "head",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "spokesperson": "spokesperson",
    "press secretary": "spokesperson",
    "chairman": "chair",
    "chairwoman": "chair",
    "chairperson": "chair",
}
PERSONAL = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
GROUP = {"they", "them", "we", "us"}


@dataclass
class EntityDraft:
    """An entity while the article is being read; frozen into ``models.Entity`` at the end."""

    name: str
    type: str  # person | organization | outlet | unknown
    key: str
    roles: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    gender: str | None = None  # "m" | "f"
    # the gender comes only from the first name's usual use: a prior that a title right before
    # the name ("Ms.", "councilwoman") overrules
    gender_by_name: bool = False
    subject_mentions: list[int] = field(default_factory=list)

    def add_role(self, role: str) -> None:
        role = re.sub(r"\s+", " ", role).strip(" ,")
        if not re.search(r"[A-Za-z]{2}", role):  # "67" is an age, not a role
            return
        if role and role.lower() not in {r.lower() for r in self.roles}:
            self.roles.append(role)


@dataclass
class EntityTable:
    """The entities of one article, and which entity each name token belongs to."""

    doc: Doc
    entities: list[EntityDraft] = field(default_factory=list)
    by_token: dict[int, EntityDraft] = field(default_factory=dict)

    def at(self, tok: Token) -> EntityDraft | None:
        return self.by_token.get(tok.i)


def strip_det(tokens: list[Token]) -> list[Token]:
    """``tokens`` without leading determiners, case markers and punctuation at either edge."""
    while tokens and (tokens[0].dep_ in ("det", "case") or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "case"):
        tokens = tokens[:-1]
    return tokens


def _name_runs(doc: Doc) -> list[Span]:
    """Spans that name someone: NER entities, plus runs of proper nouns the NER missed."""
    spans: list[Span] = []
    covered: set[int] = set()
    for ent in doc.ents:
        if ent.label_ in ("PERSON", "ORG", "GPE", "NORP", "FAC"):
            toks = [t for t in ent if not (t.dep_ == "case" or t.text in ("'s", "’s", "'", "’"))]
            # an entity across a sentence start ("BRAMCOTE - Linwick General Hospital", after
            # a dateline): the name is the part in the sentence that uses it
            start = max((k for k, t in enumerate(toks) if k and t.is_sent_start), default=0)
            toks = [t for t in toks[start:] if not (t.is_punct or t.is_space) or t.text in ".&"]
            if not toks:
                continue
            label = ent.label_
            if label == "NORP" and first_name_before(toks[0]):
                toks, label = [doc[toks[0].i - 1], *toks], "PERSON"  # "Gwen Tallis"
            spans.append(Span(doc, toks[0].i, toks[-1].i + 1, label=label))
            covered.update(t.i for t in toks)
    i = 0
    while i < len(doc):
        t = doc[i]
        if (
            t.pos_ == "PROPN"
            and t.i not in covered
            and t.is_title
            and not _lone_start(doc, i, covered)
        ):
            j = i
            while j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN" and doc[j + 1].i not in covered:
                j += 1
            spans.append(doc[i : j + 1])
            i = j + 1
        else:
            i += 1
    spans.sort(key=lambda s: s.start)
    return _join_hyphens(doc, spans)


def _lone_start(doc: Doc, i: int, covered: set[int]) -> bool:
    """Whether ``doc[i]`` opens its sentence and no proper noun of its own run follows it: a
    capital there says nothing of a name; one that runs on ("Linwick General Hospital said")
    is a name. A title before a name the NER found ("Mayor Tilda Brandt") stays a title."""
    if not doc[i].is_sent_start:
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is None or not (nxt.pos_ == "PROPN" and nxt.is_title and nxt.i not in covered)


def _join_hyphens(doc: Doc, spans: list[Span]) -> list[Span]:
    """Extend a name over a hyphen written without spaces: "Rosa Delgado-Whitfield"."""
    out: list[Span] = []
    for span in spans:
        end = span.end
        while (
            end + 1 < len(doc)
            and doc[end].text in ("-", "‐")
            and not doc[end - 1].whitespace_
            and not doc[end].whitespace_
            and doc[end + 1].text[:1].isupper()
        ):
            end += 2
        if out and out[-1].end > span.start:
            continue
        out.append(Span(doc, span.start, end, label=span.label_) if end != span.end else span)
    return out


def clean_person_tokens(span: Span) -> list[Token]:
    """The name in a span that may carry titles: "Transit Authority General Manager Celeste
    Nakagawa" -> "Celeste Nakagawa"; "Linden Pauline Achterberg" -> "Pauline Achterberg"."""
    toks = [t for t in span if t.text not in ("'s", "’s", "'", "’")]
    if not toks:
        return list(span)
    last_role = max(
        (i for i, t in enumerate(toks[:-1]) if t.lower_ in _ROLE_WORDS or t.is_lower), default=-1
    )
    name = toks[last_role + 1 :] or toks[-1:]
    for i, t in enumerate(name[:-1]):
        if i > 0 and is_first_name(t.text):
            name = name[i:]
            break
    return name[-4:]


def _name_text(toks: list[Token]) -> str:
    """The words of a name as written (keeps "Delgado-Whitfield" whole)."""
    doc = toks[0].doc
    return doc[toks[0].i : toks[-1].i + 1].text


def _name_span(toks: list[Token]) -> Span:
    return toks[0].doc[toks[0].i : toks[-1].i + 1]


def build_entities(doc: Doc) -> EntityTable:
    """Read the article's names into entities, with roles and gender cues."""
    table = EntityTable(doc)
    runs = _name_runs(doc)
    people: dict[str, list[EntityDraft]] = {}
    pending_single: list[Span] = []
    for span in runs:
        label = span.label_ if span.label_ else ""
        outlet = outlet_name(span)
        if outlet:
            register(table, outlet, "outlet", outlet.lower(), span)
            continue
        if label == "PERSON" or (label in ("", "ORG", "GPE", "FAC") and _looks_personal(span)):
            toks = clean_person_tokens(span)
            if len(toks) >= 2 or (len(toks) == 1 and "-" in toks[0].text):
                name = _name_text(toks)
                surname = toks[-1].lower_
                known = _hyphened_surname(name, people)
                if known is not None:  # "Okonjo-Hale said", after "Desmond Okonjo-Hale"
                    _add_mention(table, known, _name_span(toks))
                    continue
                ent = next((e for e in people.get(surname, []) if e.name == name), None)
                if ent is None:
                    ent = register(table, name, "person", name.lower(), _name_span(toks))
                    people.setdefault(surname, []).append(ent)
                    people.setdefault(toks[0].lower_ + "#first", []).append(ent)
                else:
                    _add_mention(table, ent, _name_span(toks))
                name_gender(ent, toks[0].text)
                continue
            pending_single.append(span)
            continue
        if label in ("ORG", "GPE", "FAC") or any(t.lower_ in ORG_WORDS for t in span):
            name = org_name(span)
            last = name.split()[-1].lower()
            if (
                last in people
                or (span[0].lower_ in TITLES and last + "#first" in people)  # "Dame Felicity"
                or (label == "ORG" and len(span) == 1)
                or _hyphened_surname(name, people) is not None
            ):
                pending_single.append(span)
                continue
            register(table, name, "organization", name.lower(), span)
            continue
        if label == "NORP":
            continue
        pending_single.append(span)
    for span in pending_single:
        word = clean_person_tokens(span)[-1].lower_
        candidates = people.get(word) or people.get(word + "#first")
        if candidates:
            before = [e for e in candidates if e.mentions and e.mentions[0][0] < span.start_char]
            ent = (before or candidates)[-1]
            _add_mention(table, ent, span)
        elif span.label_ == "PERSON":
            toks = clean_person_tokens(span)
            ent = register(table, _name_text(toks), "person", _name_text(toks).lower(), span)
            people.setdefault(word, []).append(ent)
        elif span.label_ in ("ORG", "GPE") or any(t.lower_ in ORG_WORDS for t in span):
            name = org_name(span)
            register(table, name, "organization", name.lower(), span)
    _lone_surnames(table, people)
    for ent in table.entities:
        if ent.type == "person":
            collect_roles(table, ent)
    return table


def _lone_surnames(table: EntityTable, people: dict[str, list[EntityDraft]]) -> None:
    """A known person's surname standing alone, which the NER missed or took for a people or
    a place ("Okafor said ..." opening a sentence, "On the call, Okafor struck a note"): a
    mention of that person, so that a pronoun after it finds them."""
    doc = table.doc
    for t in doc:
        if t.pos_ != "PROPN" or not t.is_title or table.at(t) is not None:
            continue
        near = [doc[k] for k in (t.i - 1, t.i + 1) if 0 <= k < len(doc)]
        if any(n.pos_ == "PROPN" and n.is_title for n in near):
            continue  # part of a longer name
        candidates = people.get(t.lower_)
        if not candidates:
            continue
        before = [e for e in candidates if e.mentions and e.mentions[0][0] < t.idx]
        if before:
            _add_mention(table, before[-1], doc[t.i : t.i + 1])


# nouns for a person by what they do for someone ("the striker's agent, Renata Holm,"): a name
# set off after one is that person's, like a name after a role word
_PERSON_NOUNS = frozenset(
    "agent lawyer solicitor barrister adviser advisor aide assistant partner wife husband "
    "daughter son mother father sister brother friend neighbour neighbor colleague teacher "
    "nurse doctor engineer economist analyst consultant resident researcher scientist "
    "biologist spokeswoman spokesman secretary accountant architect pilot farmer".split()
)


def _looks_personal(span: Span) -> bool:
    """A name the NER did not call a person that looks like one: a known first name (not for
    a name it took for a place), a title in front, or a role or "who" set off after it, and
    nothing that marks an organization ("the", "Council")."""
    toks = clean_person_tokens(span)
    if len(toks) < 2 or len(toks) > 4 or any(t.lower_ in ORG_WORDS for t in span):
        return False
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ == "the":
        return False
    if not all(t.text[:1].isupper() or t.is_punct for t in toks):
        return False
    titled = any(t.lower_ in TITLES for t in span) or (
        span.start > 0 and doc[span.start - 1].lower_ in TITLES
    )
    # "A ministry spokesman, Gareth Pennock, said": a name set off after a role is its holder
    appositive = (
        span.start >= 2
        and doc[span.start - 1].text == ","
        and (
            doc[span.start - 2].lower_ in _ROLE_WORDS
            or (doc[span.start - 2].lower_ in _PERSON_NOUNS and not trade_name(toks))
        )
        and (span.end >= len(doc) or doc[span.end].is_punct)
    )
    if titled or appositive or (set_off_as_person(span) and not trade_name(toks)):
        return True
    return span.label_ in ("", "ORG") and is_first_name(toks[0].text)


def _hyphened_surname(name: str, people: dict[str, list[EntityDraft]]) -> EntityDraft | None:
    """The known person a hyphened surname standing alone names ("Okonjo-Hale said", after
    "Desmond Okonjo-Hale"), which the NER takes for an organization or a person of its own."""
    if "-" not in name or " " in name:
        return None
    last = name.rsplit("-", 1)[-1].lower()
    return next((e for e in people.get(last, []) if e.name.endswith(" " + name)), None)


def org_name(span: Span) -> str:
    """An organization's name as written, without a leading "the"."""
    toks = list(span)
    while toks and toks[0].lower_ == "the":
        toks = toks[1:]
    return " ".join(t.text for t in toks).replace(" - ", "-") if toks else span.text


def register(table: EntityTable, name: str, type_: str, key: str, span: Span) -> EntityDraft:
    """The entity with ``key`` and ``type_``, created when new; ``span`` becomes a mention of it."""
    for e in table.entities:
        if e.key == key and e.type == type_:
            _add_mention(table, e, span)
            return e
    ent = EntityDraft(name=name, type=type_, key=key)
    table.entities.append(ent)
    _add_mention(table, ent, span)
    return ent


def _add_mention(table: EntityTable, ent: EntityDraft, span: Span) -> None:
    ent.mentions.append((span.start_char, span.end_char))
    for t in span:
        table.by_token[t.i] = ent
    if any(t.dep_ in ("nsubj", "nsubjpass") or t.head.dep_ in ("nsubj",) for t in span):
        ent.subject_mentions.append(span.start_char)
    prev = span.doc[span.start - 1] if span.start > 0 else None
    if prev is not None and (ent.gender is None or ent.gender_by_name):
        if prev.lower_ in FEMALE_WORDS:
            ent.gender, ent.gender_by_name = "f", False
        elif prev.lower_ in MALE_WORDS:
            ent.gender, ent.gender_by_name = "m", False


def name_gender(ent: EntityDraft, first: str) -> None:
    """Take the gender a first name usually has, when nothing in the text has given one."""
    if ent.gender is None:
        ent.gender = gender_of_name(first)
        ent.gender_by_name = ent.gender is not None


def collect_roles(table: EntityTable, ent: EntityDraft) -> None:
    """Add the roles the article gives ``ent``: words in front of its name, appositions,
    a post told in a relative clause (:mod:`.relative_roles`)."""
    doc = table.doc
    for start, end in ent.mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        left = [t for t in head.subtree if t.i < span.start]
        left = [t for t in left if t.i >= contiguous_start(left, span.start)]
        left = strip_det(left)
        if left and any(
            t.pos_ in ("NOUN", "PROPN") and t.lower_ not in ("mr.", "ms.") for t in left
        ):
            role = doc[left[0].i : left[-1].i + 1].text
            if any(t.pos_ == "NOUN" or t.lower_ in TITLES for t in left):
                ent.add_role(role)
                _gender_from_role(ent, left)
        for role in relative_roles(head):  # "Ana Ruiz, who chairs the parish council,"
            ent.add_role(role)
        # apposition: "Luis Ortega, the union's president," / "his associate, Rick Gates"
        for c in head.children:
            if c.dep_ == "appos" and c.i > span.end - 1:
                toks = strip_det([t for t in c.subtree])
                # "Ana Ruiz, Corvale Transit's chief engineer,": a title owned by a name
                if toks and (toks[0].pos_ != "PROPN" or owned_title(c)):
                    ent.add_role(_possessive_role(table, toks))
        if head.dep_ == "appos" and head.head.i < span.start and head.head.pos_ == "NOUN":
            toks = strip_det(
                [t for t in head.head.subtree if t.i < head.head.i + 1 and t.i < span.start]
            )
            toks = [t for t in toks if t.i >= head.head.left_edge.i]
            if toks and toks[0].lower_ not in ("his", "her", "their"):  # not "his lawyer for"
                toks += role_tail(head.head, head.left_edge.i)
            if toks:
                ent.add_role(_possessive_role(table, toks))


def _possessive_role(table: EntityTable, toks: list[Token]) -> str:
    """``his business associate`` -> ``business associate of Paul Manafort`` when resolvable."""
    first = toks[0]
    if first.lower_ in ("his", "her", "their") and len(toks) > 1:
        ante = antecedent(table, first, PERSONAL.get(first.lower_))
        rest = " ".join(t.text for t in toks[1:])
        if ante is not None:
            return f"{rest} of {ante.name}"
        return rest
    return table.doc[toks[0].i : toks[-1].i + 1].text


def _gender_from_role(ent: EntityDraft, toks: list[Token]) -> None:
    # only the word that names the role: "spokeswoman Ana Ruiz", not "the princess's bodyguard"
    # or "Queen Margaret Hospital porter"
    words = {toks[-1].lower_} if toks else set()
    if ent.gender is None and words & FEMALE_WORDS:
        ent.gender = "f"
    elif ent.gender is None and words & MALE_WORDS:
        ent.gender = "m"


def antecedent(table: EntityTable, tok: Token, gender: str | None) -> EntityDraft | None:
    """The most salient person before ``tok`` that agrees with ``gender``."""
    best: tuple[float, EntityDraft] | None = None
    pos = tok.idx
    for ent in table.entities:
        if ent.type != "person":
            continue
        if gender and ent.gender and ent.gender != gender:
            continue
        if gender and not ent.gender and not ent.roles and _placed(table, ent):
            continue  # "in Skelwick Bay": no one "she" stands for
        before = [s for s, _e in ent.mentions if s < pos]
        if not before:
            continue
        last = max(before)
        distance = pos - last
        score = -distance
        if any(s == last for s in ent.subject_mentions):
            score += 80  # a subject stays in focus
        if gender and ent.gender == gender:
            score += 400
        if distance > 1500:
            score -= 2000
        if best is None or score > best[0]:
            best = (score, ent)
    return best[1] if best else None


def _placed(table: EntityTable, ent: EntityDraft) -> bool:
    return body_or_place(table.doc, ent.name, ent.mentions)
