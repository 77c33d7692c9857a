"""The CAMEO/PLOVER codebook as data: every CAMEO code with its name, Goldstein weight,
QuadClass and PLOVER 2.0 type, mode and context. Loaded once and validated."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ._data import iter_tsv, package_file
from .errors import DataFileError

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
#: PLOVER quad groups (the PLOVER manual's), independent of CAMEO's QuadClass.
PLOVER_QUAD: dict[str, int] = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), 1),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT"), 2),
    **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN"), 3),
    **dict.fromkeys(("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"), 4),
}
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    quad_class: int
    plover_type: str  # "" for statements (01x), which PLOVER drops
    plover_mode: str
    plover_context: tuple[str, ...]

    @property
    def root(self) -> str:
        return self.code[:2]


class Ontology:
    """Lookup of CAMEO codes; ``ontology()`` returns the packaged one."""

    def __init__(self, codes: dict[str, CameoCode]) -> None:
        self._codes = codes

    def __contains__(self, code: object) -> bool:
        return code in self._codes

    def __len__(self) -> int:
        return len(self._codes)

    def __getitem__(self, code: str) -> CameoCode:
        return self._codes[code]

    def get(self, code: str) -> CameoCode | None:
        return self._codes.get(code)

    def codes(self) -> list[CameoCode]:
        return list(self._codes.values())

    def most_specific_known(self, code: str) -> CameoCode | None:
        """The code itself, or its nearest parent that the table knows."""
        while code:
            if code in self._codes:
                return self._codes[code]
            code = code[:-1]
        return None


def load_ontology(path: str | None = None) -> Ontology:
    source = package_file("sanderling.data", "cameo.tsv") if path is None else path
    codes: dict[str, CameoCode] = {}
    columns = ("cameo", "name", "goldstein", "quad_class", "plover_type", "plover_mode", "plover_context")
    for line, row in iter_tsv(source, columns):
        code = row["cameo"]
        if not (code.isdigit() and 2 <= len(code) <= 4):
            raise DataFileError(str(source), line, f"CAMEO code {code!r} is not 2-4 digits", "fix the code column")
        if code in codes:
            raise DataFileError(str(source), line, f"CAMEO code {code} appears twice", "keep one row per code")
        ptype = row["plover_type"]
        if ptype and ptype not in PLOVER_TYPES:
            raise DataFileError(str(source), line, f"unknown PLOVER type {ptype!r}", f"use one of {PLOVER_TYPES}")
        try:
            goldstein, quad = float(row["goldstein"]), int(row["quad_class"])
        except ValueError:
            raise DataFileError(str(source), line, "goldstein/quad_class not numeric", "fix the number") from None
        if not -10.0 <= goldstein <= 10.0 or quad not in (1, 2, 3, 4):
            raise DataFileError(str(source), line, "goldstein or quad_class out of range", "-10..10 and 1..4")
        context = tuple(c for c in row["plover_context"].split(";") if c)
        codes[code] = CameoCode(code, row["name"], goldstein, quad, ptype, row["plover_mode"], context)
    for code in codes:
        if len(code) > 2 and code[:2] not in codes:
            raise DataFileError(str(source), None, f"code {code} has no root {code[:2]}", "add the root row")
    return Ontology(codes)


@lru_cache(maxsize=1)
def ontology() -> Ontology:
    """The packaged codebook, loaded once."""
    return load_ontology()
