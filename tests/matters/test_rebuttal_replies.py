"""A rebuttal told in a sentence of its own, the rebutter's words in the next one: "Ashgrove
hit back at Mossop's claim that ...", then "..., he said." (:mod:`onrecord.matters.rebuttal_
replies`). The story is invented: a winter ferry timetable at Pelham Quay."""

from __future__ import annotations

from onrecord.matters.claims import Item
from onrecord.matters.rebuttals import find_rebuttals

from .builders import placed

# (key, speaker, sentence, content, cue, roles)
Said = tuple[str, str, str, str, str | None, tuple[str, ...]]


def _article(*said: Said) -> list[Item]:
    """The statements of one article, each sentence after the one before (with a paragraph
    break), so that their places in the article are real; two statements of one sentence
    share its place."""
    out, at, last = [], 0, ""
    for key, speaker, sentence, content, cue, roles in said:
        if sentence == last:
            at -= len(sentence) + 2
        last = sentence
        st = placed(key, speaker, sentence, content, cue, at, roles=roles)
        if key:  # a sentence of no statement ("") only takes its place
            out.append(Item.of(st, article="a1"))
        at += len(sentence) + 2
    return out


def _links(items: list[Item]) -> list[tuple[str, str]]:
    return sorted((c.a.statement, c.b.statement) for c in find_rebuttals(items, []))


_KEEP = "The ferry will keep its winter timetable"
_OWNER: Said = ("o", "Harriet Mossop", f'"{_KEEP}," said Harriet Mossop.', _KEEP, "said",
                ("director of Quayline Ferries",))  # fmt: skip
_NAMED = "the ferry would keep its winter timetable"


def _hit_back(subject: str = "Victor Ashgrove") -> Said:
    sentence = f"{subject} hit back at Mossop's claim that {_NAMED}."
    return ("c", "Harriet Mossop", sentence, _NAMED, "claim", ())


_DROPS = "The new timetable already drops the last two sailings"


def _reply(speaker: str = "Victor Ashgrove", lead: str = "") -> Said:
    return ("r", speaker, f'{lead}"{_DROPS}," he said.', _DROPS, "said", ())


def test_the_rebutters_words_after_the_rebuttal_sentence_rebut_the_owner() -> None:
    """The rebuttal sentence holds only Mossop's claim (extraction gives it to her); the
    rebutter Ashgrove answers in the next sentence: his words rebut hers."""
    items = _article(_OWNER, _hit_back(), _reply())
    assert _links(items) == [("r", "o")]


def test_a_pronoun_before_the_cue_names_the_next_speaker() -> None:
    """ "He hit back at Mossop's claim ...", then Ashgrove's words."""
    items = _article(_OWNER, _hit_back("He"), _reply())
    assert _links(items) == [("r", "o")]


def test_the_owner_speaking_next_rebuts_nothing() -> None:
    """The next words are Mossop's own: no one's rebuttal of her."""
    items = _article(_OWNER, _hit_back(), _reply("Harriet Mossop"))
    assert _links(items) == []


def test_another_speaker_next_is_not_the_rebutter() -> None:
    """The sentence names Ashgrove; the words after it are a third person's."""
    items = _article(_OWNER, _hit_back(), _reply("Lydia Crane"))
    assert _links(items) == []


def test_words_told_later_are_not_the_reply() -> None:
    """Ashgrove's words come after a sentence of the reporter's own: not told as his answer."""
    lead = "Ashgrove has run the ferry users' group for thirty years and sails most weeks. "
    items = _article(_OWNER, _hit_back(), _reply(lead=lead))
    assert _links(items) == []


def test_the_rebutters_words_in_the_sentence_leave_the_next_one_alone() -> None:
    """ "..., saying the timetable had changed": the rebutter's words are in the rebuttal
    sentence; the quote after it is not read as the rebuttal."""
    changed = "the timetable had changed"
    sentence = f"Victor Ashgrove hit back at Mossop's claim that {_NAMED}, saying {changed}."
    items = _article(
        _OWNER,
        ("c", "Harriet Mossop", sentence, _NAMED, "claim", ()),
        ("s", "Victor Ashgrove", sentence, changed, "saying", ()),
        _reply(),
    )
    assert ("r", "o") not in _links(items)


