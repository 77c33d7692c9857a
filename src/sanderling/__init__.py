"""sanderling: news text to political event data (PLOVER 2.0 with CAMEO codes).

>>> import sanderling
>>> events = sanderling.code_text("Russia agreed to provide weapons to Mali.", date="2025-04-03")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._version import __version__
from .errors import DataFileError, InputError, ModelNotInstalledError, SanderlingError, StoreError
from .records import Article, Entity, Event, Failure, Location

if TYPE_CHECKING:
    from .pipeline import Pipeline, Settings, code_files, code_text

__all__ = [
    "Article",
    "DataFileError",
    "Entity",
    "Event",
    "Failure",
    "InputError",
    "Location",
    "ModelNotInstalledError",
    "Pipeline",
    "SanderlingError",
    "Settings",
    "StoreError",
    "__version__",
    "code_files",
    "code_text",
]

_LAZY = {"Pipeline", "Settings", "code_files", "code_text"}


def __getattr__(name: str) -> Any:  # lazy: importing sanderling must not load spaCy
    if name in _LAZY:
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'sanderling' has no attribute {name!r}")
