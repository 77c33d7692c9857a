"""`POST /api/code` (rate- and size-limited) and `POST /api/ingest` (token only)."""

from __future__ import annotations

import datetime as dt
import hmac
import json
import tempfile
import time
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Header, Request

from ...records import Article
from ..models import CodeRequest, CodeResponse, EventRecord, IngestRequest, IngestResponse
from ..problems import BadParameter, Forbidden, TooLarge, Unauthorized
from .params import State

router = APIRouter(tags=["write"])


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise BadParameter(f"date {value!r} is not a date", "write YYYY-MM-DD, e.g. 2025-04-03") from None


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


@router.post(
    "/api/code",
    response_model=CodeResponse,
    responses={
        400: {"description": "Bad date"},
        413: {"description": "Text too long"},
        429: {"description": "Rate limit"},
        503: {"description": "No model"},
    },
)
def code(state: State, body: CodeRequest, request: Request) -> CodeResponse:
    """Code a posted text into events with the pipeline (nothing is stored)."""
    limit = state.settings.code_max_chars
    if len(body.text) > limit:
        raise TooLarge(f"the text has {len(body.text)} characters, over the limit of {limit}", "post a shorter text")
    date = _date(body.date)
    state.rate.check(_client(request))
    started = time.perf_counter()
    with state.pipeline_lock:
        events = state.pipeline().code_article(Article(id=body.doc_id, text=body.text, date=date))
    return CodeResponse(
        events=[EventRecord(**e.to_plover()) for e in events],
        count=len(events),
        seconds=round(time.perf_counter() - started, 4),
    )


@router.post(
    "/api/ingest",
    response_model=IngestResponse,
    responses={401: {"description": "Missing or wrong token"}, 403: {"description": "Writes are disabled"}},
)
def ingest(
    state: State,
    body: IngestRequest,
    request: Request,
    authorization: Annotated[str | None, Header(description="Bearer TOKEN")] = None,
) -> IngestResponse:
    """Code and store posted articles (idempotent: stored articles are skipped). Disabled
    unless the server was started with a token; send it as ``Authorization: Bearer TOKEN``."""
    token = state.settings.token
    if not token:
        raise Forbidden("writes are disabled on this server", "start it with --token or SANDERLING_TOKEN set")
    given = (authorization or "").removeprefix("Bearer ").strip()
    if not hmac.compare_digest(given.encode(), token.encode()):
        raise Unauthorized("missing or wrong token", "send the header 'Authorization: Bearer TOKEN'")
    if len(body.articles) > state.settings.ingest_max_articles:
        raise TooLarge(
            f"{len(body.articles)} articles in one request, over {state.settings.ingest_max_articles}",
            "split them into several requests",
        )
    for a in body.articles:
        _date(a.date)
    state.rate.check(_client(request))
    return _run_ingest(state, [a.model_dump() for a in body.articles])


def _run_ingest(state: State, articles: list[dict[str, Any]]) -> IngestResponse:
    from ...ingest.sources import IngestOptions
    from ...scale.runner import RunConfig
    from ...scale.runner import ingest as run

    with tempfile.TemporaryDirectory(prefix="sanderling-api-") as tmp:
        path = Path(tmp) / "posted.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for a in articles:
                out.write(json.dumps(a, ensure_ascii=False) + "\n")
        with state.pipeline_lock, state.db.writing() as db:
            summary = run([str(path)], RunConfig(db), IngestOptions())
    c = summary.counts
    return IngestResponse(
        run_id=summary.run_id,
        articles=c.articles,
        events=c.events,
        duplicates=c.duplicates,
        skipped=c.skipped,
        already_stored=c.already_stored,
        failures=[f.message() for f in c.failure_list],
        seconds=round(summary.seconds, 3),
    )
