"""A parsed spaCy ``Doc`` read once into plain Python objects, for the coder.

The coder and the actor resolver walk the parse many times per sentence: heads,
children, dependency labels, lemmas. On a spaCy ``Doc`` each such step builds a new
``Token`` and looks its strings up again (``list(token.children)`` costs about ten
times a tuple's iteration, ``token.head`` about five times a plain attribute). A
``DocView`` reads the doc's arrays once and gives the same attributes, under the same
names, as plain values: ``TokenView`` for ``Token``, ``SpanView`` for the sentence
``Span``. It is read-only and covers what the coder asks of a parse; anything else is
asked of the underlying doc (``view.doc``).
"""

from __future__ import annotations

import bisect
import struct
from collections.abc import Iterator
from functools import cache
from typing import Any

import numpy


class StringTable(dict[int, str]):
    """The string of each hash or symbol id met so far: a dict look-up costs less than a
    StringStore's, and news reuses a small vocabulary. A hash names one string in every
    vocabulary, so one table serves every view (the actor matcher keeps its own)."""

    store: Any = None  # the StringStore asked on a miss: set per document

    def __missing__(self, key: int) -> str:
        found = self[key] = self.store[key]
        return found


class _Words(dict[bytes, tuple[str, ...]]):
    """The six strings (ORTH, LOWER, LEMMA, POS, TAG, DEP) of each row of hashes met so
    far, the row read from the array as one bytes value: one look-up per token."""

    def __missing__(self, row: bytes) -> tuple[str, ...]:
        found = self[row] = tuple(map(_STRINGS.__getitem__, _UNPACK_WORD(row)))
        return found


_STRINGS = StringTable()
_WORDS = _Words()
_STRINGS_LIMIT = 500_000
_WORD_ROW = numpy.dtype((numpy.void, 6 * 8))
_UNPACK_WORD = struct.Struct("=6Q").unpack


@cache
def _columns() -> list[int]:
    """The attributes a view reads, in its order (spaCy is imported when first asked)."""
    from spacy.attrs import DEP, HEAD, IDX, LEMMA, LOWER, ORTH, POS, SENT_START, SPACY, TAG

    return [ORTH, LOWER, LEMMA, POS, TAG, DEP, IDX, SPACY, HEAD, SENT_START]


class TokenView:
    """One word of a ``DocView``: the ``Token`` attributes the coder reads, as values."""

    __slots__ = (
        "children",
        "dep_",
        "doc",
        "head",
        "i",
        "idx",
        "is_sent_start",
        "lefts",
        "lemma_",
        "lower_",
        "pos_",
        "rights",
        "sent_index",
        "tag_",
        "text",
        "whitespace_",
    )

    doc: DocView
    i: int
    text: str
    lower_: str
    lemma_: str
    pos_: str
    tag_: str
    dep_: str
    idx: int
    whitespace_: str
    is_sent_start: bool | None
    head: TokenView
    children: tuple[TokenView, ...]
    lefts: tuple[TokenView, ...]
    rights: tuple[TokenView, ...]
    sent_index: int

    def __repr__(self) -> str:
        return self.text

    def __str__(self) -> str:
        return self.text

    def __len__(self) -> int:
        return len(self.text)

    @property
    def subtree(self) -> Iterator[TokenView]:
        """The token and its descendants, in document order (as ``Token.subtree``)."""
        for left in self.lefts:
            yield from left.subtree
        yield self
        for right in self.rights:
            yield from right.subtree

    @property
    def left_edge(self) -> TokenView:
        """As ``Token.left_edge`` (spaCy's edges of a non-projective parse are its own)."""
        return self.doc.tokens[self.doc.doc[self.i].left_edge.i]

    @property
    def right_edge(self) -> TokenView:
        return self.doc.tokens[self.doc.doc[self.i].right_edge.i]

    @property
    def conjuncts(self) -> tuple[TokenView, ...]:
        """As ``Token.conjuncts``: the words coordinated with this one, without it."""
        start = self
        while start.head is not start and start.dep_ == "conj":
            start = start.head
        queue, found = [start], [start]
        for word in queue:
            for child in word.rights:
                if child.dep_ == "conj":
                    found.append(child)
                    queue.append(child)
        return tuple(w for w in found if w is not self)

    def __getattr__(self, name: str) -> Any:
        """Any other ``Token`` attribute with a plain value (``is_punct``, ``like_num``,
        ``shape_``...), asked of the spaCy token; one that returns tokens or spans is
        not offered, since it would mix the view's tokens with spaCy's."""
        if name.startswith("__") or name in TokenView.__slots__:
            raise AttributeError(name)
        value = getattr(self.doc.doc[self.i], name)
        if value is None or isinstance(value, (str, int, float, bool)):
            return value
        raise AttributeError(f"the parse view does not offer Token.{name}; add it to TokenView")

    @property
    def sent(self) -> SpanView:
        return self.doc.sents[self.sent_index]

    @property
    def ancestors(self) -> Iterator[TokenView]:
        node = self
        while node.head is not node:
            node = node.head
            yield node


