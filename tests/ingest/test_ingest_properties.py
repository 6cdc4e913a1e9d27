"""Properties of the cleaner: it never raises and never invents text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from onrecord.ingest import clean_scraped_text, is_english

# Lines built from boilerplate-ish and article-ish pieces, plus arbitrary text.
PIECES = st.sampled_from(
    [
        "Skip to main content",
        "Home | World | Politics",
        "Promo Image",
        "Popular Video",
        "Sources: ABC News, ReutersThe Telegraph / Featured Image: X/Wikimedia Commons (2)",
        "By Jane Doe",
        "Published Nov. 11, 2017",
        "Advertisement",
        "The Mayor Speaks at Length",
        '"We will build it," Vela said.',
        "The council voted on Tuesday to close the library.",
        "the long line of a hard-wrapped paragraph that goes on and onPopular Video",
        "Skip to main contentThe Bridge Opens",
        "",
        "   ",
    ]
)
LINES = st.lists(st.one_of(PIECES, st.text(max_size=80)), max_size=25)


def _squash(text: str) -> str:
    """Text without whitespace, invisible or control characters: what the cleaner may change."""
    return "".join(ch for ch in text if ch.isprintable() and not ch.isspace())


@settings(max_examples=300, deadline=None)
@given(LINES, st.sampled_from(["\n", "\n\n", "\r\n"]))
def test_property_clean_never_raises_and_invents_nothing(lines: list[str], sep: str) -> None:
    raw = sep.join(lines)
    clean = clean_scraped_text(raw)
    squashed = _squash(raw)
    for paragraph in clean.paragraphs:
        assert paragraph.strip()
        assert _squash(paragraph) in squashed
    if clean.title:
        assert _squash(clean.title) in squashed
    for removed in clean.removed:
        assert _squash(removed.text) in squashed


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_property_is_english_never_raises(text: str) -> None:
    assert is_english(text) in (True, False)
