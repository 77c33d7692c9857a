"""The FastAPI application: :func:`create_app` wires settings, the database, the routers,
the limits, the error handlers and the static dashboard."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint

from .._version import __version__
from ..errors import AnalysisError, SanderlingError, StoreError
from .database import Database
from .limits import BodyLimit, RateLimit
from .problems import ApiProblem
from .routes import analysis, events, pages, store, write
from .settings import ApiSettings
from .state import ApiState

log = logging.getLogger(__name__)

#: The dashboard loads nothing from anywhere but this server.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
#: Swagger UI sets inline styles.
DOCS_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")

DESCRIPTION = """Political events coded from news (PLOVER 2.0 with CAMEO codes), stored in DuckDB,
and how relations between states and organisations shift. Every event carries the sentence
it was coded from and the offsets of its trigger and actors.

Reads go through a read-only connection; `POST /api/ingest` needs the server's token."""


class SecurityHeaders(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        response = await call_next(request)
        path = request.url.path
        response.headers["Content-Security-Policy"] = DOCS_CSP if path == "/docs" else CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        if path.startswith("/api/"):
            response.headers["Cache-Control"] = "no-store"
        return response


def create_app(settings: ApiSettings, database: Database | None = None) -> FastAPI:
    """The app serving ``settings.db`` (opened read-only now, or ``database`` if given)."""
    db = database or Database(settings.db)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        db.ensure_open()
        yield
        db.close()

    app = FastAPI(
        title="sanderling",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,  # FastAPI's page loads Swagger UI from a CDN: ours is local (routes/pages.py)
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.api = ApiState(settings=settings, db=db, rate=RateLimit(settings.code_rate, settings.rate_window))
    for router in (store.router, events.router, analysis.router, write.router, pages.router):
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=pages.STATIC), name="static")
    vendor = pages.vendor_dir()
    if vendor is not None:
        app.mount("/vendor/swagger", StaticFiles(directory=vendor), name="swagger")
    app.add_middleware(SecurityHeaders)
    app.add_middleware(
        BodyLimit,
        limits={"/api/code": settings.code_max_bytes, "/api/ingest": settings.ingest_max_bytes},
        default=settings.code_max_bytes,
    )

    @app.exception_handler(SanderlingError)
    async def domain_error(request: Request, exc: SanderlingError) -> JSONResponse:
        status = (
            exc.status if isinstance(exc, ApiProblem) else 400 if isinstance(exc, StoreError | AnalysisError) else 500
        )
        if status >= 500 and not isinstance(exc, ApiProblem):
            log.error("%s %s failed: %s", request.method, request.url.path, exc)
        return JSONResponse({"detail": str(exc)}, status_code=status)

    return app
