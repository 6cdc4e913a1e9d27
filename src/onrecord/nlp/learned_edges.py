"""Content edges chosen by weights learned from annotated news.

The rules end a content where the parse ends the reported clause, then :mod:`.spans` and
:mod:`.tails` move the edges by what the guidelines decide outright. Many edges are left where
annotators of attribution (PolNeAR's) go both ways on the same construction: a closing ", which
..." or "and ..." clause, a trailing participle or prepositional phrase, a leading "But" or "In
March,", an aside inside the content, "that" kept or not (earlier rounds counted each and found
no rule that wins on both sides). They go both ways, but not at random: the words at the edge,
what the edge would cross and the cue decide, and a logistic model over them takes the choice
the annotators make most often in that context.

This pass runs after every rule and the learned cue pass, on each statement with a single
content (not a direct quotation, whose marks fix its edges; not one in parts, whose pieces the
rules join). For each edge it lists the candidates the parse offers in the edge's sentence:
the token boundaries at a clause, a phrase, a punctuation mark, a conjunction or a relative
word (:func:`start_candidates`, :func:`end_candidates`), the rules' own edge among them. It
scores each with the learned weights (:func:`edge_features`) and moves the edge to the best
one only when that one outscores the rules' edge by the table's margin. A candidate never
takes in the statement's cue or source, nor another statement's cue or a source the rules'
content does not already hold, never ends or begins inside a word the parse split ("well-known",
"re-open", "Kovac's": :func:`whole_words`) or inside a quotation the content holds or leaves
(:func:`splits_quotation`), and never empties the content. Where the two
edges of a statement are both moved, each is chosen on its own.

Nothing here runs without a table: the weights are trained with the cue weights (``make
cue-weights``, :mod:`onrecord.evaluation.train_edges`) and read from the same file's ``edges``
section (:class:`~onrecord.nlp.cue_weights.EdgeWeights`); a table without one leaves the edges
to the rules.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from spacy.tokens import Doc, Span, Token

from .attribution import Attribution
from .cue_weights import EdgeWeights, LogisticTable
from .offsets import Offsets, doc_text, trim

Side = Literal["start", "end"]

# Dependencies whose phrase may open or close a content: its edges are candidates.
_PHRASES = frozenset(
    "ccomp xcomp advcl relcl conj acl parataxis csubj prep npadvmod appos dobj pobj attr oprd "
    "nsubj nsubjpass".split()
)
# Words that open a clause or a phrase a content may start at or stop before.
_OPENERS = frozenset(
    "that which who whom whose where when because and but or as while although though if "
    "after before since so".split()
)
_QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``", "'", "‘", "’"})


@dataclass(frozen=True, slots=True)
class Candidate:
    """One place an edge may go: the token at the edge (the content's first token for a
    start, its last for an end), its character offset, and whether the rules put it there."""

    token: Token
    offset: int
    current: bool


def _opens(t: Token, sent: Span, edges: dict[int, list[str]]) -> bool:
    doc = t.doc
    return (
        t.i == sent.start
        or t.is_punct
        or doc[t.i - 1].is_punct
        or t.dep_ in ("mark", "cc")
        or t.lower_ in _OPENERS
        or t.i in edges
    )


def _closes(t: Token, sent: Span, edges: dict[int, list[str]]) -> bool:
    doc = t.doc
    after = doc[t.i + 1] if t.i + 1 < len(doc) else None
    return (
        t.i == sent.end - 1
        or t.is_punct
        or after is None
        or after.is_punct
        or after.dep_ in ("mark", "cc")
        or after.lower_ in _OPENERS
        or t.i in edges
    )


def phrase_edges(sent: Span, side: Side) -> dict[int, list[str]]:
    """For each token that begins (``start``) or ends (``end``) a phrase of a kind in
    ``_PHRASES``, the dependency labels of those phrases."""
    out: dict[int, list[str]] = {}
    for x in sent:
        if x.dep_ in _PHRASES:
            edge = x.left_edge.i if side == "start" else x.right_edge.i
            out.setdefault(edge, []).append(x.dep_)
    return out


def _bucket(n: int) -> str:
    return str(n) if -3 <= n <= 3 else ("-4+" if n < 0 else "4+")


def _move(cand: Token, current: Token, side: Side) -> str:
    """``cur`` for the rules' edge, else whether the candidate widens or narrows the content."""
    shift = cand.i - current.i
    if shift == 0:
        return "cur"
    return "wider" if (shift < 0) == (side == "start") else "narrower"


