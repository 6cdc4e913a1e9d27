"""Each disagreement reported once: pairs grouped by what makes them one disagreement
(:func:`group_key`), the strongest pair shown as the evidence and the other statements kept as
``support`` (:func:`group_disagreements`)."""

from __future__ import annotations

from dataclasses import replace

from . import lexicon as lx
from .contradictions import Contradiction
from .sides import pair_sides
from .words import tokens

# the share of a paraphrase's content words a quote must hold to be the words it sums up
RESTATED = 2 / 3


def _content(text: str) -> set[str]:
    return {
        lx.stem(w)
        for w in tokens(text.casefold())
        if w.isalpha() and len(w) > 2 and w not in lx.STOPWORDS
    }


def _restates(quote: str, paraphrase: str) -> bool:
    """Whether ``quote`` holds the words ``paraphrase`` sums up: most of its content words
    ("The water in Quenby is not safe to drink" for "the water was not safe to drink"; not "we
    will pay the removal costs" for "the trust will pay for the repairs")."""
    said = _content(paraphrase)
    return bool(said) and len(said & _content(quote)) >= RESTATED * len(said)


def group_key(c: Contradiction, sides: dict[str, str] | None = None) -> tuple[str, ...]:
    """What makes two pairs one disagreement.

    A contradiction: the matter and the unordered pair of speakers; one on no matter (an
    answer the article marks, :mod:`.answer_pairs`) is a disagreement of its own, as two
    answers of the same two speakers are two exchanges. A reversal: the matter, the
    speaker and the two positions in order (yes then no is not no then yes). A rebuttal: the
    unordered pair of speakers (its matter is only the closest one), the article its cue
    is told in and the side that rebuts: the same two sides answering each other in two
    reports weeks apart are two exchanges ("rejected the claim that residents had not been
    consulted" in May, "denied that the airport had hidden the night flights" in June), and
    so are each side's rebuttal of the other's claim in one report ("the director denied the
    contractor's claim that it had warned the council", "the contractor's spokeswoman
    rejected the council's claim that it was to blame").
    """
    sides = sides or {}
    if c.kind == "reversal":  # one speaker, however named in its two statements: its side
        sa = min(sides.get(e.statement, (e.speaker or "").casefold()) for e in (c.a, c.b))
        return ("reversal", c.matter or c.id, sa, c.a.stance, c.b.stance)  # no matter: its own
    sa, sb = pair_sides((c.a.statement, c.a.speaker), (c.b.statement, c.b.speaker), sides)
    if c.kind == "rebuttal":
        by = sides.get(c.a.statement, (c.a.speaker or "").casefold())
        return ("rebuttal", sa, sb, c.a.article, by)
    if c.matter is None:  # an answer the article marks: no matter in common with another
        return ("contradiction", "|".join(sorted((c.a.statement, c.b.statement))), sa, sb)
    return ("contradiction", c.matter, sa, sb)


def _strength(c: Contradiction) -> tuple[int, float, bool, bool, int, str]:
    """Which pair of a group shows it best: in the speakers' own words rather than a
    headline's (a headline is the outlet's summary, its speaker read from its subject: "No
    lifeguards on Pellow beaches this summer" against the trust's chief saying "There will be
    no lifeguards"), then surest, backed by a cue, face to face in one article (not a claim
    recalled weeks later), then the shortest."""
    both = c.a.stance in ("yes", "no") and c.b.stance in ("yes", "no")
    return (-(c.a.headline + c.b.headline), round(c.confidence, 6), c.cue is not None and both,
            c.a.article == c.b.article, -len(c.a.text + c.b.text), c.id)  # fmt: skip


# how much surer than a pair of two quotes a pair with a paraphrase may be and still give way
# to it: the study sets' quote pairs are at most 0.25 below the pair they replace
_FACE_MARGIN = 0.3


