"""Store stage: the DuckDB event store (articles, events, dyads, runs, failures)."""

from .schema import SCHEMA_VERSION, migrate
from .store import DEFAULT_DB, ArticleRow, RunCounts, Store, StoreBatch

__all__ = ["DEFAULT_DB", "SCHEMA_VERSION", "ArticleRow", "RunCounts", "Store", "StoreBatch", "migrate"]
