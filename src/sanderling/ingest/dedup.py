"""De-duplication: exact copies by a normalised content hash, near copies by MinHash LSH.

Wire copies of one story count once: the first article seen is canonical, later
copies point at it (``duplicate_of``) and add to its NumArticles/NumSources. The first
seen wins, so the same input order always gives the same decisions.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

NUM_PERM = 64
THRESHOLD = 0.7
SHINGLE = 3
SCHEME = "affine32"  # stored signatures are of this scheme; changing it needs a re-index
_WORD = re.compile(r"\w+")

Kind = Literal["new", "seen", "exact", "near"]


def normalise(text: str) -> str:
    """Text reduced to what makes two copies the same story: case, spacing and punctuation go."""
    return " ".join(_WORD.findall(unicodedata.normalize("NFKC", text).lower()))


def content_hash(text: str) -> str:
    return hashlib.sha1(normalise(text).encode()).hexdigest()


def minhash(text: str, num_perm: int = NUM_PERM) -> Any:
    """The MinHash of the word 3-shingles of ``text``."""
    from datasketch import MinHash

    words = normalise(text).split()
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    sketch = MinHash(num_perm=num_perm, scheme=SCHEME)
    sketch.update_batch([s.encode() for s in shingles])
    return sketch


def signature_bytes(sketch: Any) -> bytes:
    return bytes(np.asarray(sketch.hashvalues, dtype=np.uint32).tobytes())  # affine32 values fit


def from_signature(data: bytes) -> Any:
    from datasketch import MinHash

    values = np.frombuffer(data, dtype=np.uint32).astype(np.uint64)
    return MinHash(num_perm=len(values), hashvalues=values, scheme=SCHEME)


@dataclass(frozen=True)
class Verdict:
    """What an incoming article is: ``new``; ``seen`` (this very article is already
    in, skip it); an ``exact`` or ``near`` copy of the canonical article ``of``."""

    kind: Kind
    content_hash: str
    doc_id: str  # the id to store it under (made unique if another text holds it)
    of: str = ""
    signature: bytes = b""


class Deduplicator:
    """Remembers every article id and canonical text; decides each incoming one."""

    def __init__(self, threshold: float = THRESHOLD, num_perm: int = NUM_PERM) -> None:
        from datasketch import MinHashLSH

        self.num_perm = num_perm
        self.lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self.ids: dict[str, str] = {}  # doc id -> content hash
        self.by_hash: dict[str, str] = {}  # content hash -> canonical doc id

    def load(self, rows: Iterable[tuple[str, str, bytes | None, bool]]) -> None:
        """Stored articles: (doc id, content hash, MinHash signature, is canonical)."""
        for doc_id, digest, signature, canonical in rows:
            self.ids[doc_id] = digest
            if canonical:
                self.by_hash.setdefault(digest, doc_id)
                if signature:
                    self.lsh.insert(doc_id, from_signature(signature), check_duplication=False)

    def check(self, doc_id: str, text: str) -> Verdict:
        digest = content_hash(text)
        stored = self.ids.get(doc_id)
        if stored == digest:
            return Verdict("seen", digest, doc_id)
        if stored is not None:  # another text already holds this id
            doc_id = f"{doc_id}#{digest[:8]}"
            if self.ids.get(doc_id) == digest:
                return Verdict("seen", digest, doc_id)
        if digest in self.by_hash:
            return Verdict("exact", digest, doc_id, self.by_hash[digest])
        sketch = minhash(text, self.num_perm)
        near = sorted(self.lsh.query(sketch))
        if near:
            return Verdict("near", digest, doc_id, near[0])
        return Verdict("new", digest, doc_id, signature=signature_bytes(sketch))

    def add(self, verdict: Verdict, canonical: bool) -> None:
        """Remember a decided article (canonical ones become targets for later copies)."""
        self.ids[verdict.doc_id] = verdict.content_hash
        if canonical:
            self.by_hash.setdefault(verdict.content_hash, verdict.doc_id)
            if verdict.signature:
                self.lsh.insert(verdict.doc_id, from_signature(verdict.signature), check_duplication=False)