def _face_to_face(
    best: Contradiction, members: list[Contradiction], quoted: frozenset[str]
) -> Contradiction:
    """``best``, or, when ``best`` has a reporter's paraphrase on a side, the strongest pair of
    ``members`` of its kind with both sides in the speakers' own quoted words. Two quotes set
    the two sides' own words face to face; a paraphrase is the reporter's summary, often told
    of a body (the ferry firm "said the new route would bring trade to the island", against
    the harbourmaster's "This route will not bring one more boat to Tarrow", where the firm's
    director's "The route will bring thirty sailings a week" answers him) or cut to a
    fragment ("jobs would go"), and its edge in confidence is incidental (a short sentence
    shares more of the matter's words). Not a pair that only puts another statement of the
    paraphrased speaker in its place against the same other side: :func:`_own_words` decides
    that (a quote that says something else, or is told in another article, does not replace
    the paraphrase of the speaker's claim). Nor a pair far less sure: its confidence is within
    :data:`_FACE_MARGIN` of the shown pair's (each of its sides is already one of the shown
    pair's, by :func:`group_key`). A rebuttal's pair is its cue's."""
    if best.kind == "rebuttal" or (best.a.statement in quoted and best.b.statement in quoted):
        return best
    ok: list[Contradiction] = []
    for m in members:
        if m.kind != best.kind or not (m.a.statement in quoted and m.b.statement in quoted):
            continue
        if best.confidence - m.confidence > _FACE_MARGIN:
            continue  # "0.95 against 0.05": the paraphrase's edge is no longer incidental
        own = any(
            kept.statement in (m.a.statement, m.b.statement)
            and any(
                new.speaker == old.speaker for new in (m.a, m.b) if new.statement != kept.statement
            )
            for kept, old in ((best.a, best.b), (best.b, best.a))
        )
        if not own:
            ok.append(m)
    return max(ok, key=_strength) if ok else best


def _own_words(
    best: Contradiction,
    members: list[Contradiction],
    sides: dict[str, str],
    quoted: frozenset[str],
) -> Contradiction:
    """``best``, or the pair of ``members`` that shows a side of it in the speaker's own quoted
    words instead of a reporter's paraphrase: the same other side, and in its place a quote of
    the same side in the same article with the same answer that holds most of the paraphrase's
    words (:func:`_restates`: "she said the water in Quenby was not safe to drink" gives way to
    her "The water in Quenby is not safe to drink. Boil it"), whatever the paraphrase's edge in
    confidence (a shorter, tidier sentence shares more words). A quote with another answer, or
    that says something else, does not replace it; nor is a rebuttal's pair changed
    (:mod:`.rebuttal_choice` chooses its target)."""
    if best.kind == "rebuttal" or not quoted:
        return best
    swaps: list[Contradiction] = []
    for m in members:
        if m.kind != best.kind or m is best:
            continue
        for old, new, keep, kept in ((best.a, m.a, best.b, m.b), (best.b, m.b, best.a, m.a)):
            if (
                keep.statement == kept.statement
                and old.statement not in quoted
                and new.statement in quoted
                and sides.get(old.statement, (old.speaker or "").casefold())
                == sides.get(new.statement, (new.speaker or "").casefold())
                and old.article == new.article
                and old.stance == new.stance
                and _restates(new.text, old.text)
            ):
                swaps.append(m)
    return max(swaps, key=_strength) if swaps else best


def _folded_best(rebuttal: Contradiction, members: list[Contradiction]) -> Contradiction:
    """The pair that shows a group a rebuttal was folded into: its strongest contradiction
    (the two sides' own claims, which the cue backs), but not one that sets a statement
    against words of a later report when the rebuttal's own pair is told face to face in one:
    "Mickleburgh pushed back on the councillor's claim. 'Both lifts passed their last
    inspection in October,' she said." answers the councillor's words in that report, and her
    admission weeks later that they did not pass is no contradiction of his; the rebuttal's
    own pair shows the exchange."""
    others = [m for m in members if m.kind != "rebuttal"]
    if rebuttal.a.article == rebuttal.b.article:
        told = max((rebuttal.a.date or "")[:10], (rebuttal.b.date or "")[:10])
        others = [m for m in others if m.a.article == m.b.article
                  or max((m.a.date or "")[:10], (m.b.date or "")[:10]) <= told]  # fmt: skip
    return max(others, key=_strength) if others else rebuttal


