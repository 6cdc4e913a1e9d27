"""A rebuttal linked to the claim the reporter set just before it, when its words for the
claim are a paraphrase and its words for the owner are a role, a body or no one
(:mod:`onrecord.matters.set_before`). The stories are invented: a youth club's grant in
Millbrook, a quarry at Harwell."""

from __future__ import annotations

from onrecord.matters.claims import Item
from onrecord.matters.rebuttals import find_rebuttals
from onrecord.models import SpeakerType

from .builders import placed

# (key, speaker, sentence, content, cue, roles)
Said = tuple[str, str, str, str, str | None, tuple[str, ...]]


def _article(
    *said: Said, article: str = "a1", date: str = "2031-03-04", bodies: tuple[str, ...] = ()
) -> list[Item]:
    """The statements of one article, each sentence after the one before (with a paragraph
    break), so that their places in the article are real; ``bodies``: the speakers that are
    organizations."""
    out, at = [], 0
    for key, speaker, sentence, content, cue, roles in said:
        kind: SpeakerType = "organization" if speaker in bodies else "person"
        st = placed(key, speaker, sentence, content, cue, at, roles=roles, kind=kind, date=date)
        out.append(Item.of(st, article=article))
        at += len(sentence) + 2
    return out


def _links(items: list[Item]) -> list[tuple[str, str]]:
    return sorted((c.a.statement, c.b.statement) for c in find_rebuttals(items, []))


_CAMPAIGN = ("chair of the Millbrook parents' campaign",)
_GRANT = "The county has halved the grant that keeps the Millbrook youth club open"
_REJECTED = (
    "Naomi Fairbairn, the county's youth services manager, rejected the campaign's claim that "
    "the club had lost its funding."
)
_CLAIM = "the club had lost its funding"


def _rebuttal(key: str = "r") -> Said:
    return (key, "Naomi Fairbairn", _REJECTED, _CLAIM, "rejected the campaign's claim", ())


def test_the_claim_set_before_in_other_words_is_the_target() -> None:
    """The campaign's chair said the grant was halved; the manager rejects "the campaign's
    claim that the club had lost its funding": no word of the claim's predicate is the chair's,
    but the reporter set her words just before the rebuttal."""
    items = _article(
        ("o", "Lena Hartley", f'"{_GRANT}," said Lena Hartley.', _GRANT, None, _CAMPAIGN),
        _rebuttal(),
    )
    assert _links(items) == [("r", "o")]


def test_an_unowned_denial_is_answered_by_the_claim_set_before_it() -> None:
    """ "denied that homes near the quarry had been shaken by explosions at night": no owner
    named; a neighbour said just before that the quarry's charges go off every night."""
    night = "The quarry sets off charges every night and the homes on Mill Row feel each one"
    denial = ("Dominic Sayer, the site's manager, denied that homes near the quarry had been "
              "shaken by explosions at night.")  # fmt: skip
    items = _article(
        ("o", "Ruth Ambler", f'"{night}," said Ruth Ambler, who lives beside it.', night, None,
         ()),
        ("r", "Dominic Sayer", denial, "homes near the quarry had been shaken by explosions at "
         "night", "denied", ()),
    )  # fmt: skip
    assert _links(items) == [("r", "o")]


def test_a_third_speaker_between_them_stands_in_the_way() -> None:
    """A parent's words about opening hours come between the chair's and the rebuttal: the
    reporter had moved on, and the parent's words are no claim of the funding."""
    hours = "The club should open on Sundays as well"
    items = _article(
        ("o", "Lena Hartley", f'"{_GRANT}," said Lena Hartley.', _GRANT, None, _CAMPAIGN),
        ("p", "Owen Pryce", f'"{hours}," said Owen Pryce, a parent.', hours, None, ()),
        _rebuttal(),
    )
    assert _links(items) == []


def test_a_statement_of_another_thing_set_before_is_not_the_claim() -> None:
    other = "The committee will meet again in the spring"
    items = _article(
        ("o", "Lena Hartley", f'"{other}," said Lena Hartley.', other, None, _CAMPAIGN),
        _rebuttal(),
    )
    assert _links(items) == []


