"""Resolve who a source phrase names, within one article.

There is no trained coreference model offline, so resolution is our own, in three passes:

1. **Entities** (:mod:`onrecord.nlp.entities`). Names from the NER and from runs of proper
   nouns become entities: people (found again by surname, so "Sanders" joins "Sarah
   Sanders"), organizations and outlets, with the roles the article gives them.
2. **Sources.** A source phrase resolves to the entity whose name heads it; a description
   ("Putin's spokesperson", "the mayor") to the person the article gives that role; a pronoun
   to the most salient earlier person that agrees in gender.
3. **Types.** person / organization / outlet / unknown, from the entity.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .entities import (
    GROUP,
    ORG_WORDS,
    PERSONAL,
    ROLE_SYNONYMS,
    TITLES,
    EntityDraft,
    EntityTable,
    antecedent,
    clean_person_tokens,
    collect_roles,
    name_gender,
    org_name,
    register,
    strip_det,
)
from .organizations import body_of_kind
from .outlet_names import outlet_name
from .text_authors import text_author
from .turns import named_before, previous_subject, subject_of_other_gender

__all__ = ["adopt_name", "one_person", "resolve_source", "role_key", "speaker_type_of_phrase"]

_TIME_ENTS = frozenset({"DATE", "TIME"})


def _role_word(w: str) -> str:
    """A role's word, lowered, without quotes or a possessive ending ("minister's",
    "ministers'"); its own letters kept ("spokesman", not "pokesman")."""
    w = w.lower().strip("'’\"“”,.")
    return w.removesuffix("'s").removesuffix("’s").rstrip("'’")


def role_key(role: str) -> set[str]:
    words = {_role_word(w) for w in role.split()}
    out = set(words)
    for w in words:
        if w in ROLE_SYNONYMS:
            out.add(ROLE_SYNONYMS[w])
    if "press" in words and "secretary" in words:
        out.add("spokesperson")
    return out


def resolve_source(
    table: EntityTable,
    head: Token,
    last_speaker: EntityDraft | None = None,
    last_at: int | None = None,
) -> EntityDraft | None:
    """The entity a source phrase headed by ``head`` refers to, or None when unknown.

    ``last_speaker``: the person of the statement before, whose source begins at character
    ``last_at`` (None with a ``last_at``: that statement's speaker is an unnamed person)."""
    ent = table.at(head)
    if ent is not None:
        return ent
    # a name inside the phrase that is its head's compound ("Putin spokesperson Dmitry Peskov")
    for t in head.subtree:
        if t.head.i == head.i and t.dep_ in ("compound", "appos", "flat") and table.at(t):
            cand = table.at(t)
            if cand is not None and cand.type == "person" and head.pos_ == "PROPN":
                return cand
    by_name = _by_surface(table, head)
    if by_name is not None:
        # the name is a mention now: "Lowes said ...", the NER's noun, keeps Lowes in focus
        register(table, by_name.name, by_name.type, by_name.key, head.doc[head.i : head.i + 1])
        return by_name
    titled = _titled_name(table, head)
    if titled is not None:
        return titled
    low = head.lower_
    referent = _relative_antecedent(table, head)
    if referent is not None:
        return resolve_source(table, referent, last_speaker, last_at)
    named = _closing_name(table, head)
    if named is not None:
        return named
    if low in PERSONAL or low in ("i",):
        gender = PERSONAL.get(low)
        turn = None if low == "i" else previous_subject(table, head, gender, _known_or_adopted)
        turn = turn or subject_of_other_gender(table, head, gender, _known_or_adopted)
        if turn is not None and turn is not last_speaker:
            return turn  # "Pryce voted for the plan. 'We need it,' he said": Pryce's turn
        if last_speaker is None and _after_unnamed(table, head, last_at):
            return None
        ante = antecedent(table, head, gender)
        if (
            last_speaker is not None
            and ante is not last_speaker
            and _prefer_last_speaker(ante, last_speaker, head, gender, last_at)
        ):
            return last_speaker
        if turn is not None and ante is not None and not named_before(ante, head):
            return turn  # the speaker before is also the sentence's subject, and the other
            # person was not named there to answer
        return ante
    if low in GROUP:
        return None
    author = text_author(head)
    if author is not None:  # "a statement released by the union": the union speaks through it
        return resolve_source(table, author, last_speaker, last_at) or adopt_name(table, author)
    if head.lower_ in ORG_WORDS or head.lemma_.lower() in (*ORG_WORDS, "firm", "corporation"):
        return _organization(table, head)  # "The shipping firm Baltic Reach said": that body
    if head.pos_ in ("NOUN",) or head.lower_ in TITLES:
        return _describe(table, head)
    return None


def _titled_name(table: EntityTable, head: Token) -> EntityDraft | None:
    """A title the parser made the head ("Councillor Demelza Pascoe said"): the person after it."""
    if head.lower_ not in TITLES or head.i + 1 >= len(head.doc):
        return None
    ent = table.at(head.doc[head.i + 1])
    return ent if ent is not None and ent.type == "person" else None


_RELATIVE = frozenset({"who", "that", "which"})


def _relative_antecedent(table: EntityTable, head: Token) -> Token | None:
    """ "Harriet Okonjo, the city's engineer, who said ..." -> the token "who" stands for.

    The relative pronoun is the subject of a relative clause; its antecedent is the word the
    clause hangs on, walked up through appositions ("the city's engineer" -> "Okonjo") to a
    word that names an entity when there is one."""
    if head.lower_ not in _RELATIVE or head.head.dep_ != "relcl":
        return None
    tok = head.head.head
    while table.at(tok) is None and tok.dep_ == "appos" and tok.head.i < tok.i:
        tok = tok.head
    return None if tok.lower_ in _RELATIVE else tok


def _closing_name(table: EntityTable, head: Token) -> EntityDraft | None:
    """ "An engineer hired by the residents, Felix Amberley, told ..." -> Felix Amberley.

    A description whose phrase closes on a person's name set off by a comma names that
    person, however the parser attached the name (often to the last noun before it)."""
    if head.pos_ != "NOUN":
        return None
    toks = [t for t in head.subtree if t.i >= head.i]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    if len(toks) < 3 or toks[-1].pos_ != "PROPN":
        return None
    ent = table.at(toks[-1])
    if ent is None or ent.type != "person":
        return None
    first = toks[-1]
    while first.i - 1 > head.i and table.at(head.doc[first.i - 1]) is ent:
        first = head.doc[first.i - 1]
    before = head.doc[first.i - 1]
    return ent if before.text == "," and before.i > head.i else None


def _appositive_name(table: EntityTable, head: Token) -> EntityDraft | None:
    """ "The national farmers' union, the Agrarian League, said" -> the Agrarian League."""
    for c in head.children:
        if c.dep_ == "appos":
            ent = table.at(c)
            if ent is not None:
                return ent
            if c.pos_ == "PROPN":
                return adopt_name(table, c)
    return None


def _organization(table: EntityTable, head: Token) -> EntityDraft | None:
    """ "the ministry" -> the article's Health Ministry, "the firm" -> the business last named
    (:mod:`.organizations`); else the phrase as an organization.

    A phrase owned by a pronoun ("their union", "its parent company") with no such body in
    the article is unknown: the pronoun's owner is not named here, and the phrase is no name."""
    named = _appositive_name(table, head)
    if named is not None:
        return named
    best = body_of_kind(table, head)
    if best is not None:
        return best
    if any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in head.children):
        return None
    toks = [t for t in head.subtree if t.i <= head.i]
    toks = strip_det(toks)
    span = head.doc[toks[0].i : head.i + 1] if toks else head.doc[head.i : head.i + 1]
    name = span.text
    return register(table, name, "organization", name.lower(), span)


