"""The store's schema, versioned: each migration runs once, in order, in a transaction.

Add a migration by appending to :data:`MIGRATIONS`; never edit one that has shipped.
"""

from __future__ import annotations

import logging
from typing import Any

from ..errors import StoreError

log = logging.getLogger(__name__)

_V1 = """
CREATE TABLE runs (
    run_id INTEGER PRIMARY KEY,
    command VARCHAR NOT NULL,
    sources VARCHAR[],
    coder VARCHAR,
    engine VARCHAR,
    workers INTEGER,
    started_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    status VARCHAR NOT NULL,            -- running | done | failed (a run left 'running' was killed)
    articles INTEGER DEFAULT 0,         -- coded in this run
    events INTEGER DEFAULT 0,
    duplicates INTEGER DEFAULT 0,
    skipped INTEGER DEFAULT 0,
    failures INTEGER DEFAULT 0,
    already_stored INTEGER DEFAULT 0
);
CREATE TABLE articles (
    doc_id VARCHAR PRIMARY KEY,
    content_hash VARCHAR NOT NULL,
    status VARCHAR NOT NULL,            -- coded | duplicate | skipped | failed
    duplicate_of VARCHAR,
    duplicate_kind VARCHAR,             -- exact | near
    lang VARCHAR,
    date DATE,
    date_source VARCHAR,                -- metadata | option | dateline | file_time | none
    title VARCHAR,
    url VARCHAR,
    publication VARCHAR,
    source VARCHAR,
    text VARCHAR,
    minhash BLOB,
    coder VARCHAR,                      -- the coder version of the article's current events
    n_events INTEGER,
    note VARCHAR,
    run_id INTEGER,
    ingested_at TIMESTAMP NOT NULL
);
CREATE TABLE events (
    event_id VARCHAR NOT NULL,
    coder VARCHAR NOT NULL,
    doc_id VARCHAR NOT NULL,
    run_id INTEGER,
    current BOOLEAN NOT NULL DEFAULT TRUE,
    date DATE,
    date_precision VARCHAR,
    date_text VARCHAR,
    event VARCHAR,
    mode VARCHAR,
    context VARCHAR[],
    cameo VARCHAR,
    root VARCHAR,
    quad_code TINYINT,
    goldstein DOUBLE,
    modality VARCHAR,
    "symmetric" BOOLEAN,
    confidence DOUBLE,
    event_text VARCHAR,
    sentence VARCHAR,
    sentence_index INTEGER,
    sentence_start INTEGER,
    sentence_end INTEGER,
    trigger_start INTEGER,
    trigger_end INTEGER,
    actor_codes VARCHAR[],
    recipient_codes VARCHAR[],
    place VARCHAR,
    resolved_place VARCHAR,
    geonameid BIGINT,
    lat DOUBLE,
    lon DOUBLE,
    country_code VARCHAR,
    admin1 VARCHAR,
    feature_code VARCHAR,
    loc_resolution VARCHAR,
    url VARCHAR,
    title VARCHAR,
    publication VARCHAR,
    coded_date VARCHAR,
    record JSON
);
CREATE TABLE event_actors (
    event_id VARCHAR NOT NULL,
    coder VARCHAR NOT NULL,
    doc_id VARCHAR NOT NULL,
    current BOOLEAN NOT NULL DEFAULT TRUE,
    date DATE,
    event VARCHAR,
    cameo VARCHAR,
    quad_code TINYINT,
    goldstein DOUBLE,
    modality VARCHAR,
    side VARCHAR NOT NULL,              -- actor | recipient
    position SMALLINT,
    code VARCHAR,
    sector VARCHAR,
    cameo_code VARCHAR,
    country VARCHAR,
    entity_text VARCHAR,
    start_char INTEGER,
    end_char INTEGER
);
CREATE TABLE failures (
    failure_key VARCHAR PRIMARY KEY,    -- digest of source, line, stage, reason: a rerun adds no copy
    run_id INTEGER,
    doc_id VARCHAR,
    source VARCHAR NOT NULL,
    line INTEGER,
    stage VARCHAR NOT NULL,             -- read | parse | code
    reason VARCHAR NOT NULL,
    recorded_at TIMESTAMP NOT NULL
);
"""

_V2 = """
CREATE VIEW current_events AS SELECT * FROM events WHERE current;
CREATE VIEW dyads AS
    SELECT a.event_id, a.coder, a.doc_id, a.date, a.event, a.cameo, a.quad_code, a.goldstein, a.modality,
           a.code AS actor, a.sector AS actor_sector, r.code AS recipient, r.sector AS recipient_sector
    FROM event_actors a JOIN event_actors r ON a.event_id = r.event_id AND a.coder = r.coder
    WHERE a.side = 'actor' AND r.side = 'recipient' AND a.current AND r.current;
CREATE VIEW article_copies AS
    SELECT coalesce(duplicate_of, doc_id) AS canonical, count(*) AS num_articles,
           count(DISTINCT nullif(publication, '')) AS num_sources,
           list(DISTINCT publication ORDER BY publication) FILTER (WHERE publication <> '') AS publications
    FROM articles WHERE status IN ('coded', 'duplicate') GROUP BY ALL;
"""

#: (version, SQL) in order. The schema version of a store is the last one applied.
MIGRATIONS: tuple[tuple[int, str], ...] = ((1, _V1), (2, _V2))
SCHEMA_VERSION = MIGRATIONS[-1][0]


def migrate(con: Any) -> int:
    """Bring the store at ``con`` up to :data:`SCHEMA_VERSION`; the version it is at after."""
    con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL)")
    row = next(iter(con.execute("SELECT max(version) FROM schema_version").fetchall()), None)
    current = int(row[0] or 0) if row else 0
    if current > SCHEMA_VERSION:
        raise StoreError(
            f"the store is at schema version {current}, newer than this sanderling ({SCHEMA_VERSION})",
            "upgrade sanderling, or use another --db file",
        )
    for version, sql in MIGRATIONS:
        if version <= current:
            continue
        log.info("migrating the store to schema version %d", version)
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(sql)
            con.execute("INSERT INTO schema_version VALUES (?, now())", [version])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        current = version
    return current
