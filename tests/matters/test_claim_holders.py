"""A rebuttal whose words for the claim's owner name no speaker ("the councillor's claim",
"denied that ...") is linked to the statement, told before it, that holds the claim; never to
a statement that shares a word or two of it, one told after it, or the claim the other way
round.

Every sentence here is invented."""

from __future__ import annotations

from dataclasses import replace

from onrecord.matters.claims import Item
from onrecord.matters.rebuttals import find_rebuttals
from onrecord.models import Speaker

from .builders import item

_EARLY, _LATE = "2031-03-04", "2031-03-18"


def _links(*items: Item) -> list[tuple[str, str]]:
    return sorted((c.a.statement, c.b.statement) for c in find_rebuttals(list(items), []))


def _possessive(day: str = _LATE) -> Item:
    sentence = "Hester Dale rejected the councillor's claim that library staff had been cut."
    return item("r", "the councillor's claim that library staff had been cut", "Hester Dale",
                day, article="a2", sentence=sentence,
                cue="rejected the councillor's claim")  # fmt: skip


def _denial(day: str = _LATE) -> Item:
    sentence = "Tobias Renn denied that the trust had sold the orchard to a developer."
    return item("r", "the trust had sold the orchard to a developer", "Tobias Renn", day,
                article="a2", sentence=sentence, cue="denied")  # fmt: skip


def test_an_owner_named_by_role_is_found_by_the_claim_in_another_article() -> None:
    told = item("b", "Ravenmoor has cut its library staff by a quarter since 2028",
                "Orla Brennan", _EARLY)  # fmt: skip
    assert _links(told, _possessive()) == [("r", "b")]


def test_a_statement_sharing_one_word_of_the_claim_is_not_its_owner() -> None:
    told = item("b", "the library will open on Sundays from May", "Orla Brennan", _EARLY)
    assert _links(told, _possessive()) == []


def test_a_statement_told_after_the_rebuttal_is_not_what_it_answers() -> None:
    told = item("b", "Ravenmoor has cut its library staff by a quarter since 2028",
                "Orla Brennan", _LATE, article="a3")  # fmt: skip
    assert _links(told, _possessive(_EARLY)) == []


def test_the_claim_the_other_way_round_is_the_rebutters_side() -> None:
    told = item("b", "Ravenmoor has not cut its library staff", "Orla Brennan", _EARLY)
    assert _links(told, _possessive()) == []


def test_a_name_that_binds_a_speaker_keeps_the_claim_to_that_speaker() -> None:
    sentence = "Hester Dale rejected Brennan's claim that library staff had been cut."
    rebuttal = item("r", "Brennan's claim that library staff had been cut", "Hester Dale",
                    _LATE, article="a2", sentence=sentence,
                    cue="rejected Brennan's claim")  # fmt: skip
    brennan = item("o", "the library will open on Sundays from May", "Orla Brennan", _EARLY)
    other = item("b", "Ravenmoor has cut its library staff by a quarter since 2028",
                 "Milo Farrant", _EARLY)  # fmt: skip
    assert _links(brennan, other, rebuttal) == []


def test_a_denial_is_linked_to_the_claim_told_in_an_earlier_article() -> None:
    told = item("b", "The trust has sold the orchard to a developer, I am told",
                "Mina Oakes", _EARLY)  # fmt: skip
    assert _links(told, _denial()) == [("r", "b")]


def test_a_denial_of_a_claim_no_one_made_is_paired_with_no_one() -> None:
    told = item("b", "The orchard is at its best in the spring", "Mina Oakes", _EARLY)
    other = item("c", "The trust will hold its annual meeting in June", "Mina Oakes", _EARLY)
    assert _links(told, other, _denial()) == []


def test_denied_of_a_thing_is_no_rebuttal() -> None:
    told = item("b", "Kessel was refused bail at the hearing in Ardwick", "Mina Oakes", _EARLY)
    sentence = "Kessel was denied bail at the hearing in Ardwick, his lawyer said."
    said = item("r", "Kessel was denied bail at the hearing in Ardwick", "Pol Venn", _LATE,
                article="a2", sentence=sentence)  # fmt: skip
    assert _links(told, said) == []


def test_a_speaker_of_the_rebutting_body_is_on_its_side() -> None:
    sentence = (
        "Ravenmoor Homes denied the union's claim that tenants had been evicted without notice."
    )
    base = item("r", "the union's claim that tenants had been evicted without notice", "x", _LATE,
                article="a2", sentence=sentence, cue="denied the union's claim")  # fmt: skip
    speaker = Speaker("Ravenmoor Homes", "organization", ())
    rebuttal = Item.of(replace(base.statement, speaker=speaker), article="a2")
    own = item("o", "tenants were never evicted without notice being served", "Ivo Marsh",
               _EARLY, roles=("director of Ravenmoor Homes",))  # fmt: skip
    union = item("u", "tenants have been evicted without notice since May", "Kit Dunne", _EARLY)
    assert _links(own, union, rebuttal) == [("r", "u")]
    own_says = item("o", "tenants were evicted without notice, sadly", "Ivo Marsh", _EARLY,
                    roles=("director of Ravenmoor Homes",))  # fmt: skip
    assert _links(own_says, rebuttal) == []


def test_the_cues_of_scorn_rebut_a_claim_named() -> None:
    told = item("b", "The trust has sold the orchard to a developer, I am told",
                "Mina Oakes", _EARLY)  # fmt: skip
    for cue, said in (
        ("dismissed suggestions", "dismissed suggestions that the trust had sold the orchard "
         "to a developer"),
        ("hit back at", "hit back at Oakes's claim that the trust had sold the orchard to a "
         "developer"),
        ("poured scorn on", "poured scorn on claims that the trust had sold the orchard to a "
         "developer"),
    ):  # fmt: skip
        sentence = f"Tobias Renn {said}."
        content = "the trust had sold the orchard to a developer"
        rebuttal = item("r", content, "Tobias Renn", _LATE, article="a2", sentence=sentence,
                        cue=cue)  # fmt: skip
        assert _links(told, rebuttal) == [("r", "b")], cue


def test_hitting_back_on_the_field_rebuts_no_one() -> None:
    told = item("b", "Kelby will win the league this year", "Mina Oakes", _EARLY)
    sentence = "Rovers hit back at the end of the first half, Tobias Renn said."
    said = item("r", "Rovers hit back at the end of the first half", "Tobias Renn", _LATE,
                article="a2", sentence=sentence)  # fmt: skip
    assert _links(told, said) == []


def test_a_denial_across_articles_needs_the_same_thing_done() -> None:
    told = item("b", "the Brede council would raise fees for parking next year", "Mina Oakes",
                _EARLY)  # fmt: skip
    sentence = "Tobias Renn denied that the Brede council would raise taxes next year."
    denial = item("r", "the Brede council would raise taxes next year", "Tobias Renn", _LATE,
                  article="a2", sentence=sentence, cue="denied")  # fmt: skip
    assert _links(told, denial) == []


def test_a_claim_held_the_other_way_round_with_no_event_in_common_is_not_its_owners() -> None:
    told = item("b", "The depot has not breached the cleaning contract, whatever you hear",
                "Mina Oakes", _EARLY)  # fmt: skip
    sentence = (
        "Tobias Renn rejected the union's claim that the cleaning contract had been breached."
    )
    rebuttal = item("r", "the union's claim that the cleaning contract had been breached",
                    "Tobias Renn", _LATE, article="a2", sentence=sentence,
                    cue="rejected the union's claim")  # fmt: skip
    assert _links(told, rebuttal) == []
