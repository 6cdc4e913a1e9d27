"""A rebuttal that names a claim and its doer ("disputed Y's suggestion that the county
supported the plan") is linked to the target's statement of that doer, over another of the
same event done by something else ("the plan had strong support").

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters.claim_subjects import event_subjects, same_doer
from onrecord.matters.claims import Item, parse_claim
from onrecord.matters.rebuttals import find_rebuttals

from .builders import item

_DAY = "2030-09-14"
_REBUTTING = ("Cllr Nessa Quirke disputed Mr Tepper's suggestion that the county supported the "
              "plan.")  # fmt: skip


def _links(*items: Item) -> list[tuple[str, str]]:
    return sorted((c.a.statement, c.b.statement) for c in find_rebuttals(list(items), []))


def _case(quote: str) -> list[tuple[str, str]]:
    told = item("t", "the plan had strong support", "Roland Tepper", _DAY,
                sentence="He said the plan had strong support.")  # fmt: skip
    quoted = item("q", quote, "Roland Tepper", _DAY)
    rebutter = item("r", "Mr Tepper's suggestion that the county supported the plan",
                    "Nessa Quirke", _DAY, sentence=_REBUTTING,
                    cue="disputed Mr Tepper's suggestion")  # fmt: skip
    return _links(told, quoted, rebutter)


def test_the_subject_of_an_event_is_its_doer() -> None:
    subjects = event_subjects(parse_claim("The county is firmly behind this plan"))
    assert subjects["support"] == frozenset({"county"})
    assert same_doer(parse_claim("the county supported the plan"),
                     parse_claim("The county is firmly behind this plan"))  # fmt: skip
    assert not same_doer(parse_claim("the county supported the plan"),
                         parse_claim("The chamber is firmly behind this plan"))  # fmt: skip
    assert not same_doer(parse_claim("it supported the plan"),
                         parse_claim("It is firmly behind this plan"))  # fmt: skip


def test_the_statement_of_the_doer_named_is_the_target() -> None:
    assert _case("The county is firmly behind this expansion, and so are the hauliers,") == [
        ("r", "q")
    ]


def test_a_statement_of_another_doer_is_not_preferred() -> None:
    assert _case("The chamber is firmly behind this expansion, and so are the hauliers,") == [
        ("r", "t")
    ]


def test_the_doer_named_doing_another_thing_is_not_preferred() -> None:
    assert not same_doer(parse_claim("the county supported the plan"),
                         parse_claim("The county backed the library closures in 2028"))  # fmt: skip
    assert _case("The county backed the library closures in 2028,") == [("r", "t")]