def _prefer_last_speaker(
    ante: EntityDraft | None,
    last: EntityDraft,
    head: Token,
    gender: str | None,
    last_at: int | None,
) -> bool:
    """A pronoun close after a statement refers to its speaker, unless gender says otherwise.

    Close: within 400 characters of the speaker's name or of the last statement's source
    ("The chief said ... '...,' he said.")."""
    near = _near(last, head, 400) or (last_at is not None and 0 < head.idx - last_at <= 400)
    if not near or not (gender is None or last.gender in (None, gender)):
        return False
    if ante is not None and ante is not last and _subject_between(ante, head, last_at):
        return False  # "Sorensen said .... Ashdown agreed. '...,' he said.": Ashdown's
    if (
        ante is not None
        and last.gender is None
        and last_at is not None
        and _latest(ante, head) < last_at
        and _latest(last, head) > _latest(ante, head)
    ):
        return True  # "Jordan Pike repeated his claim ... he said": no gender, but named last
    if ante is not None and last.gender is None and _named_in_last_words(ante, head, last_at):
        return True  # "Farraday said the minister had not asked Danskov to resign. '...,' he
        # said": Danskov is named only in what Farraday said, and takes no turn
    return ante is None or not (ante.gender == gender and last.gender != gender)


def _named_in_last_words(ent: EntityDraft, head: Token, last_at: int | None) -> bool:
    """Whether ``ent``, since the last statement's source at ``last_at``, is named only in
    that source's own sentence (in what was said), and the pronoun at ``head`` opens a later
    sentence."""
    if last_at is None:
        return False
    doc = head.doc
    src = next((t for t in doc if t.idx == last_at), None)
    if src is None or head.idx < src.sent.end_char:
        return False
    since = [s for s, _e in ent.mentions if last_at < s < head.idx]
    if not since or not all(s < src.sent.end_char for s in since):
        return False
    return not _quote_repeats_verb(doc, since, head)


