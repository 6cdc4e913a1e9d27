"""Errors raised by the store: a typed branch of :class:`onrecord.errors.OnrecordError`.

::

    OnrecordError
    └── StoreError              the store cannot be opened, read or written
        ├── StoreNotFound       no database at the given path (read-only open)
        ├── SchemaTooNew        the database was written by a newer onrecord
        ├── SchemaTooOld        a read-only open of a database that needs migrations
        └── SpeakerNotFound     no speaker with that name or id
"""

from __future__ import annotations

from ..errors import OnrecordError


class StoreError(OnrecordError):
    """The store cannot be opened, read or written."""

    status = 500


class StoreNotFound(StoreError):
    status = 404

    def __init__(self, path: str) -> None:
        self.path = path
        super().__init__(
            f"There is no onrecord store at {path}. "
            f"Create one with: onrecord ingest PATH --db {path}"
        )


class SchemaTooNew(StoreError):
    def __init__(self, path: str, unknown: list[str]) -> None:
        self.path = path
        self.unknown = unknown
        super().__init__(
            f"The store {path} was written by a newer version of onrecord (unknown migrations: "
            f"{', '.join(unknown)}). Upgrade onrecord: pip install --upgrade onrecord"
        )


class SchemaTooOld(StoreError):
    def __init__(self, path: str, pending: list[str]) -> None:
        self.path = path
        self.pending = pending
        super().__init__(
            f"The store {path} needs {len(pending)} schema migration(s) ({', '.join(pending)}) "
            "and was opened read-only. Open it once for writing, which migrates it: "
            f"any onrecord command does, for example: onrecord stats --db {path}"
        )


class SpeakerNotFound(StoreError):
    status = 404

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(
            f"No speaker called {name!r} is in the store. List them with: onrecord speakers"
        )
