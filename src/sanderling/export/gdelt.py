"""A GDELT 2.0 event-table compatible TSV: its 61 columns in order, no header.

Filled: the ids and dates, the first actor and recipient (CAMEO code, name, country,
sector as Type1), the CAMEO event codes, QuadClass, Goldstein, NumMentions/NumSources/
NumArticles (wire copies of the story), the action location, DATEADDED and SOURCEURL
(the article URL, else its document id). Left empty: what we do not code (known
group, ethnicity, religion, AvgTone, actor locations, ADM2).

GLOBALEVENTID is the first 15 hex digits of our event id as an integer; ActionGeo
country codes are the gazetteer's ISO codes, not GDELT's FIPS codes.
"""

from __future__ import annotations

from typing import Any

COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code")),
    *(f"Actor2{c}" for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{g}_{c}" for g in ("Actor1Geo", "Actor2Geo", "ActionGeo") for c in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
)  # fmt: skip

_EMPTY = "NULL::VARCHAR"


def _clean(expr: str) -> str:
    """A text field with no tab or line break to break the TSV."""
    return f"nullif(regexp_replace({expr}, '[\\t\\r\\n]+', ' ', 'g'), '')"


def _actor(alias: str) -> list[str]:
    return [
        f"{alias}.cameo_code", _clean(f"upper({alias}.entity_text)"), f"{alias}.country", _EMPTY, _EMPTY, _EMPTY, _EMPTY,
        f"nullif({alias}.sector, '')", _EMPTY, _EMPTY,
    ]  # fmt: skip


_GEO_TYPE = """CASE
    WHEN e.loc_resolution = 'country' THEN 1
    WHEN e.feature_code LIKE 'ADM1%' THEN CASE WHEN e.country_code = 'US' THEN 2 ELSE 5 END
    WHEN e.feature_code LIKE 'PPL%' THEN CASE WHEN e.country_code = 'US' THEN 3 ELSE 4 END
    WHEN coalesce(e.resolved_place, '') <> '' THEN 4
END"""

_SELECT = [
    "('0x' || left(e.event_id, 15))::BIGINT",
    "strftime(e.date, '%Y%m%d')",
    "strftime(e.date, '%Y%m')",
    "year(e.date)",
    "round(year(e.date) + (dayofyear(e.date) - 1) / 365.0, 4)",
    *_actor("a"),
    *_actor("r"),
    "CASE WHEN e.sentence_index = 0 THEN 1 ELSE 0 END",
    "e.cameo",
    "left(e.cameo, 3)",
    "left(e.cameo, 2)",
    "e.quad_code",
    "e.goldstein",
    "coalesce(c.num_articles, 1)",
    "greatest(coalesce(c.num_sources, 1), 1)",
    "coalesce(c.num_articles, 1)",
    _EMPTY,
    *[_EMPTY] * 16,
    _GEO_TYPE,
    _clean("e.resolved_place"),
    "nullif(e.country_code, '')",
    "nullif(e.country_code || coalesce(e.admin1, ''), '')",
    _EMPTY,
    "e.lat",
    "e.lon",
    "e.geonameid",
    "strftime(art.ingested_at, '%Y%m%d%H%M%S')",
    _clean("coalesce(nullif(e.url, ''), e.doc_id)"),
]
assert len(COLUMNS) == 61 and len(_SELECT) == 61, "the GDELT 2.0 event table has 61 columns"


def gdelt_sql() -> str:
    """A query with the 61 GDELT columns, one row per current event."""
    columns = ",\n    ".join(f'{expr} AS "{name}"' for expr, name in zip(_SELECT, COLUMNS, strict=True))
    return f"""SELECT
    {columns}
FROM events e
LEFT JOIN event_actors a ON a.event_id = e.event_id AND a.coder = e.coder AND a.side = 'actor' AND a.position = 0
LEFT JOIN event_actors r ON r.event_id = e.event_id AND r.coder = e.coder AND r.side = 'recipient' AND r.position = 0
LEFT JOIN article_copies c ON c.canonical = e.doc_id
LEFT JOIN articles art ON art.doc_id = e.doc_id
WHERE e.current
ORDER BY e.date NULLS LAST, e.doc_id, e.sentence_index, e.event_id"""


def write_gdelt(con: Any, out: str) -> int:
    """Write the TSV (no header, as GDELT ships it); the number of rows."""
    con.execute(f"COPY ({gdelt_sql()}) TO '{_quote(out)}' (FORMAT csv, DELIMITER '\t', HEADER false, QUOTE '')")
    row = next(iter(con.execute("SELECT count(*) FROM events WHERE current").fetchall()), None)
    return int(row[0]) if row else 0


def _quote(path: str) -> str:
    return path.replace("'", "''")
