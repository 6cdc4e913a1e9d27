"""A reporter's lead-in and the speaker's quote after it (:mod:`onrecord.matters.lead_ins`), and
a statement that is only a request (:mod:`onrecord.matters.wishes`). Invented sentences."""

from __future__ import annotations

from onrecord.matters import analyze_items
from onrecord.matters.claims import Item
from onrecord.matters.lead_ins import quotes_after_lead_ins, show_quotes
from onrecord.matters.stance import stance_of

from .builders import item, told


def _told(
    sid: str, body: str, text: str, sentence: str, speaker: str, cue: str, *, direct: bool
) -> Item:
    return told(sid, body, text, sentence, speaker, cue, direct=direct, day="2031-03-04")


_LEAD = "Ormsby said the trust had offered compensation."
_OFFER = '"We have offered every tenant a payment of 300 pounds," she said.'
_MEET = '"I will meet the tenants on Friday," she said.'


def _article(quote: str, quoted: str) -> list[Item]:
    body = f"{_LEAD} {quote} Tarrant disagreed."
    lead = _told("s1", body, "the trust had offered compensation", _LEAD, "Ruth Ormsby", "said",
                 direct=False)  # fmt: skip
    own = _told("s2", body, quoted, quote, "Ruth Ormsby", "said", direct=True)
    other = item("s3", "The trust has offered these tenants no compensation of any kind",
                 "Gil Tarrant", "2031-03-04", article="a1")  # fmt: skip
    return [lead, own, other]


def _shown(quote: str, quoted: str) -> set[frozenset[str]]:
    """The pairs shown once the lead-in's disagreement (found without the quote) meets the
    quote after it."""
    lead, own, other = _article(quote, quoted)
    found = analyze_items([lead, other])[1]
    assert {frozenset((c.a.statement, c.b.statement)) for c in found} == {frozenset(("s1", "s3"))}
    return {
        frozenset((c.a.statement, c.b.statement)) for c in show_quotes(found, [lead, own, other])
    }


def test_the_quote_after_a_lead_in_is_the_evidence() -> None:
    assert _shown(_OFFER, "We have offered every tenant a payment of 300 pounds") == {
        frozenset(("s2", "s3"))
    }


def test_a_quote_on_another_point_leaves_the_lead_in() -> None:
    assert _shown(_MEET, "I will meet the tenants on Friday") == {frozenset(("s1", "s3"))}


def test_a_quote_whose_pair_is_found_already_leaves_the_lead_in_backing_it() -> None:
    items = _article(_OFFER, "We have offered every tenant a payment of 300 pounds")
    (found,) = analyze_items(items)[1]
    assert {"s1", "s2", "s3"} <= set(found.statements)


def _asked(text: str, cue: str) -> bool:
    """Whether ``text``, said with ``cue``, takes a certain stance on any of its events."""
    it = item("s1", text, "Kestle Homes", "2031-03-04", sentence=f"Kestle Homes {cue} {text}.",
              cue=cue)  # fmt: skip
    keys = {e.key for c in it.claim.clauses for e in c.events}
    assert keys  # the clause names its event: only the stance may differ
    return any(stance_of(it.claim, k).certain for k in keys)


def test_a_request_takes_no_stance() -> None:
    assert not _asked("to cut the Brook Lane quota to 30", "asks")
    assert not _asked("the council to cut the Brook Lane quota to 30", "has asked")
    assert not _asked("to cut the Brook Lane quota", "wants")


def test_a_claim_after_a_verb_of_asking_keeps_its_stance() -> None:
    assert _asked("the quota had been cut to 30", "said")
    assert _asked("the council had agreed to cut the quota to 30", "asked")
    assert _asked("to cut the quota to 30", "agreed")


_SLOW = "Ness said the board had been slow to tell the tenants."
_SAT = '"The board sat on this for a month before it wrote to anyone," she said.'


def _rebutted(rebuttal: str, cue: str) -> set[tuple[str, str]]:
    """(rebutting, rebutted) statements of a rebuttal told after a lead-in and its quote."""
    body = f"{_SLOW} {_SAT} {rebuttal}"
    lead = _told("s1", body, "the board had been slow to tell the tenants", _SLOW, "Cora Ness",
                 "said", direct=False)  # fmt: skip
    own = _told("s2", body, "The board sat on this for a month before it wrote to anyone",
                _SAT, "Cora Ness", "said", direct=True)  # fmt: skip
    reply = "the tenants had been told within two days"
    answer = _told("s3", body, reply, rebuttal, "Ivo Vint", cue, direct=False)
    found = analyze_items([lead, own, answer])[1]
    return {(c.a.statement, c.b.statement) for c in found if c.kind == "rebuttal"}


def test_a_rebuttal_that_names_no_claim_answers_the_quote() -> None:
    said = "Vint disputed Ness's claim, saying the tenants had been told within two days."
    assert _rebutted(said, "disputed") == {("s3", "s2")}


