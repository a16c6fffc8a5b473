from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from newstrace.models import Annotations, Article, Document, Links, Rejection, from_dict, to_dict

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS pages (
    id TEXT PRIMARY KEY, path TEXT NOT NULL, digest TEXT NOT NULL, raw TEXT,
    status TEXT NOT NULL CHECK (status IN ('done', 'rejected')));
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY REFERENCES pages(id), article TEXT NOT NULL, annotations TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS rejected (id TEXT NOT NULL, path TEXT NOT NULL, reason TEXT NOT NULL,
    PRIMARY KEY (id, path));
CREATE TABLE IF NOT EXISTS links (id INTEGER PRIMARY KEY CHECK (id = 1), data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS candidates (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, day INTEGER,
    signature BLOB NOT NULL, postings BLOB NOT NULL);
"""
CandidateRow = tuple[str, int | None, bytes, bytes]
_RESULTS = ("documents", "pages", "rejected", "links", "candidates")


class Store:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path, check_same_thread=False)
        try:
            self.db.execute("PRAGMA journal_mode=WAL")
            tables = {name for (name,) in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        except sqlite3.DatabaseError as err:
            self.db.close()
            raise ValueError(f"{self.path} is not a newstrace store ({err})") from err
        if tables and "meta" not in tables:
            # Another program's database: newstrace's tables must not be added to it, nor its rows dropped.
            self.db.close()
            raise ValueError(f"{self.path} is another program's database, not a newstrace store")
        self.db.executescript(_SCHEMA)
        self.db.commit()

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self.db:
            yield self.db

    def made_by(self) -> str | None:
        """The code that wrote the store's results (`engines.code_fingerprint`); None for a store from before
        this was recorded."""
        row = self.db.execute("SELECT value FROM meta WHERE key = 'made_by'").fetchone()
        return row[0] if row else None

    def start_over(self, made_by: str) -> None:
        """Drop every result, for results to be made again by the code named."""
        with self._tx() as db:
            for table in _RESULTS:
                db.execute(f"DELETE FROM {table}")
            db.execute("INSERT OR REPLACE INTO meta VALUES ('made_by', ?)", (made_by,))
        # The dropped rows' pages would otherwise stay in the file: a store of a large crawl kept its size.
        self.db.execute("VACUUM")
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def digests(self) -> dict[str, str]:
        """Id -> content digest of every page already processed; rejected pages are tried again."""
        return dict(self.db.execute("SELECT id, digest FROM pages WHERE status = 'done'"))

    def save_document(self, document: Document, digest: str, raw: str | None = None) -> None:
        art = document.article
        with self._tx() as db:
            # Only this file's earlier rejection goes: another file with the same id stays reported.
            db.execute("DELETE FROM rejected WHERE id = ? AND path = ?", (art.id, art.path))
            db.execute("DELETE FROM candidates WHERE id = ?", (art.id,))  # its text may have changed
            db.execute("INSERT OR REPLACE INTO pages VALUES (?, ?, ?, ?, 'done')", (art.id, art.path, digest, raw))
            db.execute("INSERT OR REPLACE INTO documents VALUES (?, ?, ?)", (
                art.id, json.dumps(to_dict(art)), json.dumps(to_dict(document.annotations))))

    def save_rejection(self, rejection: Rejection, digest: str | None = None) -> None:
        with self._tx() as db:
            db.execute("INSERT OR REPLACE INTO rejected VALUES (?, ?, ?)",
                       (rejection.id, rejection.path, rejection.reason))
            if digest is not None:
                db.execute("DELETE FROM documents WHERE id = ?", (rejection.id,))
                db.execute("DELETE FROM candidates WHERE id = ?", (rejection.id,))
                db.execute("INSERT OR REPLACE INTO pages VALUES (?, ?, ?, NULL, 'rejected')",
                           (rejection.id, rejection.path, digest))

    def documents(self) -> list[Document]:
        rows = self.db.execute("SELECT article, annotations FROM documents ORDER BY id")
        return [Document(from_dict(Article, json.loads(a)), from_dict(Annotations, json.loads(n)))
                for a, n in rows]

    def rejections(self) -> list[Rejection]:
        rows = self.db.execute("SELECT id, path, reason FROM rejected ORDER BY path, id")
        return [Rejection(*row) for row in rows]

    def raw_page(self, doc_id: str) -> str | None:
        row = self.db.execute("SELECT raw FROM pages WHERE id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    def save_links(self, links: Links) -> None:
        with self._tx() as db:
            db.execute("INSERT OR REPLACE INTO links VALUES (1, ?)", (json.dumps(to_dict(links)),))

    def links(self) -> Links | None:
        row = self.db.execute("SELECT data FROM links WHERE id = 1").fetchone()
        return from_dict(Links, json.loads(row[0])) if row else None

    def candidate_rows(self, key: str) -> list[CandidateRow]:
        """The reuse index's rows (`ReuseIndex.rows`) in the order they were added, if they were computed
        the way `key` names; rows computed otherwise are dropped."""
        row = self.db.execute("SELECT value FROM meta WHERE key = 'candidates'").fetchone()
        if row is None or row[0] != key:
            with self._tx() as db:
                db.execute("DELETE FROM candidates")
                db.execute("INSERT OR REPLACE INTO meta VALUES ('candidates', ?)", (key,))
            return []
        return list(self.db.execute("SELECT id, day, signature, postings FROM candidates ORDER BY seq"))

    def save_candidate_rows(self, rows: Iterable[CandidateRow]) -> None:
        with self._tx() as db:
            db.executemany("INSERT OR REPLACE INTO candidates (id, day, signature, postings) VALUES (?, ?, ?, ?)",
                           rows)
