"""The one error tree of sanderling.

    SanderlingError            every error the library raises on purpose
    ├── DataFileError          a packaged or user data file is malformed (file, line, fix)
    ├── InputError             a user's input cannot be read (file, line, fix)
    ├── ModelNotInstalledError the spaCy model package is missing
    ├── StoreError             the event store cannot be opened, migrated or written (fix named)
    └── AnalysisError          an analysis cannot run on its input or options (fix named)

Each message names the value, the cause and the fix. Per-document failures are
recorded as :class:`sanderling.records.Failure` records, never swallowed.
"""

from __future__ import annotations


class SanderlingError(Exception):
    """Base class of every error sanderling raises on purpose."""


class DataFileError(SanderlingError):
    """A data file (dictionary, lexicon, code table) is malformed."""

    def __init__(self, path: str, line: int | None, problem: str, fix: str = "") -> None:
        self.path, self.line, self.problem, self.fix = path, line, problem, fix
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {problem}" + (f" — {fix}" if fix else ""))


class InputError(SanderlingError):
    """A user's input cannot be read."""

    def __init__(self, source: str, line: int | None, problem: str, fix: str = "") -> None:
        self.source, self.line, self.problem, self.fix = source, line, problem, fix
        where = f"{source}:{line}" if line else source
        super().__init__(f"{where}: {problem}" + (f" — {fix}" if fix else ""))


class ModelNotInstalledError(SanderlingError):
    """The spaCy model package is not installed."""


class StoreError(SanderlingError):
    """The event store cannot be opened, migrated, queried or written."""

    def __init__(self, problem: str, fix: str = "") -> None:
        self.problem, self.fix = problem, fix
        super().__init__(problem + (f" — {fix}" if fix else ""))


class AnalysisError(SanderlingError):
    """An analysis (series, shifts, blocs, report) cannot run on its input or options."""

    def __init__(self, problem: str, fix: str = "") -> None:
        self.problem, self.fix = problem, fix
        super().__init__(problem + (f" — {fix}" if fix else ""))