class SpanView:
    """A span of a ``DocView``, a sentence or a slice (as ``Span``): ``start``,
    ``end``, ``root``, ``text``, and its tokens by iteration, index or slice."""

    __slots__ = ("_root", "_text", "doc", "end", "end_char", "start", "start_char")

    def __init__(self, doc: DocView, start: int, end: int, root: int) -> None:
        self.doc = doc
        self.start, self.end = start, end
        tokens = doc.tokens
        self.start_char = tokens[start].idx if end > start else 0
        last = tokens[end - 1] if end > start else None
        self.end_char = last.idx + len(last.text) if last is not None else 0
        self._root = root
        self._text: str | None = None

    def __len__(self) -> int:
        return self.end - self.start

    def __iter__(self) -> Iterator[TokenView]:
        return iter(self.doc.tokens[self.start : self.end])

    def __getitem__(self, i: int | slice) -> Any:
        n = self.end - self.start
        if isinstance(i, slice):
            start, stop, step = i.indices(n)
            if step != 1:
                raise ValueError("a SpanView slice takes no step")
            return SpanView(self.doc, self.start + start, self.start + max(start, stop), -2)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("token index out of the sentence")
        return self.doc.tokens[self.start + i]

    def __repr__(self) -> str:
        return self.text

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = self.doc.text[self.start_char : self.end_char]
        return self._text

    @property
    def root(self) -> TokenView:
        """As ``Span.root``: the first token that heads itself, or else the first of the
        tokens whose head is outside the span with the fewest steps to the root."""
        tokens = self.doc.tokens
        if self._root == -2:
            self._root = next((t.i for t in tokens[self.start : self.end] if t.head is t), -1)
        if self._root >= 0:
            return tokens[self._root]
        best, fewest = self.start, len(tokens)
        for tok in tokens[self.start : self.end]:
            if self.start <= tok.head.i < self.end:
                continue
            steps, node = 0, tok
            if not tok.children and self._is_punct_or_space(tok.i):
                steps = len(tokens) - 1  # spaCy's rule: a bare punctuation mark or space is the last resort
            while steps < len(tokens) - 1 and node.head is not node:
                node, steps = node.head, steps + 1
            if steps < fewest:
                best, fewest = tok.i, steps
        return tokens[best]

    def _is_punct_or_space(self, i: int) -> bool:
        word = self.doc.doc[i]
        return bool(word.is_punct or word.is_space)


_last: list[Any] = [None, None]  # the doc last asked for and its view


def view_of(doc: Any, text: str | None = None) -> DocView:
    """The view of ``doc``, built once however many stages ask in turn (the coder, the
    dates and the geo stage read one document after another). ``text`` is ``doc.text``
    when the caller has it."""
    if isinstance(doc, DocView):
        return doc
    if _last[0] is not doc:
        _last[1] = DocView(doc, text)
        _last[0] = doc
    return _last[1]


