"""Engines that run :func:`code_batch` on jobs and yield the results in job order.

``serial``: in this process. ``local``: a pool of worker processes on this machine.
``dask``: Dask distributed — a ``LocalCluster`` when no scheduler address is given —
where each worker writes Parquet partitions for the store to load. Results come back
in submission order, so the store commits batches in input order and a resumed run
makes the same decisions as a clean one.
"""

from __future__ import annotations

import logging
import multiprocessing
import tempfile
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, Protocol

from ..errors import SanderlingError
from .coder import CodedBatch, Job, code_batch

log = logging.getLogger(__name__)


class Engine(Protocol):
    name: str
    workers: int

    def run(self, jobs: Iterable[Job]) -> Iterator[CodedBatch]: ...

    def close(self) -> None: ...


class SerialEngine:
    name = "serial"
    workers = 1

    def run(self, jobs: Iterable[Job]) -> Iterator[CodedBatch]:
        for job in jobs:
            yield code_batch(job)

    def close(self) -> None:
        return None


class LocalEngine:
    """A pool of ``workers`` processes (spawned: each loads the model once)."""

    name = "local"

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._pool = multiprocessing.get_context("spawn").Pool(workers)

    def run(self, jobs: Iterable[Job]) -> Iterator[CodedBatch]:
        pending: deque[Any] = deque()
        for job in jobs:
            pending.append(self._pool.apply_async(code_batch, (job,)))
            while len(pending) >= 2 * self.workers:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()

    def close(self) -> None:
        self._pool.terminate()
        self._pool.join()


class DaskEngine:
    """Dask distributed: a scheduler ``address``, or a LocalCluster of ``workers`` processes.

    Workers write Parquet partitions to ``staging``: on a real cluster that must be a
    directory every worker and this process can reach (a shared file system).
    """

    name = "dask"

    def __init__(
        self, workers: int, address: str | None = None, staging: str | None = None, processes: bool = True
    ) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:  # pragma: no cover - a declared dependency
            raise SanderlingError("Dask distributed is not installed — pip install 'dask[distributed]'") from exc
        self.workers = workers
        self._cluster: Any = None
        if address:
            try:
                self.client = Client(address, timeout="20s")
            except (OSError, TimeoutError) as exc:
                raise SanderlingError(
                    f"cannot reach the Dask scheduler at {address} ({exc}) — start it with 'dask scheduler' or drop --scheduler for a local cluster"
                ) from exc
        else:
            self._cluster = LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=processes,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
            self.client = Client(self._cluster)
        self._tmp = None if staging else tempfile.TemporaryDirectory(prefix="sanderling-dask-")
        self.staging = staging or (self._tmp.name if self._tmp else "")
        Path(self.staging).mkdir(parents=True, exist_ok=True)

    def run(self, jobs: Iterable[Job]) -> Iterator[CodedBatch]:
        pending: deque[Any] = deque()
        for job in jobs:
            pending.append(self.client.submit(code_batch, replace(job, staging=self.staging), pure=False))
            while len(pending) >= 2 * self.workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()
        if self._tmp is not None:
            self._tmp.cleanup()


def make_engine(
    name: str, workers: int = 1, scheduler: str | None = None, staging: str | None = None, processes: bool = True
) -> Engine:
    """The engine for ``--engine`` and ``--workers``: one local worker runs in-process."""
    if name == "dask":
        return DaskEngine(workers, scheduler, staging, processes)
    if name == "local":
        return SerialEngine() if workers <= 1 else LocalEngine(workers)
    raise SanderlingError(f"unknown engine {name!r} — use 'local' or 'dask'")
