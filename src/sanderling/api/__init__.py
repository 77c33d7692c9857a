"""API stage: the REST API and the dashboard (FastAPI + uvicorn), read-only by default.

    from sanderling.api import ApiSettings, create_app
    app = create_app(ApiSettings(db="events.duckdb"))

``sanderling serve --db events.duckdb`` runs it on 127.0.0.1.
"""

from .app import create_app
from .settings import TOKEN_ENV, ApiSettings, settings_from_env

__all__ = ["TOKEN_ENV", "ApiSettings", "create_app", "settings_from_env"]