class DocView:
    """The parse of a spaCy ``Doc`` as plain Python objects (see the module)."""

    __slots__ = ("doc", "sents", "starts", "text", "tokens", "vocab")

    def __init__(self, doc: Any, text: str | None = None) -> None:
        self.doc = doc
        self.vocab = doc.vocab
        self.text = doc.text if text is None else text
        array = doc.to_array(_columns())
        known, words = _STRINGS, _WORDS
        if len(known) > _STRINGS_LIMIT:
            known.clear()
        if len(words) > _STRINGS_LIMIT:
            words.clear()
        known.store = doc.vocab.strings
        # a token's six strings are one look-up of its six hashes read as one bytes value
        # (converting each hash to a Python int costs more than the look-up)
        rows: list[bytes] = numpy.ascontiguousarray(array[:, :6]).view(_WORD_ROW).ravel().tolist()  # type: ignore[assignment]
        # IDX, SPACY, HEAD (an offset) and SENT_START (1, 0 or -1): small signed ints
        rest = array[:, 6:].view(numpy.int64).tolist()
        new = object.__new__
        tokens: list[TokenView] = []
        starts: list[int] = []
        roots: dict[int, list[int]] = {}
        heads: list[int] = []
        sent = -1
        for i, ((text, lower, lemma, pos, tag, dep), (idx, space, head, start)) in enumerate(
            zip(map(words.__getitem__, rows), rest)
        ):
            t = new(TokenView)
            t.doc = self
            t.i = i
            t.text = text
            t.lower_ = lower
            t.lemma_ = lemma
            t.pos_ = pos
            t.tag_ = tag
            t.dep_ = dep
            t.idx = idx
            t.whitespace_ = " " if space else ""
            if start == 1 or i == 0:
                sent += 1
                starts.append(i)
                t.is_sent_start = True
            else:
                t.is_sent_start = False if start else None
            t.sent_index = sent
            if head == 0:
                roots.setdefault(sent, []).append(i)
            heads.append(i + head)
            tokens.append(t)
        lefts: list[list[TokenView]] = [[] for _ in tokens]
        rights: list[list[TokenView]] = [[] for _ in tokens]
        for t, h in zip(tokens, heads, strict=True):
            t.head = tokens[h]
            if h < t.i:
                rights[h].append(t)
            elif h > t.i:
                lefts[h].append(t)
        for t, on_left, on_right in zip(tokens, lefts, rights, strict=True):
            t.lefts = left = tuple(on_left)
            t.rights = right = tuple(on_right)
            t.children = left + right if right and left else (left or right)
        self.tokens = tokens
        self.starts = [t.idx for t in tokens]
        ends = [*starts[1:], len(tokens)]
        self.sents = [
            SpanView(self, a, b, own[0] if (own := roots.get(k)) else -1)
            for k, (a, b) in enumerate(zip(starts, ends, strict=True))
        ]

    def __len__(self) -> int:
        return len(self.tokens)

    def __iter__(self) -> Iterator[TokenView]:
        return iter(self.tokens)

    def __getitem__(self, i: int | slice) -> Any:
        if isinstance(i, slice):
            start, stop, step = i.indices(len(self.tokens))
            if step != 1:
                raise ValueError("a DocView slice takes no step")
            return SpanView(self, start, max(start, stop), -2)
        return self.tokens[i]

    def char_span(self, start_idx: int, end_idx: int, alignment_mode: str = "strict") -> SpanView | None:
        """As ``Doc.char_span``: the tokens of a character range, or None."""
        start, end = self._token_at(start_idx), self._token_at(end_idx - 1)
        if start < 0 or end < 0:
            return None
        tokens = self.tokens
        if alignment_mode == "strict":
            if start_idx != tokens[start].idx or end_idx != tokens[end].idx + len(tokens[end].text):
                return None
        elif alignment_mode == "contract":
            start += tokens[start].idx < start_idx
            end -= end_idx < tokens[end].idx + len(tokens[end].text)
            if end < start:
                return None
        elif alignment_mode == "expand":
            start += start_idx == tokens[start].idx + len(tokens[start].text)  # not the trailing space
        else:
            raise ValueError(f"unknown alignment mode {alignment_mode!r}")
        return SpanView(self, start, end + 1, -2)

    def _token_at(self, char: int) -> int:
        """The token whose text or trailing space holds character ``char`` (-1: none)."""
        k = bisect.bisect_right(self.starts, char) - 1
        if k < 0:
            return -1
        t = self.tokens[k]
        return k if char < t.idx + len(t.text) + len(t.whitespace_) else -1

    def to_array(self, attrs: Any) -> Any:
        return self.doc.to_array(attrs)

    def has_annotation(self, attr: str) -> bool:
        return bool(self.doc.has_annotation(attr))