def _holding(
    groups: dict[tuple[str, ...], list[Contradiction]], rebuttals: list[Contradiction]
) -> tuple[str, ...] | None:
    """The contradiction that already holds a rebuttal's rebutting statement, when the
    rebutted statement takes no stance (the cue then backs that contradiction: Markovic
    "pushed back on the state's assessment", given by the state's spokesman)."""
    for r in rebuttals:
        if r.b.stance in ("yes", "no"):
            return None
        for key, members in groups.items():
            if key[0] == "contradiction" and any(
                r.a.statement in (m.a.statement, m.b.statement) for m in members
            ):
                return key
    return None


def _related(rebuttals: list[Contradiction], members: list[Contradiction]) -> bool:
    """Whether rebuttals are about the disagreement ``members`` report: the same matter, or
    a statement in common."""
    matters = {m.matter for m in members} - {None}  # no matter is no matter in common
    statements = {sid for m in members for sid in (m.a.statement, m.b.statement)}
    return any(
        r.matter in matters or {r.a.statement, r.b.statement} & statements for r in rebuttals
    )


def _answers_later(rebuttals: list[Contradiction], members: list[Contradiction]) -> bool:
    """Whether rebuttals answer, in a report none of ``members`` (a contradiction of the same
    two sides) is told in, a claim told in an earlier report: the two disputed it in January's
    report and one side rejects it again in March's ("rejected the minister's claim that the
    line met its targets", weeks after the minister's words were set against the union's).
    That is a second exchange, shown by its own pair, as :func:`group_key` keeps two reports'
    rebuttals apart. A rebuttal whose claim is told in its own report still folds, and so does
    one of a claim never disputed face to face in one report (the contradiction sets a union
    leader's words against a letter of the company's, and the rebuttal of the letter is what
    opposes them)."""
    told = {e.article for m in members for e in (m.a, m.b)}
    disputed = {m.a.article for m in members if m.a.article == m.b.article}
    return all(r.a.article not in told for r in rebuttals) and any(
        r.b.article != r.a.article and r.b.article in disputed for r in rebuttals
    )


def _speaks_in(rebuttals: list[Contradiction], members: list[Contradiction]) -> bool:
    """Whether a rebuttal's rebutting speaker is one of the speakers of ``members``."""
    speakers = {(e.speaker or "").casefold() for m in members for e in (m.a, m.b)}
    return any((r.a.speaker or "").casefold() in speakers for r in rebuttals)


def _rebuts_another_claim(rebuttals: list[Contradiction], members: list[Contradiction]) -> bool:
    """Whether rebuttals, told in a report that tells ``members`` (a contradiction of the same
    two sides) too, rebut none of the statements those pairs set against each other: the
    contradiction sets the chief executive's "the branch will stay open" against the union's
    words, and in the same report the union "rejected the chairman's assurance that no jobs
    would go". The rebuttal answers another claim of that side, an exchange of its own shown
    by its own pair; folded, its claim would be shown nowhere. A rebuttal in a report none of
    ``members`` is told in is left to :func:`_answers_later`."""
    told = {e.article for m in members for e in (m.a, m.b)}
    statements = _statements(members)
    return all(r.a.article in told and r.b.statement not in statements for r in rebuttals)


def _statements(members: list[Contradiction]) -> set[str]:
    return {sid for m in members for sid in (m.a.statement, m.b.statement)}


