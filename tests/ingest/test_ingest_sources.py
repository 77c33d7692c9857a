"""Readers behind iter_sources: CSV, feeds, HTML, globs, dates, and bad files."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from sanderling.errors import InputError
from sanderling.ingest.fields import FieldMap
from sanderling.ingest.sources import Incoming, IngestOptions, count_inputs, iter_sources
from sanderling.records import Failure

RSS = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Harmattan Post</title><language>en</language>
<item><guid>hp-1</guid><title>Niger and Chad talk</title><link>https://example.org/hp-1</link>
<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Niger and Chad held talks on border security in Niamey on Monday.&lt;/p&gt;</description></item>
<item><guid>hp-2</guid><title>Empty</title><description></description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Savanna Wire</title>
<entry><id>sw-1</id><title>Ghana hosts summit</title><updated>2024-06-01T08:00:00Z</updated>
<link href="https://example.org/sw-1"/><content type="html">Ghana hosted a regional summit on trade in Accra.</content></entry>
</feed>"""

HTML = """<html lang="en"><head><title>Mali and Guinea sign deal</title>
<meta property="article:published_time" content="2025-04-03T10:00:00Z">
<meta property="og:url" content="https://example.org/mali-guinea"><meta property="og:site_name" content="Lakeside Dispatch">
</head><body><nav>Home | World | Sport</nav><article><h1>Mali and Guinea sign deal</h1>
<p>BAMAKO, Mali — Mali signed a transport agreement with Guinea on Thursday, officials said in a statement.</p>
<p>The accord covers the road corridor between Bamako and the port of Conakry for the next ten years.</p>
</article><footer>Copyright Lakeside Dispatch</footer></body></html>"""


def _read(*sources: str, **options: object) -> tuple[list[Incoming], list[Failure]]:
    items = list(iter_sources(list(sources), IngestOptions(**options)))  # type: ignore[arg-type]
    return [i for i in items if isinstance(i, Incoming)], [i for i in items if isinstance(i, Failure)]


def test_sources_csv_with_renamed_fields(tmp_path: Path) -> None:
    path = tmp_path / "archive.csv"
    path.write_text(
        'uid,published,body\nc1,2024-01-02,"Chad and Niger signed a pact, officials said."\nc2,2024-01-03,\n'
    )
    articles, failures = _read(str(path), fields=FieldMap.parse(("id=uid", "date=published", "text=body")))
    assert [(a.article.id, a.article.date, a.date_source) for a in articles] == [
        ("c1", dt.date(2024, 1, 2), "metadata")
    ]
    assert failures[0].line == 3 and "'body'" in failures[0].reason


def test_sources_csv_without_text_column_names_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "archive.csv"
    path.write_text("a,b\n1,2\n")
    _, failures = _read(str(path))
    assert len(failures) == 1 and "--field text=COLUMN" in failures[0].reason


def test_sources_field_spec_rejects_unknown_field() -> None:
    with pytest.raises(InputError, match="unknown article field 'body'"):
        FieldMap.parse(("body=text",))


def test_sources_rss_feed_entries(tmp_path: Path) -> None:
    path = tmp_path / "feed.rss"
    path.write_text(RSS)
    articles, failures = _read(str(path))
    (a,) = articles
    assert (
        a.article.id == "hp-1" and a.article.date == dt.date(2024, 3, 5) and a.article.publication == "Harmattan Post"
    )
    assert a.article.text == "Niger and Chad held talks on border security in Niamey on Monday."
    assert failures[0].line == 2 and "no text" in failures[0].reason


def test_sources_atom_feed_entry(tmp_path: Path) -> None:
    path = tmp_path / "feed.atom"
    path.write_text(ATOM)
    (a,), failures = _read(str(path))
    assert not failures
    assert a.article.url == "https://example.org/sw-1" and a.article.date == dt.date(2024, 6, 1)


def test_sources_html_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML)
    (a,), _ = _read(str(path))
    assert a.article.text.startswith("BAMAKO, Mali — Mali signed a transport agreement")
    assert "Copyright" not in a.article.text and "Home" not in a.article.text
    assert (a.article.title, a.article.date, a.date_source) == (
        "Mali and Guinea sign deal",
        dt.date(2025, 4, 3),
        "metadata",
    )
    assert a.article.publication == "Lakeside Dispatch"


def test_sources_directory_glob_filter(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("Chad and Niger signed a pact.")
    (tmp_path / "b.md").write_text("Ghana and Togo held talks.")
    articles, failures = _read(str(tmp_path), globs=("*.txt",))
    assert [a.article.id for a in articles] == ["sub/a.txt"] and not failures
    assert count_inputs([str(tmp_path)], IngestOptions(globs=("*.txt",))) == 1


def test_sources_date_from_dateline_then_file_time(tmp_path: Path) -> None:
    dated = tmp_path / "dated.txt"
    dated.write_text("NIAMEY, Niger, March 3, 2025 — Niger closed its border with Benin.")
    undated = tmp_path / "undated.txt"
    undated.write_text("Niger closed its border with Benin.")
    os.utime(undated, (1_700_000_000, 1_700_000_000))
    articles, _ = _read(str(tmp_path))
    by_id = {a.article.id: a for a in articles}
    assert (by_id["dated.txt"].article.date, by_id["dated.txt"].date_source) == (dt.date(2025, 3, 3), "dateline")
    assert by_id["undated.txt"].date_source == "file_time"
    assert by_id["undated.txt"].article.date == dt.date.fromtimestamp(1_700_000_000)


def test_sources_bad_files_each_become_a_failure(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Ghana and Togo held talks on trade.")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "latin1.txt").write_bytes("Le Tchad a signé un accord.".encode("latin-1"))
    (tmp_path / "huge.txt").write_bytes(b"Chad signed a pact. " * 550_000)
    (tmp_path / "lines.jsonl").write_text('{"id": "j1", "text": "Mali and Niger held talks."}\n{"id": "j2", "text": \n')
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    articles, failures = _read(str(tmp_path))
    assert sorted(a.article.id for a in articles) == ["good.txt", "j1"]
    reasons = {Path(f.source).name + (f":{f.line}" if f.line else ""): f.reason for f in failures}
    assert "empty" in reasons["empty.txt"]
    assert "binary" in reasons["binary.txt"]
    assert "invalid UTF-8" in reasons["latin1.txt:1"]
    assert "over the" in reasons["huge.txt"]
    assert "not valid JSON" in reasons["lines.jsonl:2"]
    assert "unknown file type" in reasons["photo.jpg"]
    assert len(failures) == 6


def test_sources_missing_path_is_a_failure() -> None:
    _, failures = _read("/no/such/dir")
    assert failures[0].reason.startswith("no such file")
