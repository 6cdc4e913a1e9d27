"""False reports: words that say when, which or what-if, not what; and which statement a
rebuttal answers.

* a time clause with a pronoun for subject ("before it shut the road") or a noun of time with a
  clause after it ("every week the road stays shut") is background, as is a relative clause
  split off by a comma ("the ferry, which sailed on Monday, ...");
* a modal perfect ("would not have sunk the ship") is a counterfactual, not a yes or no;
* a rebuttal of "figures on the deficit" answers a statement on the deficit, not any earlier
  statement of the body named; and a reply made after the rebuttal is not what it answered.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import analyze_items, parse_claim
from onrecord.matters.claims import Item

from .builders import events, item, kinds

# -- background clauses --------------------------------------------------------------------------


def test_a_time_clause_with_a_pronoun_subject_is_background() -> None:
    assert "open" not in events("the agency never warned the shops before it shut the road")
    assert "open" not in events("the depot will stay on the north bank until they reopen it")


def test_a_noun_of_time_with_a_clause_after_it_is_background() -> None:
    assert "open" not in events("traders will get a grant for every week the road stays shut")


def test_the_main_clause_of_a_time_clause_still_names_its_event() -> None:
    assert events("the council will shut the road before it floods") == {"open": -1}
    assert events("the council will shut the road every week") == {"open": -1}
    # "since" also gives a reason, which is asserted
    assert "open" in events("the market will not reopen since it has no licence")


def test_a_relative_clause_after_a_comma_is_background() -> None:
    claim = parse_claim("the ferry, which reopened on Monday, would run until the bridge reopens")
    assert all(e.key != "open" for c in claim.clauses for e in c.events)


def test_a_relative_clause_does_not_answer_the_matter() -> None:
    a = item("a", "the footbridge, which opened on May 4, would stay in place until the road "
             "bridge reopens", "Corvin Roads Agency", "2026-05-20")  # fmt: skip
    b = item("b", "the road bridge will not reopen before the winter", "Ines Calloway",
             "2026-05-20")  # fmt: skip
    assert kinds(a, b) == []


def test_a_time_clause_does_not_answer_the_matter() -> None:
    a = item("a", "the agency never warned the shops before it shut the bridge", "Tam Orrell",
             "2026-04-02")  # fmt: skip
    b = item("b", "the council will charge nothing for parking while the bridge is closed, and "
             "shops will get relief for every month the bridge stays shut", "Ada Prell",
             "2026-04-02")  # fmt: skip
    assert kinds(a, b) == []


# -- counterfactuals -----------------------------------------------------------------------------


def test_a_modal_perfect_is_a_counterfactual() -> None:
    clause = parse_claim("the storm alone would not have sunk the ship").clauses[0]
    assert clause.modality == "hedged"
    clause = parse_claim("a second pump could have saved the mill").clauses[0]
    assert clause.modality == "hedged"


def test_a_reported_future_perfect_stays_certain() -> None:
    clause = parse_claim("all drivers would have been trained by June").clauses[0]
    assert clause.modality == "certain"
    clause = parse_claim("the ship would not sink").clauses[0]
    assert clause.modality == "certain"


def test_a_counterfactual_does_not_contradict_a_fact() -> None:
    a = item("a", "the old mare died quietly in her stable", "Bea Lantry", "2026-01-10")
    b = item("b", "the infection alone would not have killed her", "Osric Venn", "2026-02-01",
             article="a2")  # fmt: skip
    assert kinds(a, b) == []


# -- rebuttal targets ----------------------------------------------------------------------------

_FIGURES = ("Nell Arkwright, who leads the lecturers' union, disputed the college's figures on "
            "the deficit.")  # fmt: skip


def _rebuttals(*items: Item) -> list[tuple[str, str]]:
    return sorted(
        (c.a.statement, c.b.statement)
        for c in analyze_items(list(items))[1]
        if c.kind == "rebuttal"
    )


def _figures_rebuttal() -> Item:
    return item("r", "the college's figures on the deficit", "Nell Arkwright", "2026-05-02",
                sentence=_FIGURES, cue="disputed the college's figures")  # fmt: skip


def test_a_rebuttal_of_figures_on_a_topic_answers_that_topic() -> None:
    earlier = item("o", "the college expected a deficit of 8 million pounds this year",
                   "Piers Lomond", "2026-05-02", roles=("college spokesman",))  # fmt: skip
    assert _rebuttals(earlier, _figures_rebuttal()) == [("r", "o")]


def test_a_rebuttal_of_figures_on_a_topic_skips_another_subject() -> None:
    other = item("o", "the old library would be used for storage until the college decided "
                 "what to do with it", "Piers Lomond", "2026-05-02",
                 roles=("college spokesman",))  # fmt: skip
    assert _rebuttals(other, _figures_rebuttal()) == []


_SPENT = ("Councillor Ruth Mallen disputed the museum's claim that it had spent 300,000 pounds "
          "on the west wing last year.")  # fmt: skip
_CLAIMED = "it had spent 300,000 pounds on the west wing last year"


def test_a_reply_after_the_rebuttal_is_not_what_it_answered() -> None:
    original = item("o", "the museum had spent 300,000 pounds on the west wing in 2025",
                    "Hugo Tarrant", "2026-01-12", article="a1",
                    roles=("the museum's spokesman",))  # fmt: skip
    rebutter = item("r", _CLAIMED, "Ruth Mallen", "2026-02-20", article="a2", sentence=_SPENT,
                    cue="disputed the museum's claim")  # fmt: skip
    reply = item("l", "the figure of 300,000 pounds had included money that was committed but "
                 "not yet spent", "Hugo Tarrant", "2026-02-20", article="a2",
                 sentence="Hugo Tarrant, the museum's spokesman, said the figure of 300,000 "
                 "pounds had included money that was committed but not yet spent.",
                 roles=("the museum's spokesman",))  # fmt: skip
    reply = _after(reply, rebutter)
    assert _rebuttals(original, rebutter, reply) == [("r", "o")]


def _after(later: Item, first: Item) -> Item:
    """``later`` placed after ``first`` in their article."""
    from dataclasses import replace

    from onrecord.models import Span

    st = later.statement
    shift = first.statement.content.end + 200
    content = Span(st.content.text, st.content.start + shift, st.content.end + shift)
    assert st.sentence is not None
    sentence = Span(st.sentence.text, st.sentence.start + shift, st.sentence.end + shift)
    return Item.of(replace(st, content=content, sentence=sentence), article=later.article)
