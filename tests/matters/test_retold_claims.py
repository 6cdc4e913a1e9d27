"""Rebuttals of a claim named in the reporter's words:

* a speaker's "figure of" a number is their words ("rejected the mayor's figure of 300 new
  homes"), as their "figures" already were;
* a claim named in other words than its speaker used ("had seen the plans" for "was shown the
  plans") is the target's statement told earlier in the rebutter's article that shares two of
  its content words, when no statement of the target names the claim's event;
* two speakers whom the sides join only through a third one (a solicitor for a coach, the
  coach employed by a federation, the federation's chief executive) keep their rebuttal apart
  from another critic's rebuttal of the same body.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import analyze_items
from onrecord.matters.claims import Item
from onrecord.matters.rebuttals import find_rebuttals

from .builders import item


def _links(*items: Item) -> list[tuple[str, str]]:
    """(rebutting statement, statement rebutted) of each rebuttal found among ``items``."""
    return sorted((c.a.statement, c.b.statement) for c in find_rebuttals(list(items), []))


# -- a figure of a number is someone's words ------------------------------------------------------

_MAYOR = ("mayor",)
_FIGURE = ("Councillor Ada Quill rejected the mayor's figure of 300 new homes, saying most of "
           "the sites had no planning consent.")  # fmt: skip


def _figure_rebutter() -> Item:
    return item("r", "most of the sites had no planning consent", "Ada Quill", "2026-05-12",
                sentence=_FIGURE, cue="rejected the mayor's figure")  # fmt: skip


def test_a_figure_of_a_number_names_whose_words_are_rejected() -> None:
    homes = item("o", "The scheme will build 300 new homes by 2030.", "Tom Reeve", "2026-05-12",
                 roles=_MAYOR)  # fmt: skip
    assert _links(homes, _figure_rebutter()) == [("r", "o")]


def test_a_figure_links_no_statement_of_another_thing() -> None:
    """The mayor's words on the library share nothing of "300 new homes": no rebuttal."""
    library = item("o", "The library on Quay Street will open in May.", "Tom Reeve",
                   "2026-05-12", roles=_MAYOR)  # fmt: skip
    assert _links(library, _figure_rebutter()) == []


# -- a claim named in other words ----------------------------------------------------------------

_CHAIR = ("chair of the planning board",)
_SEEN = ("Ivo Marsh rejected Hale's claim that the board had seen the depot plans, saying no "
         "drawings were ever sent.")  # fmt: skip
# the chair's words after the rebuttal, further into the article than the rebutting ones
_LATER = ("Later that evening, after the meeting had ended and the councillors had gone home, "
          "Hale added: The board was shown the plans for the depot in March.")  # fmt: skip
_SHOWN = "The board was shown the plans for the depot in March."


def _seen_rebutter(article: str = "a1") -> Item:
    return item("r", "no drawings were ever sent", "Ivo Marsh", "2026-05-12", article=article,
                sentence=_SEEN, cue="rejected Hale's claim")  # fmt: skip


def test_a_claim_in_other_words_is_the_targets_statement_told_before() -> None:
    """ "had seen the plans" names no event of "was shown the plans", and no time: the
    chair's statement told just before, sharing "board", "depot" and "plans", is the one."""
    shown = item("o", _SHOWN, "Rhona Hale", "2026-05-12", roles=_CHAIR)
    assert _links(shown, _seen_rebutter()) == [("r", "o")]


def test_a_claim_in_other_words_told_after_the_rebuttal_is_not_it() -> None:
    shown = item("o", _SHOWN, "Rhona Hale", "2026-05-12", roles=_CHAIR, sentence=_LATER)
    assert _links(shown, _seen_rebutter()) == []


def test_a_claim_in_other_words_from_another_article_is_not_it() -> None:
    shown = item("o", _SHOWN, "Rhona Hale", "2026-05-10", roles=_CHAIR, article="a0")
    assert _links(shown, _seen_rebutter("a1")) == []


def test_a_statement_sharing_one_word_of_the_claim_is_not_it() -> None:
    vote = item("o", "The board will vote on the budget in March.", "Rhona Hale", "2026-05-12",
                roles=_CHAIR)  # fmt: skip
    assert _links(vote, _seen_rebutter()) == []


# -- sides joined through a third speaker --------------------------------------------------------

_SUSPENDED = ("Pell rejected the federation's statement that Dorn had stepped down of his own "
              "accord, saying the coach was suspended.")  # fmt: skip
_MOVED = ("Ashe pushed back on the chair's assertion that the board had acted as soon as it "
          "knew, saying the board sat on the complaint for a year.")  # fmt: skip


def test_speakers_joined_only_through_a_third_keep_their_rebuttals_apart() -> None:
    """The coach's solicitor and a critic inside the federation are each one side with the
    federation only through someone else (the coach it employs; the commission it holds):
    their two rebuttals, of two people of the federation on two questions, are two reports."""
    chief = item("c", "Lev Dorn agreed to step down while the inquiry takes place.", "Ines Vale",
                 "2026-03-02", roles=("the federation's chief executive",))  # fmt: skip
    chair = item("h", "The board acted the moment it knew of the complaint.", "Olga Brandt",
                 "2026-03-02", roles=("the federation's chair",))  # fmt: skip
    coach = item("d", "I have done nothing wrong.", "Lev Dorn", "2026-03-02",
                 roles=("the federation's head coach",))  # fmt: skip
    solicitor = item("p", "the coach was suspended", "Tomas Pell", "2026-03-02",
                     sentence=_SUSPENDED, cue="rejected the federation's statement",
                     roles=("a solicitor representing Dorn",))  # fmt: skip
    critic = item("a", "the board sat on the complaint for a year", "Mira Ashe", "2026-03-02",
                  sentence=_MOVED, cue="pushed back on the chair's assertion",
                  roles=("chair of the federation's athletes' commission",))  # fmt: skip
    found = analyze_items([chief, chair, coach, solicitor, critic])[1]
    pairs = sorted((c.kind, c.a.statement, c.b.statement) for c in found)
    assert pairs == [("rebuttal", "a", "h"), ("rebuttal", "p", "c")]
