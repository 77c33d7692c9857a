"""Coding one batch of articles in a worker: the model loaded once per worker process,
events turned into Arrow tables (or Parquet files for a distributed store load).

The same :func:`code_batch` runs in-process, in a local process pool and on Dask
workers, so every engine codes exactly alike.
"""

from __future__ import annotations

import hashlib
import logging
import os
import resource
import signal
import threading
from collections.abc import Iterator
from contextlib import nullcontext
from dataclasses import dataclass
from importlib import resources as ir
from pathlib import Path
from types import FrameType
from typing import Any

from ..pipeline import Pipeline, Settings
from ..records import Article, Event, Failure
from ..store.rows import actor_table, event_table
from ..store.store import TableRef

log = logging.getLogger(__name__)

#: Packages whose data files are the coder's knowledge: a change there is a new coder version.
KNOWLEDGE_PACKAGES = ("sanderling.coding.data", "sanderling.actors.data", "sanderling.data")
#: Seconds one document may take to code before it is recorded as a failure (main-thread workers).
DOCUMENT_TIMEOUT = 60

_PIPELINES: dict[tuple[tuple[str, ...], tuple[str, ...]], Pipeline] = {}
_LOCK = threading.Lock()


def coder_version(settings: Settings | None = None) -> str:
    """The coder name plus a digest of every knowledge file: ``sanderling-rules 0.1.0+1a2b3c4d``."""
    from ..coding.coder import CODER_NAME

    settings = settings or Settings()
    digest = hashlib.sha1()
    files: list[Path] = []
    for package in KNOWLEDGE_PACKAGES:
        try:
            root = ir.files(package)
        except ModuleNotFoundError:
            continue
        files.extend(
            sorted(Path(str(p)) for p in root.iterdir() if p.is_file() and not p.name.endswith((".py", ".pyc")))
        )
    files.extend(Path(p) for p in (*settings.actor_files, *settings.lexicon_files))
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return f"{CODER_NAME}+{digest.hexdigest()[:8]}"


def worker_pipeline(settings: Settings) -> Pipeline:
    """The Pipeline of this worker process, loaded on first use and kept."""
    key = (settings.actor_files, settings.lexicon_files)
    with _LOCK:
        if key not in _PIPELINES:
            log.info("worker %d: loading the model", os.getpid())
            _PIPELINES[key] = Pipeline(settings)
        return _PIPELINES[key]


@dataclass(frozen=True)
class Job:
    """One batch to code; with ``staging`` set the worker writes Parquet files there."""

    seq: int
    articles: tuple[Article, ...]
    coder: str
    settings: Settings
    staging: str = ""


@dataclass(frozen=True)
class Outcome:
    doc_id: str
    n_events: int
    failure: Failure | None = None


@dataclass(frozen=True)
class CodedBatch:
    seq: int
    outcomes: tuple[Outcome, ...]
    events: TableRef
    actors: TableRef
    worker: str  # "pid 1234"
    peak_rss_mb: float


class _Timeout(Exception):
    pass


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise _Timeout(f"coding took over {DOCUMENT_TIMEOUT} s — a coder bug; the document is skipped, report it")


def _guarded(stream: Iterator[Any], guard: bool) -> Iterator[Any]:
    """Items of ``stream``, each within DOCUMENT_TIMEOUT when ``guard`` (signals need the main thread)."""
    if not guard:
        yield from stream
        return
    previous = signal.signal(signal.SIGALRM, _alarm)
    try:
        while True:
            signal.setitimer(signal.ITIMER_REAL, DOCUMENT_TIMEOUT)
            try:
                item = next(stream)
            except StopIteration:
                return
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            yield item
    finally:
        signal.signal(signal.SIGALRM, previous)


def code_batch(job: Job) -> CodedBatch:
    """Code a batch; a document that fails (or hangs) becomes a failed Outcome, never an exception."""
    if not job.articles:  # a batch of only duplicates and failures: nothing to code
        empty = event_table([], job.coder), actor_table([], job.coder)
        return CodedBatch(job.seq, (), empty[0], empty[1], f"pid {os.getpid()}", 0.0)
    pipeline = worker_pipeline(job.settings)
    guard = threading.current_thread() is threading.main_thread()
    events: list[Event] = []
    outcomes: dict[str, Outcome] = {}
    with nullcontext() if guard else _LOCK:  # threads of one process share the model: one at a time
        try:
            for item in _guarded(pipeline.code_articles(job.articles), guard):
                if isinstance(item, Failure):
                    outcomes[item.doc_id] = Outcome(item.doc_id, 0, item)
                    continue
                article, coded = item
                events.extend(coded)
                outcomes[article.id] = Outcome(article.id, len(coded))
        except Exception as exc:
            reason = f"parsing failed ({type(exc).__name__}: {exc})"
            for article in job.articles:
                if article.id not in outcomes:
                    outcomes[article.id] = Outcome(
                        article.id, 0, Failure(article.source or article.id, None, "parse", reason, article.id)
                    )
    ordered = tuple(
        outcomes.get(a.id) or Outcome(a.id, 0, Failure(a.source, None, "code", "no result from the coder", a.id))
        for a in job.articles
    )
    ev, ac = event_table(events, job.coder), actor_table(events, job.coder)
    if job.staging:
        ev, ac = _write_parquet(ev, job, "events"), _write_parquet(ac, job, "actors")
    return CodedBatch(job.seq, ordered, ev, ac, f"pid {os.getpid()}", peak_rss_mb())


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB. Linux: VmHWM, which (unlike ru_maxrss)
    does not inherit the parent's peak across fork and exec."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _write_parquet(table: Any, job: Job, kind: str) -> str:
    import pyarrow.parquet as pq

    path = Path(job.staging) / f"batch-{job.seq:08d}-{kind}.parquet"
    tmp = path.with_suffix(".tmp")
    pq.write_table(table, tmp)
    tmp.replace(path)  # a partition is either whole or absent
    return str(path)