def _quote_repeats_verb(doc: Doc, starts: list[int], head: Token) -> bool:
    """Whether the words before the pronoun at ``head`` repeat the verb said of the person
    named at ``starts`` ("asked Danskov to resign. 'I will not resign,' he said"): the
    person answers for himself."""
    said: set[str] = set()
    for start in starts:
        tok = next((t for t in doc if t.idx == start), None)
        while tok is not None and tok.dep_ == "compound":
            tok = tok.head
        if tok is None:
            continue
        if tok.dep_ in ("nsubj", "nsubjpass"):
            said.add(tok.head.lemma_.lower())
        elif tok.dep_ == "dobj":
            said.update(c.lemma_.lower() for c in tok.head.children if c.dep_ == "xcomp")
    said -= {"be", "have", "do", "say", "go"}
    quote = [t for t in head.sent if t.i < head.i and t.pos_ == "VERB"]
    return any(t.lemma_.lower() in said for t in quote)


def _latest(ent: EntityDraft, head: Token) -> int:
    """Where ``ent`` was last named before ``head`` (-1: not before it)."""
    return max((s for s, _e in ent.mentions if s < head.idx), default=-1)


def _subject_between(ent: EntityDraft, head: Token, last_at: int | None) -> bool:
    """Whether ``ent`` takes the turn after the last statement's source and before the pronoun
    at ``head`` ("Ashdown agreed.", "Pryce replied."): the pronoun then continues with them.
    A person merely named doing something else ("Moreno drives the van") takes no turn."""
    if last_at is None:
        return False
    doc = head.doc
    for start, end in ent.mentions:
        if not last_at < start < head.idx:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or _quoted(doc, span.start):
            continue  # '"Linda Park agreed with us," she said': inside someone's words
        if any(
            t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.head.lemma_.lower() in _TURN_VERBS
            for t in span
        ):
            return True
    return False


def _quoted(doc: Doc, i: int) -> bool:
    """Whether token ``i`` stands inside quotation marks within its sentence."""
    sent = doc[i].sent
    marks = sum(1 for t in doc[sent.start : i] if t.text in ('"', "“", "”"))
    return marks % 2 == 1


# verbs that give a person the next turn in an exchange ("Ashdown agreed.", "Pryce replied.")
_TURN_VERBS = frozenset({
    "agree", "disagree", "add", "reply", "respond", "counter", "object", "concur", "differ",
    "dissent", "answer", "interject", "retort",
})  # fmt: skip


def _after_unnamed(table: EntityTable, head: Token, last_at: int | None) -> bool:
    """A pronoun right after a statement by an unnamed person ("A district spokesman said
    .... '...,' he said."), with no one named in between: it is theirs, not an earlier name's."""
    if last_at is None or not 0 < head.idx - last_at <= 400:
        return False
    return not any(
        last_at < s < head.idx for e in table.entities if e.type == "person" for s, _e in e.mentions
    )


def _by_surface(table: EntityTable, head: Token) -> EntityDraft | None:
    """A capitalized word the NER missed that is a known person's surname or first name."""
    if not head.text[:1].isupper() or head.lower_ in TITLES:
        return None
    word = head.text.rstrip("'’").removesuffix("'s").removesuffix("’s").lower()
    best: EntityDraft | None = None
    for ent in table.entities:
        parts = ent.name.lower().split()
        if not parts:
            continue  # a name of blanks only ("\xa0" tagged as a person) names no one
        if ent.type == "person" and word in (parts[-1], parts[0]):
            if any(s < head.idx for s, _e in ent.mentions) or best is None:
                best = ent
        elif ent.type != "person" and ent.name.lower() == word:
            best = best or ent
    return best


def _known_or_adopted(table: EntityTable, head: Token) -> EntityDraft | None:
    """A known person by surname or first name, else a new entity for the name at ``head``."""
    return _by_surface(table, head) or _titled_name(table, head) or adopt_name(table, head)


def adopt_name(table: EntityTable, head: Token) -> EntityDraft | None:
    """Make an entity of a proper-noun source the NER missed ("city engineer Tomas Reyes")."""
    if head.pos_ != "PROPN" or not head.text[:1].isupper() or head.ent_type_ in _TIME_ENTS:
        return None  # "its director-general", "said Monday": not names
    toks = [t for t in head.subtree if t.i <= head.i and t.pos_ == "PROPN"]
    run = [head]
    for t in reversed(toks[:-1]):
        if t.i == run[0].i - 1:
            run.insert(0, t)
    span = head.doc[run[0].i : head.i + 1]
    outlet = outlet_name(span)
    if outlet:
        return register(table, outlet, "outlet", outlet.lower(), span)
    clean = clean_person_tokens(span)
    if all(t.lower_ in TITLES for t in clean):
        return None  # "Councillor" alone is an office, no name
    if any(t.lower_ in ORG_WORDS for t in span):
        name = org_name(span)
        return register(table, name, "organization", name.lower(), span)
    name = " ".join(t.text for t in clean)
    ent = register(table, name, "person", name.lower(), span)
    name_gender(ent, clean[0].text)
    collect_roles(table, ent)
    return ent