def edge_features(
    cand: Token,
    current: Token,
    side: Side,
    sent: Span,
    edges: dict[int, list[str]],
    context: str,
) -> dict[str, float]:
    """The features the weights are learned over: where the candidate lies from the rules'
    edge, its word, tag and dependency, its neighbour outside the content, the phrases it
    opens or closes, what moving there would take in or leave out, and the statement's kind
    and cue (``context``)."""
    doc = cand.doc
    shift = cand.i - current.i
    move = _move(cand, current, side)
    outside_i = cand.i - 1 if side == "start" else cand.i + 1
    inside_sent = sent.start <= outside_i < sent.end
    out_word = doc[outside_i].lower_ if inside_sent else "<s>"
    f: dict[str, float] = {
        "move=" + move: 1.0,
        "shift=" + _bucket(shift): 1.0,
        "w=" + cand.lower_: 1.0,
        "tag=" + cand.tag_: 1.0,
        "dep=" + cand.dep_: 1.0,
        "hdep=" + cand.head.dep_: 1.0,
        "out=" + out_word: 1.0,
        f"move_w={move}|{cand.lower_}": 1.0,
        f"move_dep={move}|{cand.dep_}": 1.0,
        f"move_out={move}|{out_word}": 1.0,
        f"ctx={context}|{move}": 1.0,
    }
    for dep in edges.get(cand.i, ()):
        f["phrase=" + dep] = 1.0
        f[f"move_phrase={move}|{dep}"] = 1.0
    if shift:
        lo, hi = sorted((cand.i, current.i))
        # the tokens that moving takes in (wider) or leaves out (narrower)
        span = doc[lo:hi] if (side == "start") else doc[lo + 1 : hi + 1]
        for t in span:
            if t.is_punct:
                f[f"cross={move}|{t.text}"] = 1.0
            elif t.pos_ in ("VERB", "AUX"):
                f[f"cross_verb={move}"] = 1.0
            if t.text in _QUOTE_MARKS:
                f[f"cross_quote={move}"] = 1.0
            if t.lower_ in _OPENERS:
                f[f"cross_w={move}|{t.lower_}"] = 1.0
        f["len=" + _bucket(len(span))] = 1.0
        inside = range(span.start, span.end)
        for t in span:  # the phrases taken in or left out whole: their top words
            if t.head.i not in inside and not t.is_punct:
                f[f"top={move}|{t.dep_}"] = 1.0
                f[f"top_head={move}|{t.dep_}|{t.head.pos_}"] = 1.0
    return f


def _token_at(starts: list[int], offset: int) -> int:
    return min(bisect_left(starts, offset), len(starts) - 1)


def candidates(
    doc: Doc, a: Attribution, side: Side, starts: list[int], blocked: Callable[[int, int], bool]
) -> list[Candidate]:
    """The places the ``side`` edge of ``a``'s content may go in its sentence, the rules' own
    first. ``blocked(start, end)`` says a content there would take in a cue or a source."""
    text = doc_text(doc)
    start, end = a.content
    first = doc[_token_at(starts, start)]
    last = doc[max(bisect_left(starts, end) - 1, 0)]  # the last token, the text's own too
    here = first if side == "start" else last
    sent = here.sent
    edges = phrase_edges(sent, side)
    keep = _opens if side == "start" else _closes
    out = [Candidate(here, start if side == "start" else end, True)]
    seen = {out[0].offset}
    for t in sent:
        if t.i == here.i or t.is_space or not keep(t, sent, edges):
            continue
        if side == "start":
            s, e = trim(text, t.idx, end)
            if t.i > last.i:
                continue
        else:
            s, e = trim(text, start, t.idx + len(t))
            if t.i < first.i:
                continue
        offset = s if side == "start" else e
        if e - s < 2 or offset in seen or blocked(s, e) or not whole_words(text, s, e):
            continue  # too short, the same edge once trimmed, over a cue or a source, in a word
        old = start if side == "start" else end
        if splits_quotation(text, min(old, offset), max(old, offset)):
            continue
        seen.add(offset)
        out.append(Candidate(t, offset, False))
    return out


# Marks a word may end just before or begin just after (a hyphen or an apostrophe joins).
_AFTER_WORD = frozenset(',;:.!?)]}"”—–…')
_BEFORE_WORD = frozenset('([{"“—–')


