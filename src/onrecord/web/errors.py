"""Errors the web layer raises itself; every one carries the HTTP ``status`` it maps to.

An error answers on two surfaces, the JSON API and the pages, and its message says what to do
on the one that asked: :meth:`WebError.message` is given which it is. A program reading
``/api/speakers/7`` is pointed to ``/api/speakers``, a person on ``/speakers/7`` to
``/speakers``, and neither to a command line they may not have.
"""

from __future__ import annotations

from ..errors import OnrecordError


class WebError(OnrecordError):
    """An error whose message can depend on the surface (JSON or page) that asked."""

    def message(self, *, api: bool) -> str:
        """The message for a JSON answer (``api``) or for a page."""
        return str(self)


class NotFound(WebError):
    """Nothing in the store for that request (no analysis yet, for example)."""

    status = 404


class MissingRecord(NotFound):
    """No article, speaker or matter with that id: the message points to the list of them."""

    def __init__(self, what: str, ident: int | str, collection: str) -> None:
        self.what, self.ident, self.collection = what, ident, collection
        super().__init__(self.message(api=False))

    def message(self, *, api: bool) -> str:
        where = f"GET /api/{self.collection} lists" if api else f"/{self.collection} lists"
        return f"No {self.what} with id {self.ident!r} is in the store. {where} the ones it holds."


class BadRequest(WebError):
    """A parameter that is not valid."""

    status = 400