def test_an_owner_named_by_name_is_not_answered_by_someone_else() -> None:
    """ "rejected Hartley's claim": the statement set before is another person's, and Hartley
    speaks only in another report."""
    rejected = "Naomi Fairbairn rejected Hartley's claim that the club had lost its funding."
    items = _article(
        ("o", "Owen Pryce", f'"{_GRANT}," said Owen Pryce.', _GRANT, None, ()),
        ("r", "Naomi Fairbairn", rejected, _CLAIM, "rejected Hartley's claim", ()),
    )
    elsewhere = _article(
        ("h", "Lena Hartley", '"We will march on County Hall," said Lena Hartley.',
         "We will march on County Hall", None, _CAMPAIGN),
        article="a0", date="2031-02-10",
    )  # fmt: skip
    assert _links(elsewhere + items) == []


def test_the_rebutters_own_side_set_before_is_passed_over() -> None:
    """The council's own words before the rebuttal of its manager are the rebutter's side:
    the chair's, before them, are what the rebuttal answers."""
    budget = "The youth budget is under strain this year"
    rejected = ("Naomi Fairbairn, the youth services manager at Tarnside Council, rejected the "
                "campaign's claim that the club had lost its funding.")  # fmt: skip
    items = _article(
        ("o", "Lena Hartley", f'"{_GRANT}," said Lena Hartley.', _GRANT, None, _CAMPAIGN),
        ("s", "Tarnside Council", f"{budget}, Tarnside Council said.", budget, None, ()),
        ("r", "Naomi Fairbairn", rejected, _CLAIM, "rejected the campaign's claim",
         ("youth services manager at Tarnside Council",)),
        bodies=("Tarnside Council",),
    )  # fmt: skip
    assert _links(items) == [("r", "o")]


def test_a_claim_far_back_in_the_article_is_not_set_before_it() -> None:
    """The council's long account of the club's history (its own side, passed over) puts the
    chair's words more than a paragraph or two back: no claim set just before the rebuttal."""
    history = "The club opened in 1974 in the old drill hall on Station Road. " * 14
    rejected = ("Naomi Fairbairn, the youth services manager at Tarnside Council, rejected the "
                "campaign's claim that the club had lost its funding.")  # fmt: skip
    items = _article(
        ("o", "Lena Hartley", f'"{_GRANT}," said Lena Hartley.', _GRANT, None, _CAMPAIGN),
        ("s", "Tarnside Council", f"{history}Tarnside Council said.", history.strip(), None, ()),
        ("r", "Naomi Fairbairn", rejected, _CLAIM, "rejected the campaign's claim",
         ("youth services manager at Tarnside Council",)),
        bodies=("Tarnside Council",),
    )  # fmt: skip
    assert _links(items) == []


def test_one_thing_of_three_is_not_the_claim() -> None:
    """ "staff had been told to keep quiet during the inspection" is not the claim of "the
    home did not have enough staff at night": one word of the claim's three things."""
    staff = "The home did not have enough staff at night"
    denial = "Paul Garner dismissed suggestions that staff had been told to keep quiet."
    items = _article(
        ("o", "Sara Dent", f'"{staff}," said Sara Dent, an inspector.', staff, None, ()),
        ("r", "Paul Garner", denial, "suggestions that staff had been told to keep quiet",
         "dismissed", ()),
    )  # fmt: skip
    assert _links(items) == []


def test_a_claim_disputed_on_another_event_is_not_answered_by_this_one() -> None:
    """ "disputed the board's claim that the rise would be modest, saying a fifth more was not
    modest": the board's "fees will rise" is not the claim in dispute."""
    rise = "Fees at the Harwell sports centre will rise in April"
    disputed = ("Tom Ruddock disputed the board's claim that the rise would be modest, saying "
                "a fifth more was not modest.")  # fmt: skip
    items = _article(
        ("o", "Ada Birch", f'"{rise}," said Ada Birch.', rise, None, ("chair of the board",)),
        ("r", "Tom Ruddock", disputed, "a fifth more was not modest",
         "disputed the board's claim", ()),
    )  # fmt: skip
    assert _links(items) == []