def _near(ent: EntityDraft, tok: Token, chars: int) -> bool:
    return any(0 < tok.idx - s <= chars for s, _e in ent.mentions)


def _describe(table: EntityTable, head: Token) -> EntityDraft | None:
    """A description such as "Putin's spokesperson" -> the person with that role."""
    words = {t.lower_ for t in head.subtree if t.pos_ in ("NOUN", "ADJ", "PROPN")}
    noun_key = role_key(head.text)
    owner = next((t for t in head.children if t.dep_ == "poss"), None)
    owner_ent = table.at(owner) if owner is not None else None
    best: tuple[int, EntityDraft] | None = None
    for ent in table.entities:
        if ent.type != "person":
            continue
        for role in ent.roles:
            rk = role_key(_role_head(role))
            shared = len((words - noun_key) & rk)
            if not (noun_key & rk) and not (shared and head.lower_ in TITLES | {"chief", "head"}):
                continue
            if not (noun_key & rk) and _other_title(head.lower_, rk | _words(role)):
                continue  # "the vice-chancellor of X" is not X's chief financial officer
            if _other_gender(head.lower_, _words(role)):
                continue  # "a spokesman for X" is not "a spokeswoman for Y"
            score = (10 if noun_key & rk else 5) + shared
            if owner_ent is not None and owner_ent.name.split()[-1].lower() in rk:
                score += 10
            if best is None or score > best[0]:
                best = (score, ent)
    return best[1] if best else None


_RELATIVES = frozenset({"who", "which", "that", "whose", "whom"})


def _role_head(role: str) -> str:
    """A role without the relative clause that tells what its holder did ("retired engineer
    who inspected the dam at the request of residents" is an engineer, not the residents)."""
    words = role.split()
    cut = next((k for k, w in enumerate(words) if k and w.lower() in _RELATIVES), len(words))
    return " ".join(words[:cut])


# words of an office: a role holding one of them is that office, not another title's
_OFFICES = TITLES | {"officer", "head", "executive"}


def _other_title(head: str, role_words: set[str]) -> bool:
    """Whether a description headed by a title ("the chancellor of Aldermere University")
    meets a role that names another office ("Aldermere's chief financial officer"): shared
    words of the body's name do not make them one person. A head of no office ("chief",
    "head") still reads a role of its body ("the company's chief": its chief executive)."""
    return head in TITLES and head not in ("chief", "head") and bool(role_words & _OFFICES)


def _other_gender(head: str, role_words: set[str]) -> bool:
    """Whether a gendered head ("spokesman") meets a role of the other gender's word
    ("spokeswoman", "chairwoman"): one office's synonym, but two people."""
    if head.endswith("woman"):
        return head[: -len("woman")] + "man" in role_words
    return head.endswith("man") and head[: -len("man")] + "woman" in role_words


def _words(role: str) -> set[str]:
    """A role's words as written, lowered, without a possessive ending."""
    return {w.lower().removesuffix("'s").removesuffix("’s").strip(",.") for w in role.split()}


_PERSON_SUFFIXES = ("er", "or", "ist", "man", "woman", "person", "ian", "ant", "ent", "ee")
_PERSON_NOUNS = frozenset({
    "official", "aide", "witness", "neighbour", "neighbor", "friend", "husband", "wife", "son",
    "daughter", "mother", "father", "man", "woman", "source", "member", "chief", "head",
})  # fmt: skip


def one_person(head: Token) -> bool:
    """Whether an unresolved source is one person ("a district spokesman", "an engineer hired
    by the residents"), not a group, a body or a document ("critics", "the union", "a report")."""
    low = head.lower_
    if head.tag_ not in ("NN", "NNP") or low in ORG_WORDS or low in GROUP:
        return False
    if low.endswith("ment"):  # "a statement", "the department"
        return False
    return low in _PERSON_NOUNS or low in TITLES or low.endswith(_PERSON_SUFFIXES)


def speaker_type_of_phrase(head: Token) -> str:
    """A best guess for an unresolved source: organization for group nouns, else unknown."""
    if head.lower_ in ORG_WORDS or head.lemma_.lower() in {"official", "source", "aide"}:
        return "organization" if head.lower_ in ORG_WORDS else "unknown"
    return "unknown"
