"""Exports: PLOVER JSONL, GDELT 2.0 event-table TSV, CSV, Parquet partitioned by month."""

from .formats import FORMATS, export, write_csv, write_parquet, write_plover
from .gdelt import COLUMNS as GDELT_COLUMNS
from .gdelt import write_gdelt

__all__ = ["FORMATS", "GDELT_COLUMNS", "export", "write_csv", "write_gdelt", "write_parquet", "write_plover"]
