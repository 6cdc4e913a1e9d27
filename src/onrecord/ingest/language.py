"""A light English check: the share of English function words, compared with other languages'.

Running text in English is about 40% function words ("the", "of", "said"); news in Spanish, German
or French has almost none of those. The check needs no model and no new dependency. Short texts
are given the benefit of the doubt: a headline has too few words to judge.
"""

from __future__ import annotations

import re

_EN_TEXT = """
    a about after all also an and any are as at be been before being because between both but by
    can could did do does during each for from had has have he her him his how i if in into is it
    its it's just more most my no not of on one only or our out over said says she should so some
    such than that the their them then there these they this those through to told under until up
    very was we were what when where which while who why will with would you your
"""
# Spanish, Portuguese, French, German, Italian and Dutch function words that are not English.
_OTHER_TEXT = """
    el la los las del al que por para con una uno unas unos pero como más es son está están fue
    se su sus lo le les ya muy también entre sobre cuando donde porque sin hasta desde nos
    não uma com dos das ao pelo pela mais foi são isso ele ela eles
    des du et est sont dans pour avec une sur pas qui ce cette mais ou il elle ils
    nous vous leur été être fait comme aussi très
    der die das und ist nicht mit von zu den dem ein eine einer auf für sich auch sie wir
    ihr wird werden wurde hat haben sind bei nach aus dass oder wie noch nur über vor
    gli della delle dei che non per sono anche più nel alla questo
    het een van en niet zijn op te dat met voor ook maar wordt heeft naar
"""
_EN = frozenset(_EN_TEXT.split())
_OTHER = frozenset(_OTHER_TEXT.split()) - _EN
# A quotation between paired marks (curly, straight, German low-high, guillemets, CJK corners);
# each stops at a paragraph's end, so an unpaired mark never swallows the rest of the text.
_QUOTED_RE = re.compile(
    r"\u201c[^\u201d\n]*\u201d|\"[^\"\n]*\"|\u201e[^\u201c\u201d\n]*[\u201c\u201d]"
    r"|\u00ab[^\u00bb\n]*\u00bb|\u300c[^\u300d\n]*\u300d"
)
_MIN_NARRATIVE = 25  # words outside quotations: fewer, and the narrative is not judged alone
_MIN_LETTERS = 8  # fewer letters than this: a name or a label, too little to judge a script
_WORD_RE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def is_english(text: str) -> bool:
    """Tell whether ``text`` reads as English.

    Args:
        text: Article text (a few sentences are enough).

    Returns:
        False only when there is real evidence of another language: a non-Latin script, or enough
        words with few English and many foreign function words. Short texts are judged English.
        An English report that quotes a long letter or speech in another language is English:
        when the whole text fails, the narrative outside quotation marks is judged, if it has
        enough words to judge.
    """
    if _reads_english(text):
        return True
    narrative = _QUOTED_RE.sub(" ", text)
    return len(_WORD_RE.findall(narrative)) >= _MIN_NARRATIVE and _reads_english(narrative)


def _reads_english(text: str) -> bool:
    words = [w.lower().replace("’", "'") for w in _WORD_RE.findall(text)]
    letters = [ch for w in words for ch in w]
    # Chinese, Japanese or Thai writes no spaces between words: a whole sentence is one "word",
    # so the script is judged on the letters, before any count of words.
    latin = sum(1 for ch in letters if ch.isascii() or "\u00c0" <= ch <= "\u024f")
    if len(letters) >= _MIN_LETTERS and latin / len(letters) < 0.5:
        return False
    if len(words) < 8:
        return True
    english = sum(1 for w in words if w in _EN) / len(words)
    foreign = sum(1 for w in words if w in _OTHER) / len(words)
    if english >= 0.15:
        return True
    if len(words) < 25:
        # Too short to be sure: only a clear foreign majority counts.
        return not (foreign >= 0.2 and foreign > 2 * english)
    return english >= foreign or (english >= 0.1 and foreign < 0.1)
