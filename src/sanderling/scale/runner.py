"""Ingest and recode: read → de-duplicate → code on an engine → store, batch by batch.

Decisions (stored already? a copy? English?) are made here, in input order, before
coding; results come back in the same order and each batch is committed whole, so a
run killed at any moment and started again ends with the store a clean run makes.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..errors import SanderlingError
from ..ingest.dedup import Deduplicator, Verdict
from ..ingest.language import language_of
from ..ingest.sources import Incoming, IngestOptions, iter_sources
from ..pipeline import Settings
from ..records import Article, Failure
from ..store.store import ArticleRow, RunCounts, Store, StoreBatch
from .coder import CodedBatch, Job, coder_version
from .engines import Engine, make_engine

log = logging.getLogger(__name__)

#: Called after each committed batch with (items consumed, events written).
ProgressFn = Callable[[int, int], None]


@dataclass(frozen=True)
class RunConfig:
    db: str
    settings: Settings = field(default_factory=Settings)
    engine: str = "local"
    workers: int = 1
    scheduler: str | None = None
    staging: str | None = None
    batch_size: int = 32
    dask_processes: bool = True  # False: a LocalCluster of threads in this process (tests)


@dataclass
class RunSummary:
    run_id: int
    coder: str
    counts: RunCounts
    seconds: float
    peak_rss_mb: dict[str, float] = field(default_factory=dict)


@dataclass
class _Plan:
    """One batch: rows decided without coding, and the articles to code, in input order."""

    seq: int
    rows: list[ArticleRow] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    to_code: list[tuple[Incoming, Verdict]] = field(default_factory=list)
    consumed: int = 0
    already_stored: int = 0


def ingest(
    sources: Iterable[str], config: RunConfig, options: IngestOptions | None = None, progress: ProgressFn | None = None
) -> RunSummary:
    """Read, code and store ``sources``; idempotent and resumable."""
    sources = list(sources)
    coder = coder_version(config.settings)
    with Store(config.db) as store:
        run_id = store.start_run("ingest", sources, coder, config.engine, config.workers)
        dedup = Deduplicator()
        dedup.load(store.known_articles())
        plans = _plans(iter_sources(sources, options), dedup, config.batch_size)
        return _execute(store, run_id, coder, config, plans, progress)


def recode(config: RunConfig, progress: ProgressFn | None = None) -> RunSummary:
    """Re-code stored articles whose events come from another coder version; old events stay, not current."""
    coder = coder_version(config.settings)
    with Store(config.db) as store:
        run_id = store.start_run("recode", [], coder, config.engine, config.workers)
        articles = list(store.articles_to_recode(coder))
        plans = _recode_plans(articles, config.batch_size)
        return _execute(store, run_id, coder, config, plans, progress, recoding=True)


def _execute(
    store: Store,
    run_id: int,
    coder: str,
    config: RunConfig,
    plans: Iterator[_Plan],
    progress: ProgressFn | None,
    recoding: bool = False,
) -> RunSummary:
    started = time.perf_counter()
    totals = RunCounts()
    peaks: dict[str, float] = {}
    engine: Engine | None = None
    queue: deque[_Plan] = deque()

    def jobs() -> Iterator[Job]:
        for plan in plans:
            queue.append(plan)
            yield Job(plan.seq, tuple(inc.article for inc, _ in plan.to_code), coder, config.settings)

    status = "failed"
    try:
        engine = make_engine(config.engine, config.workers, config.scheduler, config.staging, config.dask_processes)
        for coded in _results(engine, jobs()):
            plan = queue.popleft()
            assert plan.seq == coded.seq, "engines return batches in order"
            batch = _store_batch(plan, coded, coder)
            counts = store.recode_batch(run_id, coder, batch) if recoding else store.write_batch(run_id, batch)
            store.count_stored(run_id, plan.already_stored)
            _remove_staged(coded)
            _add(totals, counts, plan.already_stored)
            log.info("batch %d committed: %d articles, %d events", plan.seq, len(batch.articles), counts.events)
            if coded.peak_rss_mb:
                peaks[coded.worker] = max(peaks.get(coded.worker, 0.0), coded.peak_rss_mb)
            if progress:
                progress(plan.consumed, counts.events)
        status = "done"
    except KeyboardInterrupt:
        status = "interrupted"
        raise
    finally:
        if engine is not None:
            engine.close()
        store.finish_run(run_id, status)
    return RunSummary(run_id, coder, totals, time.perf_counter() - started, peaks)


def _results(engine: Engine, jobs: Iterator[Job]) -> Iterator[CodedBatch]:
    """The engine's results; an engine failure (a worker died) becomes one clear error."""
    try:
        yield from engine.run(jobs)
    except (SanderlingError, KeyboardInterrupt):
        raise
    except Exception as exc:  # any engine failure: the stored batches are kept
        raise SanderlingError(
            f"the {engine.name} engine failed ({type(exc).__name__}: {exc}) — rerun the same command: stored batches are kept"
        ) from exc


