"""The server's settings: one frozen object, passed in; defaults safe on a fresh machine."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace

#: The environment variable holding the token that unlocks the write endpoints.
TOKEN_ENV = "SANDERLING_TOKEN"


@dataclass(frozen=True)
class ApiSettings:
    """What ``sanderling serve`` runs with.

    The server binds the loopback address unless ``host`` says otherwise. Write
    endpoints (``POST /api/ingest``) are disabled unless ``token`` is set.
    ``POST /api/code`` is limited to ``code_max_chars`` characters of text, bodies of
    ``code_max_bytes`` and ``code_rate`` requests per ``rate_window`` seconds per client.
    """

    db: str
    host: str = "127.0.0.1"
    port: int = 8765
    token: str | None = None
    code_max_chars: int = 20_000
    code_max_bytes: int = 100_000
    ingest_max_bytes: int = 5_000_000
    ingest_max_articles: int = 200
    code_rate: int = 30
    rate_window: float = 60.0
    page_max: int = 500
    load_pipeline: bool = True  # False: POST /api/code answers 503 (tests without the model)

    @property
    def writable(self) -> bool:
        return bool(self.token)


def settings_from_env(db: str, **overrides: object) -> ApiSettings:
    """Settings for ``db`` with the token from ``SANDERLING_TOKEN`` unless one is given."""
    settings = ApiSettings(db=db, token=os.environ.get(TOKEN_ENV) or None)
    given = {k: v for k, v in overrides.items() if v is not None}
    return replace(settings, **given)  # type: ignore[arg-type]