# a cue said of a person by name: "challenged Nadia Reid" rebuts her; "dismissed Nadia Reid"
# fires her (:func:`onrecord.matters.rebuttal_targets.whose`)
_ACCOUNTS = "The accounts of the Vell Trust were in order when I left in January"
_REID: Said = ("o", "Nadia Reid", f'"{_ACCOUNTS}," said Nadia Reid.', _ACCOUNTS, "said", ())


def _holm(sentence: str, content: str, cue: str) -> Said:
    return ("r", "Greta Holm", sentence, content, cue, ("chair of the Vell Trust",))


def test_a_person_dismissed_by_name_is_not_rebutted() -> None:
    fired = "The trust dismissed Nadia Reid, its finance director, in January"
    items = _article(_REID, _holm(f"{fired}, Greta Holm said.", fired, "said"))
    assert _links(items) == []


def test_a_person_rejected_or_denied_by_name_is_not_rebutted() -> None:
    turned = "The panel rejected Nadia Reid, the only applicant from the accounts team"
    items = _article(_REID, _holm(f"{turned}, Greta Holm said.", turned, "said"))
    assert _links(items) == []
    refused = "The board denied Nadia Reid a second term on the accounts committee"
    items = _article(_REID, _holm(f"{refused}, Greta Holm said.", refused, "said"))
    assert _links(items) == []


def test_a_person_challenged_by_name_is_rebutted() -> None:
    """ "challenged Nadia Reid, saying ...": her words are answered."""
    answer = "the accounts of the Vell Trust were not in order in January"
    sentence = f"Greta Holm challenged Nadia Reid, saying {answer}."
    items = _article(_REID, _holm(sentence, answer, "saying"))
    assert _links(items) == [("r", "o")]


# a rebuttal sentence that holds no statement at all: "figure of four" is no speech verb, so
# only the article's text has it (:func:`onrecord.matters.rebuttal_replies.bare_sentences`)
_FOUR = "Four sailings were cancelled this winter"
_COUNTED: Said = ("o", "Harriet Mossop", f'"{_FOUR}," said Harriet Mossop.', _FOUR, "said", ())
_ELEVEN = "Eleven sailings were cancelled, and I was on the quay for most of them"


def _bare(sentence: str) -> Said:
    return ("", "", sentence, sentence, None, ())


def _told(*said: Said) -> list[tuple[str, str]]:
    """The rebuttals among ``said``, with the article's text (a title, then the sentences)."""
    text = "Ferry row\n" + "\n\n".join(s[2] for s in said)
    found = find_rebuttals(_article(*said), [], {"a1": text})
    return sorted((c.a.statement, c.b.statement) for c in found)


def test_a_rebuttal_sentence_of_no_statement_is_answered_by_the_words_after_it() -> None:
    eleven = ("r", "Victor Ashgrove", f'"{_ELEVEN}," he said.', _ELEVEN, "said", ())
    said = (
        _COUNTED,
        _bare("Victor Ashgrove hit back at Mossop's figure of four sailings."),
        eleven,
    )
    assert _told(*said) == [("r", "o")]
    assert _links(_article(*said)) == []  # without the article's text, nothing to read


def test_a_sentence_of_no_statement_answered_by_the_owner_rebuts_nothing() -> None:
    again = ("r", "Harriet Mossop", f'"{_ELEVEN}," she said.', _ELEVEN, "said", ())
    said = (_COUNTED, _bare("Victor Ashgrove hit back at Mossop's figure of four sailings."), again)
    assert _told(*said) == []


def test_hitting_back_in_a_match_rebuts_no_one() -> None:
    """ "Pelham hit back at the start of the second half": a goal, not an answer."""
    goal = "We were four goals down this winter and never gave up"
    said = (
        _COUNTED,
        _bare("Pelham Rovers hit back at the start of the second half."),
        ("r", "Victor Ashgrove", f'"{goal}," he said.', goal, "said", ()),
    )
    assert _told(*said) == []


def test_a_pronoun_after_an_opening_word_names_the_next_speaker() -> None:
    """ "But he hit back at ...", "Later she hit back at ...": the pronoun right before the
    cue is the rebutter, whatever opens the sentence."""
    items = _article(_OWNER, _hit_back("But he"), _reply())
    assert _links(items) == [("r", "o")]
    items = _article(_OWNER, _hit_back("On Tuesday he"), _reply())
    assert _links(items) == [("r", "o")]
    # the owner answering after "But she hit back" still rebuts nothing
    items = _article(_OWNER, _hit_back("But she"), _reply("Harriet Mossop"))
    assert _links(items) == []
