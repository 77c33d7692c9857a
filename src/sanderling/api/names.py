"""Readable names and kinds of actor codes, from the actor dictionary."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Names:
    names: dict[str, str] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)
    members: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def name(self, code: str) -> str:
        return self.names.get(code, code)

    def kind(self, code: str) -> str:
        return self.kinds.get(code, "other")

    def known(self, code: str) -> bool:
        return code in self.kinds


@lru_cache(maxsize=1)
def names() -> Names:
    """Names of every state, organisation, named group and sector code."""
    try:
        from ..actors import actor_dictionary
        from ..actors.dictionary import SECTORS

        d: Any = actor_dictionary()
    except Exception as exc:  # names are a nicety: the API still answers with codes
        log.warning("actor names unavailable (%s); the API shows codes only", exc)
        return Names()
    out: dict[str, str] = {}
    kinds: dict[str, str] = {}
    for code in SECTORS:
        out[code], kinds[code] = str(code), "sector"
    for entry in d.groups.values():
        code = str(entry["code"])
        if code not in d.states:
            out.setdefault(code, str(entry.get("name") or code))
            kinds[code] = "group"
    for code, entry in d.organizations.items():
        out[code], kinds[code] = str(entry["name"]), "organisation"
    for code, entry in d.states.items():
        out[code], kinds[code] = str(entry["name"]), "state"
    members = {code: tuple(d.members_on(code, None)) for code in d.organizations}
    return Names(out, kinds, members)