def _add(totals: RunCounts, counts: RunCounts, already_stored: int) -> None:
    totals.articles += counts.articles
    totals.events += counts.events
    totals.duplicates += counts.duplicates
    totals.skipped += counts.skipped
    totals.failures += counts.failures
    totals.already_stored += already_stored
    totals.failure_list.extend(counts.failure_list)


def _plans(items: Iterable[Incoming | Failure], dedup: Deduplicator, batch_size: int) -> Iterator[_Plan]:
    seq = 0
    plan = _Plan(seq)
    for item in items:
        plan.consumed += 1
        if isinstance(item, Failure):
            plan.failures.append(item)
        else:
            _decide(item, dedup, plan)
        if len(plan.to_code) >= batch_size or plan.consumed >= 8 * batch_size:
            yield plan
            seq += 1
            plan = _Plan(seq)
    if plan.consumed:
        yield plan


def _decide(incoming: Incoming, dedup: Deduplicator, plan: _Plan) -> None:
    article = incoming.article
    verdict = dedup.check(article.id, article.text)
    if verdict.kind == "seen":
        plan.already_stored += 1
        return
    if verdict.kind in ("exact", "near"):
        dedup.add(verdict, canonical=False)
        plan.rows.append(_row(incoming, verdict, "duplicate", duplicate_of=verdict.of, duplicate_kind=verdict.kind))
        return
    lang = language_of(article.text, article.lang)
    if lang != "en":
        dedup.add(verdict, canonical=False)
        plan.rows.append(
            _row(incoming, verdict, "skipped", lang=lang, note=f"language {lang!r}: only English is coded")
        )
        return
    dedup.add(verdict, canonical=True)
    article = replace(article, id=verdict.doc_id, lang="en")
    plan.to_code.append((Incoming(article, incoming.date_source), verdict))


def _row(incoming: Incoming, verdict: Verdict, status: str, **extra: object) -> ArticleRow:
    a = incoming.article
    fields: dict[str, object] = {
        "doc_id": verdict.doc_id,
        "content_hash": verdict.content_hash,
        "status": status,
        "text": a.text,
        "source": a.source,
        "date": a.date,
        "date_source": incoming.date_source,
        "title": a.title,
        "url": a.url,
        "publication": a.publication,
        "lang": a.lang or "en",
    }
    fields.update(extra)
    return ArticleRow(**fields)  # type: ignore[arg-type]


def _store_batch(plan: _Plan, coded: CodedBatch, coder: str) -> StoreBatch:
    rows = list(plan.rows)
    failures = list(plan.failures)
    for (incoming, verdict), outcome in zip(plan.to_code, coded.outcomes, strict=True):
        if outcome.failure is not None:
            failures.append(outcome.failure)
            rows.append(
                _row(incoming, verdict, "failed", minhash=verdict.signature, coder=coder, note=outcome.failure.reason)
            )
        else:
            rows.append(
                _row(incoming, verdict, "coded", minhash=verdict.signature, coder=coder, n_events=outcome.n_events)
            )
    return StoreBatch(rows, failures, [coded.events], [coded.actors])


def _recode_plans(articles: list[tuple[Article, str, str]], batch_size: int) -> Iterator[_Plan]:
    for seq, start in enumerate(range(0, len(articles), batch_size)):
        plan = _Plan(seq)
        for article, digest, date_source in articles[start : start + batch_size]:
            plan.to_code.append((Incoming(article, date_source), Verdict("new", digest, article.id)))
            plan.consumed += 1
        yield plan


def _remove_staged(coded: CodedBatch) -> None:
    for ref in (coded.events, coded.actors):
        if isinstance(ref, str):
            Path(ref).unlink(missing_ok=True)