def test_a_rebuttal_of_a_claim_named_with_that_keeps_the_lead_in() -> None:
    said = (
        "Vint rejected Ness's claim that the board had been slow to tell the tenants, saying "
        "the tenants had been told within two days."
    )
    assert _rebutted(said, "rejected") == {("s3", "s1")}


def test_a_rebuttal_that_answers_the_lead_in_itself_keeps_it() -> None:
    lead_s = "Penrose said the depot would close on Sundays."
    quote_s = '"The night bus will be withdrawn next year," he said.'
    reply_s = "Quarrie disputed Penrose's claim, saying the depot would stay open on Sundays."
    body = f"{lead_s} {quote_s} {reply_s}"
    lead = _told("s1", body, "the depot would close on Sundays", lead_s, "Abel Penrose", "said",
                 direct=False)  # fmt: skip
    own = _told("s2", body, "The night bus will be withdrawn next year", quote_s, "Abel Penrose",
                "said", direct=True)  # fmt: skip
    answer = _told("s3", body, "the depot would stay open on Sundays", reply_s, "Enid Quarrie",
                   "disputed", direct=False)  # fmt: skip
    found = analyze_items([lead, own, answer])[1]
    assert {(c.a.statement, c.b.statement) for c in found if c.kind == "rebuttal"} == {("s3", "s1")}


_FOUND = "Ness said the board had found savings in the repairs budget."
_MONEY = '"We looked hard, and we found the money," she said.'


def _answered(rebuttal: str, cue: str) -> set[tuple[str, str]]:
    """(rebutting, rebutted) statements of a rebuttal told after a lead-in and a quote that
    share its event ("found")."""
    body = f"{_FOUND} {_MONEY} {rebuttal}"
    lead = _told("s1", body, "the board had found savings in the repairs budget", _FOUND,
                 "Cora Ness", "said", direct=False)  # fmt: skip
    own = _told("s2", body, "We looked hard, and we found the money", _MONEY, "Cora Ness",
                "said", direct=True)  # fmt: skip
    reply = "not a penny had been saved"
    answer = _told("s3", body, reply, rebuttal, "Ivo Vint", cue, direct=False)
    found = analyze_items([lead, own, answer])[1]
    return {(c.a.statement, c.b.statement) for c in found if c.kind == "rebuttal"}


def test_a_claim_named_in_the_lead_ins_words_keeps_the_lead_in() -> None:
    """A claim named in the lead-in's words ("disputed Ness's account that savings had been
    found in the repairs budget"): the lead-in states the claim's things (savings, repairs,
    budget); the quote after it shares only the event, so the lead-in stays the evidence of
    what is rebutted."""
    said = (
        "Vint disputed Ness's account that savings had been found in the repairs budget, "
        "saying not a penny had been saved."
    )
    assert _answered(said, "disputed") == {("s3", "s1")}


def test_a_claim_named_in_the_quotes_words_shows_the_quote() -> None:
    """A claim named in the quote's words ("disputed Ness's claim that the money had been
    found"): the quote holds the claim's thing (the money) and the lead-in does not, so the
    quote is the evidence."""
    said = (
        "Vint disputed Ness's claim that the money had been found, saying not a penny had "
        "been saved."
    )
    assert _answered(said, "disputed") == {("s3", "s2")}


def _lead_pair(lead_sentence: str, cue: str) -> dict[str, str]:
    """Lead-in key -> the quote shown for it, for a lead-in told with ``cue``."""
    quote = '"Nine porters will be made redundant when the depot shuts," he said.'
    body = f"{lead_sentence} {quote}"
    lead = _told("s1", body, "jobs would go", lead_sentence, "Cyril Pendry", cue, direct=False)
    own = _told("s2", body, "Nine porters will be made redundant when the depot shuts", quote,
                "Cyril Pendry", "said", direct=True)  # fmt: skip
    return {k: v.key for k, v in quotes_after_lead_ins([lead, own]).items()}


def test_a_lead_in_that_confirms_or_admits_is_shown_by_its_quote() -> None:
    assert _lead_pair("Pendry also confirmed that jobs would go.", "also confirmed") == {"s1": "s2"}
    assert _lead_pair("Pendry admitted that jobs would go.", "admitted") == {"s1": "s2"}


def test_a_denied_or_rejecting_lead_in_keeps_its_own_words() -> None:
    assert _lead_pair("Pendry did not confirm that jobs would go.", "did not confirm") == {}
    assert _lead_pair("Pendry disputed that jobs would go.", "disputed") == {}


def test_a_lead_in_that_declines_or_refuses_to_say_keeps_its_own_words() -> None:
    assert _lead_pair("Pendry declined to say that jobs would go.", "declined to say") == {}
    assert _lead_pair("Pendry refused to confirm that jobs would go.", "refused to confirm") == {}
    assert _lead_pair("Pendry failed to say that jobs would go.", "failed to say") == {}
