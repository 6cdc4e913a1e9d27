"""Jobs as the subject or object of a verb: "no jobs will go away" is a job cut, and so is
"reduce its workforce"."""

from __future__ import annotations

from . import lexicon as lx


def jobs_before(low: list[str], i: int) -> bool:
    """Whether jobs are what "go away" is said of ("no jobs will go away", "not one job at
    Kettleby is going away"): the subject's head, right before the verb group (or before a
    place after it), is a job noun; "the worries about jobs will not go away" is no cut."""
    job = lx.THEME_STEMS[lx.stem("job")]
    k = i - 1
    while k >= 0 and (low[k] in lx.AUXILIARIES or low[k] in lx.MODALS or low[k] in lx.NEGATORS
                      or low[k] in ("going", "ever", "really", "simply")):  # fmt: skip
        k -= 1
    at = next((j for j in range(k, max(-1, k - 5), -1) if low[j] in ("at", "in")), None)
    if at is not None and all(w.isalpha() and w not in lx.PRONOUNS for w in low[at + 1 : k + 1]):
        k = at - 1  # "one job at the Brackwell mill": the place after the noun
    if k < 0 or lx.THEME_STEMS.get(lx.stem(low[k])) != job:
        return False
    j = k - 1
    while j >= 0 and low[j].isalpha() and low[j] not in lx.STOPWORDS:
        j -= 1  # the noun's modifiers: "Tarn Steel jobs"
    return j < 0 or low[j] not in _PP_HEADS  # "worries about jobs": jobs are not the subject


def job_object(low: list[str], i: int) -> bool:
    """Whether the object of the verb at ``i`` is a job noun ("reduce <its workforce>",
    "reduce <staff> by 180", "reduce the number of <positions>"), within four words."""
    job = lx.THEME_STEMS[lx.stem("job")]
    for w in low[i + 1 : i + 5]:
        if lx.THEME_STEMS.get(lx.stem(w)) == job:
            return True
        if not w.isalpha() or w in ("by", "to", "and", "but", "in", "for", "from"):
            return False
    return False


# prepositions that put a noun after them out of the subject ("worries about jobs")
_PP_HEADS = frozenset({"about", "over", "for", "of", "on", "with", "in", "to", "from", "around",
                       "at", "by", "into", "regarding"})  # fmt: skip
