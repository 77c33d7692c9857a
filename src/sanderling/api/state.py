"""What the app holds between requests: settings, the database, caches, limits, the pipeline."""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

import duckdb
from fastapi import Request

from .database import Database
from .limits import RateLimit
from .names import Names, names
from .problems import BadParameter, Unavailable
from .queries import actor_code, base_codes, known_codes
from .settings import ApiSettings

if TYPE_CHECKING:
    from ..pipeline import Pipeline

log = logging.getLogger(__name__)
T = TypeVar("T")
#: Analysis results kept per store generation (the store changes only on ingest).
CACHE_SIZE = 256


@dataclass
class ApiState:
    settings: ApiSettings
    db: Database
    rate: RateLimit
    names: Names = field(default_factory=names)
    pipeline_lock: threading.Lock = field(default_factory=threading.Lock)
    _pipeline: Pipeline | None = None
    _codes: tuple[int, dict[str, int], frozenset[str]] = (0, {}, frozenset())
    _cache_lock: threading.Lock = field(default_factory=threading.Lock)
    _results: OrderedDict[Hashable, Any] = field(default_factory=OrderedDict)

    def cached(self, key: Hashable, compute: Callable[[duckdb.DuckDBPyConnection], T]) -> T:
        """``compute`` on an analysis cursor, remembered for this store generation: the
        store is read-only between ingests, so the same question has the same answer."""
        full = (self.db.generation, key)
        with self._cache_lock:
            if full in self._results:
                self._results.move_to_end(full)
                cached: T = self._results[full]
                return cached
        with self.db.analysing() as con:
            value = compute(con)
        with self._cache_lock:
            self._results[full] = value
            while len(self._results) > CACHE_SIZE:
                self._results.popitem(last=False)
        return value

    def codes(self) -> dict[str, int]:
        """Actor codes in the store (and their event counts), cached per store generation."""
        return self._known()[0]

    def combined(self, *codes: str | None) -> frozenset[str]:
        """Those of ``codes`` that are not base codes of the store or the dictionary (MLIGOV)."""
        base = self._known()[1]
        return frozenset(c for c in codes if c and c not in base and not self.names.known(c))

    def _known(self) -> tuple[dict[str, int], frozenset[str]]:
        generation, codes, base = self._codes
        if generation != self.db.generation:
            with self.db.reading() as con:
                codes, base = known_codes(con), base_codes(con)
            with self._cache_lock:
                self._codes = (self.db.generation, codes, base)
        return codes, base

    def check_actor(self, value: str, what: str = "actor") -> str:
        """A code the store or the actor dictionary knows, or a 400 saying so."""
        code = actor_code(value, what)
        if code not in self.codes() and not self.names.known(code):
            raise BadParameter(
                f"unknown {what} code {code!r}: no stored event names it and the actor dictionary has no such code",
                "look codes up with GET /api/actors?q=NAME (e.g. MLI for Mali, IGOWAFWAS for ECOWAS)",
            )
        return code

    @property
    def pipeline_status(self) -> str:
        if not self.settings.load_pipeline:
            return "disabled"
        return "loaded" if self._pipeline is not None else "not loaded"

    def pipeline(self) -> Any:
        """The coding pipeline, loaded on first use (call with ``pipeline_lock`` held)."""
        if not self.settings.load_pipeline:
            raise Unavailable("coding is disabled on this server", "start it without --no-code to code posted text")
        if self._pipeline is None:
            from ..errors import ModelNotInstalledError
            from ..pipeline import Settings
            from ..scale.coder import worker_pipeline

            try:
                self._pipeline = worker_pipeline(Settings())
            except ModelNotInstalledError as exc:
                raise Unavailable(
                    f"the spaCy model is not installed ({exc})", "install the project's requirements"
                ) from exc
        return self._pipeline


def get_state(request: Request) -> ApiState:
    state: ApiState = request.app.state.api
    return state
