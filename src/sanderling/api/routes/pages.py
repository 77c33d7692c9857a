"""The dashboard's pages (one HTML shell; the script draws each view) and the API docs,
all from local files."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse

router = APIRouter(include_in_schema=False)

STATIC = Path(str(files("sanderling.api") / "static"))
#: The dashboard's views: each path serves the same shell (filters live in the query string).
PAGES = ("/", "/map", "/events", "/events/{event_id}", "/actors/{code}", "/dyads/{a}/{b}", "/network")


def _shell() -> FileResponse:
    return FileResponse(STATIC / "index.html", media_type="text/html")


for _path in PAGES:
    router.add_api_route(_path, _shell, methods=["GET"])


@router.get("/docs")
def docs() -> FileResponse:
    """Swagger UI from the fastapi-offline package's local copy (no CDN)."""
    return FileResponse(STATIC / "docs.html", media_type="text/html")


def vendor_dir() -> Path | None:
    """The Swagger UI bundle shipped by the ``fastapi-offline`` package, if installed."""
    try:
        return Path(str(files("fastapi_offline") / "static"))
    except ModuleNotFoundError:
        return None
