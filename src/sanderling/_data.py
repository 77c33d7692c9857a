"""Loading packaged and user data files with the file and line named in any error."""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .errors import DataFileError

try:  # the C loader is several times faster
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


def cache_dir() -> Path:
    """Where derived tables are cached between runs (built once from package data):
    ``$SANDERLING_CACHE_DIR``, else ``~/.cache/sanderling``."""
    return Path(os.environ.get("SANDERLING_CACHE_DIR") or Path.home() / ".cache" / "sanderling")


def package_file(package: str, name: str) -> Path:
    """Path of a data file shipped inside a sanderling subpackage."""
    return Path(str(resources.files(package).joinpath(name)))


class Located(dict[str, Any]):
    """A mapping read from YAML that remembers its file and line."""

    path: str = ""
    line: int = 0

    def fail(self, problem: str, fix: str = "") -> DataFileError:
        return DataFileError(self.path, self.line, problem, fix)


def _construct(node: yaml.Node, path: str) -> Any:
    if isinstance(node, yaml.MappingNode):
        out = Located()
        out.path, out.line = path, node.start_mark.line + 1
        for key_node, value_node in node.value:
            out[_construct(key_node, path)] = _construct(value_node, path)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_construct(n, path) for n in node.value]
    return _SCALARS.construct_object(node)


_SCALARS = yaml.constructor.SafeConstructor()


def load_yaml_records(path: Path | str) -> list[Located]:
    """Load a YAML file holding a list of mappings, each tagged with its line."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(str(path), None, f"cannot read the file ({exc})", "check the path") from exc
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        raise DataFileError(
            str(path), line, f"not valid YAML ({getattr(exc, 'problem', exc)})", "fix the YAML syntax"
        ) from exc
    if node is None:
        return []
    if not isinstance(node, yaml.SequenceNode):
        raise DataFileError(
            str(path), node.start_mark.line + 1, "expected a list of entries", "start each entry with '- '"
        )
    records = []
    for item in node.value:
        value = _construct(item, str(path))
        if not isinstance(value, Located):
            raise DataFileError(str(path), item.start_mark.line + 1, "each entry must be a mapping", "use 'key: value'")
        records.append(value)
    return records


def iter_tsv(path: Path | str, columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a tab-separated file with a header; '#' lines are comments."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(str(path), None, f"cannot read the file ({exc})", "check the path") from exc
    header: list[str] | None = None
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = next(csv.reader([line], delimiter="\t"))
        if header is None:
            header = cells
            missing = [c for c in columns if c not in header]
            if missing:
                raise DataFileError(str(path), number, f"header lacks columns {missing}", f"the header is {columns}")
            continue
        row = {name: (cells[i].strip() if i < len(cells) else "") for i, name in enumerate(header)}
        yield number, row


def parse_date(value: Any, where: Located, key: str) -> dt.date | None:
    """An ISO date from a YAML value (already a date, a string or null)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise where.fail(f"{key}: {value!r} is not a date", "write dates as YYYY-MM-DD") from None