def whole_words(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` begins and ends at a word's edge: not inside "well-known",
    "re-open" or "Kovac's" (a token boundary of the parse, not a word's)."""

    ok_start = start <= 0 or (
        text[start - 1].isspace()
        or text[start - 1] in _BEFORE_WORD
        or (text[start - 1] in "'‘" and (start < 2 or not text[start - 2].isalnum()))
    )
    ok_end = end >= len(text) or (
        text[end].isspace()
        or text[end] in _AFTER_WORD
        or (text[end] in "'’" and (end + 1 >= len(text) or not text[end + 1].isalnum()))
    )
    return ok_start and ok_end


_DOUBLE_QUOTES = frozenset('"“”')


def splits_quotation(text: str, start: int, end: int) -> bool:
    """Whether moving an edge over ``text[start:end]`` would cut a quotation in two: the words
    taken in or left out hold one of its marks and not the other ('the levy was "a disgrace'
    out of 'the levy was "a disgrace, frankly," Ruiz ...')."""
    return sum(c in _DOUBLE_QUOTES for c in text[start:end]) % 2 == 1


def context_of(a: Attribution) -> str:
    """The statement's kind and whether its content follows its cue or comes before it."""
    where = "after" if a.cue is not None and a.cue[1] <= a.content[0] else "before"
    return f"{a.kind}|{where}"


def open_to_edges(a: Attribution) -> bool:
    """A statement whose edges the weights may move: one content, not a direct quotation."""
    return not a.parts and a.kind != "direct"


def _overlap(s: int, e: int, spans: list[Offsets]) -> bool:
    return any(s < fe and fs < e for fs, fe in spans)


def _blocker(a: Attribution, found: list[Attribution]) -> Callable[[int, int], bool]:
    """A content at ``(s, e)`` is blocked over the statement's own cue or source, another's
    cue, or another's source the rules' content does not already hold ("said the bridge
    would open in May, but Councillor Tom Reyes said ..." stops before "but")."""
    fixed: list[Offsets] = [o for o in (a.cue, a.source) if o is not None]
    fixed += [b.cue for b in found if b is not a and b.cue is not None]
    others = [b.source for b in found if b is not a and b.source is not None]
    fixed += [o for o in others if not _overlap(*a.content, [o])]

    def blocked(s: int, e: int) -> bool:
        return _overlap(s, e, fixed)

    return blocked


def start_candidates(doc: Doc, a: Attribution, found: list[Attribution]) -> list[Candidate]:
    """Where the content of ``a`` (one of ``found``) may start: the rules' start first."""
    return candidates(doc, a, "start", [t.idx for t in doc], _blocker(a, found))


def end_candidates(doc: Doc, a: Attribution, found: list[Attribution]) -> list[Candidate]:
    """Where the content of ``a`` (one of ``found``) may end: the rules' end first."""
    return candidates(doc, a, "end", [t.idx for t in doc], _blocker(a, found))


def scored(
    doc: Doc,
    a: Attribution,
    side: Side,
    found: list[Attribution],
    starts: list[int],
    blocked: Callable[[int, int], bool] | None = None,
) -> list[tuple[Candidate, dict[str, float]]]:
    """Each candidate of ``a``'s ``side`` edge with its features (the rules' edge first).
    ``starts`` are the character offsets of the tokens of ``doc``; ``blocked`` is
    :func:`_blocker` of ``a`` among ``found``, when the caller has it already."""
    cands = candidates(doc, a, side, starts, blocked or _blocker(a, found))
    current = cands[0].token
    sent = current.sent
    edges = phrase_edges(sent, side)
    context = context_of(a)
    cue = doc[a.cue_token].lemma_.lower() if a.cue_token is not None else None
    rows = []
    for c in cands:
        f = edge_features(c.token, current, side, sent, edges, context)
        if cue is not None:  # the cue's own habit, with the move: "back" ... narrower
            f[f"cue_move={cue}|{_move(c.token, current, side)}"] = 1.0
        rows.append((c, f))
    return rows


def best_edge(
    table: LogisticTable, rows: Sequence[tuple[Candidate, dict[str, float]]], margin: float
) -> int:
    """The index of the candidate the weights choose among ``rows`` (see :func:`best_of`)."""
    return best_of(table, [f for _, f in rows], margin)


def best_of(table: LogisticTable, features: Sequence[dict[str, float]], margin: float) -> int:
    """The index of the candidate the weights choose: the best scored, if it outscores the
    rules' edge (index 0) by more than ``margin``, else 0."""
    z = [table.score(f) for f in features]
    best = max(range(len(z)), key=lambda k: z[k])
    return best if best != 0 and z[best] - z[0] > margin else 0


def choose_edges(doc: Doc, found: list[Attribution], weights: EdgeWeights) -> list[Attribution]:
    """``found`` with each open statement's edges moved where the weights choose; a moved
    statement is labelled ``learned_edges``."""
    starts = [t.idx for t in doc]
    out = []
    for a in found:
        if not open_to_edges(a):
            out.append(a)
            continue
        blocked = _blocker(a, found)
        rows = scored(doc, a, "start", found, starts, blocked)
        start = rows[best_edge(weights.start, rows, weights.margin)][0].offset
        rows = scored(doc, a, "end", found, starts, blocked)
        end = rows[best_edge(weights.end, rows, weights.margin)][0].offset
        if (start, end) == a.content or end - start < 2 or blocked(start, end):
            out.append(a)  # unmoved, or the two moves together would empty it or take a cue
            continue
        out.append(replace(a, content=(start, end), labels={*a.labels, "learned_edges"}))
    return out
