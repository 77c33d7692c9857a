"""Scale-out: code batches in-process, on a local process pool or on Dask distributed,
and run whole ingests and recodes into the store."""

from .coder import coder_version
from .engines import DaskEngine, LocalEngine, SerialEngine, make_engine
from .runner import RunConfig, RunSummary, ingest, recode

__all__ = [
    "DaskEngine",
    "LocalEngine",
    "RunConfig",
    "RunSummary",
    "SerialEngine",
    "coder_version",
    "ingest",
    "make_engine",
    "recode",
]
