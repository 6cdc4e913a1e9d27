"""Two statements of one article that name one thing in different words: a general noun and
a member of its kind ("no services", "two Sunday trains"), and, for a cause, the happening
caused ("the deaths were caused by X") and the ones it happened to ("the birds did not die of
X"). Two members of one kind stay apart.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters.claims import Item
from onrecord.matters.cluster import _retold
from onrecord.matters.kinds import denied_of_its_kind, one_thing
from onrecord.matters.own_acts import own_act, posts, two_posts

from .builders import item, kinds


def test_a_general_noun_covers_a_member_of_its_kind() -> None:
    assert one_thing(frozenset({"servic"}), frozenset({"train"}))
    assert one_thing(frozenset({"plot"}), frozenset({"land"}))
    assert not one_thing(frozenset({"plot"}), frozenset({"field"}))  # two of one kind
    assert not one_thing(frozenset({"bridg"}), frozenset({"road"}))
    assert not one_thing(frozenset(), frozenset({"train"}))


def test_no_services_cut_meets_trains_dropped_in_one_article() -> None:
    a = item("a", "no rail services will be cut under the new timetable", "Oriel Fanshawe",
             "2027-02-03")  # fmt: skip
    b = item("b", "the council has cut the two late trains from Pendry", "Tamsin Argyle",
             "2027-02-03")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_a_general_noun_naming_a_member_is_that_member_alone() -> None:
    assert not one_thing(frozenset({"bus", "servic"}), frozenset({"train"}))
    assert one_thing(frozenset({"rail", "servic"}), frozenset({"train"}))
    a = item("a", "no bus services will be cut under the new timetable", "Oriel Fanshawe",
             "2027-02-03")  # fmt: skip
    b = item("b", "the council has cut the two late trains from Pendry", "Tamsin Argyle",
             "2027-02-03")  # fmt: skip
    assert kinds(a, b) == []


def test_two_members_of_one_kind_stay_apart() -> None:
    a = item("a", "no buses will be cut under the new timetable", "Oriel Fanshawe",
             "2027-02-03")  # fmt: skip
    b = item("b", "the council has cut the two late trains from Pendry", "Tamsin Argyle",
             "2027-02-03")  # fmt: skip
    assert kinds(a, b) == []


def test_a_happening_caused_meets_those_it_happened_to() -> None:
    a = item("a", "The deaths were caused by bird flu", "Ines Vardy", "2027-06-10")
    b = item("b", "Those geese did not die of bird flu", "Colm Reddaway", "2027-06-10")
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_a_happening_is_one_thing_only_for_a_cause() -> None:
    assert one_thing(frozenset({"death"}), frozenset({"gees"}), "cause-flu")
    assert not one_thing(frozenset({"death"}), frozenset({"gees"}), "report")
    assert not one_thing(frozenset({"death", "gees"}), frozenset({"ferry"}), "cause-flu")


def test_a_member_denied_does_not_oppose_its_kind_asserted() -> None:
    a = item("a", "the council will cut bus services next year", "Oriel Fanshawe", "2027-02-03")
    b = item("b", "no late trains will be cut next year", "Tamsin Argyle", "2027-02-03")
    assert kinds(a, b) == []
    assert denied_of_its_kind(frozenset({"train"}), frozenset({"servic"}))
    assert not denied_of_its_kind(frozenset({"servic"}), frozenset({"train"}))


# -- a speaker's own act, told in the first person, across articles --------------------------


def _own(sid: str, text: str, date: str, article: str, speaker: str = "Greta Holmqvist") -> Item:
    sentence = f'"{text}," {speaker}, the chair of Tarnby Rovers, said.'
    return item(sid, text, speaker, date, article=article, sentence=sentence)


def test_one_speaker_on_her_own_act_is_one_question_across_articles() -> None:
    a = _own("a", "I will not resign. I have a board to run", "2027-04-02", "a1")
    b = _own("b", "I am stepping down as chair, effective today", "2027-05-14", "a2")
    assert kinds(a, b) == [("reversal", "a", "b")]


def test_an_own_act_needs_i_and_one_speaker() -> None:
    assert own_act(_own("a", "I will not resign", "2027-04-02", "a1"), "resign")
    assert not own_act(_own("a", "The manager will not resign", "2027-04-02", "a1"), "resign")
    assert not own_act(_own("a", "They say I will resign", "2027-04-02", "a1"), "resign")
    a = _own("a", "I will not resign. I have a board to run", "2027-04-02", "a1")
    b = _own("b", "I am stepping down as chair, effective today", "2027-05-14", "a2",
             speaker="Piet Oduya")  # fmt: skip
    assert kinds(a, b) == []


# -- one speaker's retelling across articles needs less overlap -------------------------------


def _lido(sid: str, text: str, date: str, article: str, speaker: str) -> Item:
    sentence = f'"{text}," {speaker}, the manager of Corvell Lido, said.'
    return item(sid, text, speaker, date, article=article, sentence=sentence)


def _lido_story(second: str) -> list[Item]:
    fill = [
        _lido("f1", "The council will review the lido budget in October", "2027-07-01", "a1",
              "Omar Castell"),
        _lido("f2", "Swimmers have complained about the cold water for weeks", "2027-07-01",
              "a1", "Omar Castell"),
        _lido("f3", "The lido will hire two more lifeguards next spring", "2027-08-12", "a2",
              "Omar Castell"),
        _lido("f4", "Ticket prices at the lido rose by a pound in May", "2027-08-12", "a2",
              "Omar Castell"),
    ]  # fmt: skip
    a = _lido("a", "The filtration system has worked normally all summer", "2027-07-01", "a1",
              "Ruth Ambler")  # fmt: skip
    b = _lido("b", "The lido filtration failed in late June, and we should have found that "
              "sooner", "2027-08-12", "a2", second)  # fmt: skip
    return [a, b, *fill]


def test_one_speaker_retelling_a_matter_in_other_words_is_linked() -> None:
    assert kinds(*_lido_story("Ruth Ambler")) == [("reversal", "a", "b")]


def test_two_speakers_sharing_as_few_words_are_not() -> None:
    assert kinds(*_lido_story("Dev Sorensen")) == []


def test_a_retelling_keeps_two_things_apart() -> None:
    a = _lido("a", "x", "2027-07-01", "a1", "Ruth Ambler")
    b = _lido("b", "y", "2027-08-12", "a2", "Ruth Ambler")
    assert _retold(a, b, frozenset({"pump"}), frozenset()) is True
    assert _retold(a, b, frozenset({"pump"}), frozenset({"pump", "main"})) is True
    assert _retold(a, b, frozenset({"pump"}), frozenset({"boiler"})) is False
    c = _lido("c", "y", "2027-08-12", "a2", "Dev Sorensen")
    assert _retold(a, c, frozenset(), frozenset()) is False


def test_an_own_act_as_two_posts_is_two_acts() -> None:
    a = _own("a", "I will not resign as chair", "2027-04-02", "a1")
    b = _own("b", "I resigned from the golf club", "2027-05-14", "a2")
    assert kinds(a, b) == []
    assert two_posts(a, b, "resign")
    c = _own("c", "I am resigning from the board, effective today", "2027-05-14", "a2")
    assert not two_posts(_own("a", "I will not resign", "2027-04-02", "a1"), c, "resign")
    assert posts(c, "resign") == frozenset({"board"})
