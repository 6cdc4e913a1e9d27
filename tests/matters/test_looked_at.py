"""To "look at" a thing is to watch it: "never looked at the footage" / "watched the footage".

"The panel never looked at the footage" and "the panel watched all of the footage" answer one
question. "Look at" watches only a thing a determiner opens: "it looks at first sight like a
burst main" and "he looked at me" look at nothing to compare.

Every sentence here is invented."""

from __future__ import annotations

from .builders import events, item, kinds


def test_looking_at_a_thing_watches_it() -> None:
    assert events("The panel never looked at the dashcam footage").get("watch") == -1
    assert events("Officers looked at the recording twice").get("watch") == 1
    # no thing looked at: the appearance of a thing, or a person looked at
    assert "watch" not in events("It looks at first sight like a burst main")
    assert "watch" not in events("He looked at me and laughed")


def test_footage_never_looked_at_and_footage_watched_disagree() -> None:
    a = item("s1", "The licensing panel never looked at the dashcam footage from Tolley Road",
             "Ottilie Brack", "2031-05-04")  # fmt: skip
    b = item("s2", "The licensing panel watched all of the dashcam footage from Tolley Road",
             "Fergal Noon", "2031-05-04")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "s1", "s2")]
