"""Read-side queries: store statistics and filtered event listings."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any

from ..errors import StoreError
from .store import Store

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def period_start(value: str, end: bool = False) -> dt.date:
    """``2024``, ``2024-01`` or ``2024-01-15`` as a date; with ``end`` the day after the period."""
    match = _PARTIAL_DATE.match(value.strip())
    if match is None:
        raise StoreError(f"{value!r} is not a date", "write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024-01")
    year, month, day = int(match[1]), int(match[2] or 1), int(match[3] or 1)
    try:
        start = dt.date(year, month, day)
    except ValueError as exc:
        raise StoreError(f"{value!r} is not a date ({exc})", "write YYYY, YYYY-MM or YYYY-MM-DD") from exc
    if not end:
        return start
    if match[3]:
        return start + dt.timedelta(days=1)
    if match[2]:
        return dt.date(year + (month == 12), month % 12 + 1, 1)
    return dt.date(year + 1, 1, 1)


def stats(store: Store) -> dict[str, Any]:
    """Counts of articles (by status), events (current, by type and month), failures and runs."""
    con = store.con

    def pairs(sql: str) -> dict[str, int]:
        return {str(k): int(v) for k, v in con.execute(sql).fetchall()}

    def one(sql: str) -> int:
        row = next(iter(con.execute(sql).fetchall()), None)
        return int(row[0]) if row and row[0] is not None else 0

    return {
        "db": store.path,
        "schema_version": store.version,
        "articles": one("SELECT count(*) FROM articles"),
        "articles_by_status": pairs("SELECT status, count(*) FROM articles GROUP BY 1 ORDER BY 1"),
        "events": one("SELECT count(*) FROM events WHERE current"),
        "events_all_versions": one("SELECT count(*) FROM events"),
        "events_by_type": pairs("SELECT event, count(*) FROM events WHERE current GROUP BY 1 ORDER BY 2 DESC, 1"),
        "events_by_month": pairs(
            "SELECT coalesce(strftime(date, '%Y-%m'), 'undated') AS m, count(*) FROM events WHERE current GROUP BY 1 ORDER BY 1"
        ),
        "events_by_coder": pairs("SELECT coder, count(*) FROM events GROUP BY 1 ORDER BY 1"),
        "failures": one("SELECT count(*) FROM failures"),
        "failures_by_stage": pairs("SELECT stage, count(*) FROM failures GROUP BY 1 ORDER BY 1"),
        "runs": one("SELECT count(*) FROM runs"),
    }


@dataclass(frozen=True)
class EventQuery:
    actor: str | None = None
    recipient: str | None = None
    type: str | None = None  # a PLOVER type (AGREE) or a CAMEO code prefix (03)
    since: str | None = None
    until: str | None = None
    coder: str | None = None  # None: the current events
    limit: int | None = 100


def events(store: Store, query: EventQuery) -> list[dict[str, Any]]:
    """The PLOVER records of the events matching ``query``, by date then id."""
    where, params = _where(query)
    sql = f"SELECT record FROM events WHERE {' AND '.join(where)} ORDER BY date NULLS LAST, doc_id, sentence_index, event_id"
    if query.limit:
        sql += f" LIMIT {int(query.limit)}"
    return [json.loads(r[0]) for r in store.con.execute(sql, params).fetchall()]


def _where(query: EventQuery) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if query.coder:
        where.append("coder = ?")
        params.append(query.coder)
    else:
        where.append("current")
    for side, code in (("actor", query.actor), ("recipient", query.recipient)):
        if code:
            where.append(
                f"EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = events.event_id AND x.coder = events.coder "
                f"AND x.side = '{side}' AND (x.code = ? OR x.cameo_code = ? OR x.country = ?))"
            )
            params.extend([code.upper()] * 3)
    if query.type:
        if query.type.isdigit():
            where.append("starts_with(cameo, ?)")
            params.append(query.type)
        else:
            where.append("event = ?")
            params.append(query.type.upper())
    if query.since:
        where.append("date >= ?")
        params.append(period_start(query.since))
    if query.until:
        where.append("date < ?")
        params.append(period_start(query.until, end=True))
    return where, params