def _merge_shared(
    groups: dict[tuple[str, ...], list[Contradiction]], figures: frozenset[str]
) -> None:
    """Two speakers' contradictions on two yes/no matters that share a statement are one
    disagreement ("the cuts are the beginning of the end" against both "no layoffs are
    planned" and "the mill is not closing"): the weaker group joins the stronger, its pairs
    kept as support. A matter of a figure (``figures``: their ids) stays apart: "no job will
    go" and "180, not 240" are two."""
    keys = sorted(
        (k for k in groups if k[0] == "contradiction" and k[1] not in figures),
        key=lambda k: _strength(max(groups[k], key=_strength)),
        reverse=True,
    )
    for i, strong in enumerate(keys):
        if strong not in groups:
            continue
        for weak in keys[i + 1 :]:
            if (
                weak in groups
                and weak[2:] == strong[2:]
                and _statements(groups[weak]) & _statements(groups[strong])
            ):
                groups[strong].extend(groups.pop(weak))


def group_disagreements(
    found: list[Contradiction],
    sides: dict[str, str] | None = None,
    figures: frozenset[str] = frozenset(),
    quoted: frozenset[str] = frozenset(),
) -> list[Contradiction]:
    """Report each disagreement once: its strongest pair, the other statements as support.

    Pairs are grouped by :func:`group_key` (``sides``: statement key -> side, from
    :func:`speaker_sides`; default each speaker's name; ``figures``: see
    :func:`_merge_shared`; ``quoted``: the keys of statements quoted in the speaker's own words,
    see :func:`_own_words`). A rebuttal between two speakers who also
    contradict each other on its matter (or with a statement in common) is folded into that
    contradiction (its cue backs it) rather than reported again, unless it answers in a later
    report a claim the two disputed in an earlier one (:func:`_answers_later`). The report keeps
    its best pair's confidence; :func:`~onrecord.matters.confidence.calibrate` sets the final
    one once the groups are made (the cue a group lends its best pair counts there).
    """
    groups: dict[tuple[str, ...], list[Contradiction]] = {}
    for c in found:
        groups.setdefault(group_key(c, sides), []).append(c)
    _merge_shared(groups, figures)
    by_speakers: dict[tuple[str, str], tuple[str, ...]] = {}
    for key in groups:
        if key[0] == "contradiction":
            pair = (key[2], key[3])
            best = max(groups[key], key=_strength)
            old = by_speakers.get(pair)
            if old is None or _strength(max(groups[old], key=_strength)) < _strength(best):
                by_speakers[pair] = key
    for key in [k for k in groups if k[0] == "rebuttal"]:
        target = by_speakers.get((key[1], key[2]))
        if target is not None and not _related(groups[key], groups[target]):
            target = None  # the two also disagree, but on another matter: a rebuttal of its own
        if target is not None and _answers_later(groups[key], groups[target]):
            target = None  # a claim answered again in a later report: another exchange
        if target is not None and not _speaks_in(groups[key], groups[target]):
            target = None  # another speaker of the side answering: an exchange of its own
        if target is not None and _rebuts_another_claim(groups[key], groups[target]):
            target = None  # another claim of the side rebutted: an exchange of its own
        if target is None:
            target = _holding(groups, groups[key])
        if target is not None:
            groups[target].extend(groups.pop(key))
    out: list[Contradiction] = []
    for members in groups.values():
        best = max(members, key=_strength)
        if best.kind == "rebuttal":
            best = _folded_best(best, members)
        best = _face_to_face(best, members, quoted)
        best = _own_words(best, members, sides or {}, quoted)
        cue = best.cue or next((m.cue for m in members if m.cue), None)
        seen = {best.a.statement, best.b.statement}
        support: list[str] = []
        for m in sorted(members, key=_strength, reverse=True):
            for sid in m.statements:  # a pair's own support too (:func:`.lead_ins.show_quotes`)
                if sid not in seen:
                    seen.add(sid)
                    support.append(sid)
        pairs = len({frozenset((m.a.statement, m.b.statement)) for m in members})
        out.append(replace(best, cue=cue, support=tuple(support), pairs=pairs))
    return out
