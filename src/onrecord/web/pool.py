"""Read-only connections to the store, lent one request at a time.

SQLite connections are not meant to be shared by threads at once; the pool hands each request
its own read-only :class:`~onrecord.store.Store` (``mode=ro`` and ``PRAGMA query_only``) and
takes it back afterwards, opening a new one only when all are busy. When the database file is
replaced (a new inode at the path), connections to the old file are closed and new ones opened.
"""

from __future__ import annotations

import contextlib
import os
import queue
import threading
from collections.abc import Iterator
from pathlib import Path

from ..store import Store


class StorePool:
    """Read-only stores over one database file."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._idle: queue.LifoQueue[Store] = queue.LifoQueue()
        self._all: list[Store] = []
        self._lock = threading.Lock()
        self._inode: dict[int, int] = {}  # id(store) -> the inode it was opened on
        # open one now, so that a missing or outdated database fails at startup
        self._idle.put(self._open())

    def _file(self) -> int:
        try:
            return os.stat(self.path).st_ino
        except OSError:
            return -1

    def _open(self) -> Store:
        inode = self._file()
        store = Store.open(self.path, readonly=True)
        store.conn.execute("PRAGMA query_only = ON")
        with self._lock:
            self._all.append(store)
            self._inode[id(store)] = inode
        return store

    def _discard(self, store: Store) -> None:
        with self._lock:
            if store in self._all:
                self._all.remove(store)
            self._inode.pop(id(store), None)
        store.close()

    @contextlib.contextmanager
    def borrow(self) -> Iterator[Store]:
        """A store for this request alone."""
        inode = self._file()
        while True:
            try:
                store = self._idle.get_nowait()
            except queue.Empty:
                store = self._open()
                break
            if self._inode.get(id(store)) == inode:
                break
            self._discard(store)  # the file was replaced: this connection reads the old one
        try:
            yield store
        finally:
            with self._lock:
                alive = store in self._all
            if alive:  # not closed by close() meanwhile
                self._idle.put(store)

    def close(self) -> None:
        """Close every connection the pool opened; a later borrow opens new ones."""
        with self._lock:
            for store in self._all:
                store.close()
            self._all.clear()
            self._inode.clear()
            while not self._idle.empty():
                self._idle.get_nowait()
