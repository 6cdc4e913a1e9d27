"""Errors the web layer raises itself; every one carries the HTTP ``status`` it maps to."""

from __future__ import annotations

from ..errors import OnrecordError


class NotFound(OnrecordError):
    """No article, speaker, matter or page with that id."""

    status = 404


class BadRequest(OnrecordError):
    """A parameter that is not valid."""

    status = 400
