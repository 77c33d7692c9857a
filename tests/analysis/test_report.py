from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET

import duckdb
import pytest

from sanderling.analysis import DyadChart, Mark, Point, build_report, frame_from_events, render_html, svg, write_report
from sanderling.errors import AnalysisError

from .helpers import event, monthly

EVIL = "Mali said <script>alert('x')</script> & left"


def _con() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    events = monthly("2019-01-01", 24, "CONSULT", "AAA", "FFF") + monthly("2021-01-01", 24, "ACCUSE", "FFF", "AAA")
    events += [event("2022-03-03", "ASSAULT", "FFF", "AAA", text=EVIL)]
    frame_from_events(con, events)
    return con


def test_report_chart_is_svg_with_data_points_and_change_marks() -> None:
    chart = DyadChart(
        "A <b> B",
        (Point(dt.date(2020, 1, 1), 3, 0), Point(dt.date(2021, 6, 1), 0, 2)),
        dt.date(2020, 1, 1),
        dt.date(2022, 1, 1),
        (Mark(dt.date(2021, 1, 1), "away 2021-01", "away"),),
    )
    root = ET.fromstring(svg(chart))  # well-formed XML
    ns = "{http://www.w3.org/2000/svg}"
    assert len(root.findall(f"{ns}circle")) == 2
    assert len([e for e in root.iter(f"{ns}line") if e.get("class") == "change"]) == 1
    assert root.findtext(f"{ns}title") == "A <b> B"  # escaped in the source, intact once parsed


def test_report_renders_escaped_self_contained_html(tmp_path) -> None:
    report = build_report(_con(), "dyads", "AAA")
    assert [(s.partner, s.direction) for s in report.shifts] == [("FFF", "away")]
    html = render_html(report)
    assert "<script" not in html and "&lt;script&gt;" in html
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)  # no external asset
    assert html.count("<svg") == len(report.charts) >= 1
    assert 'class="point"' in html and 'class="change"' in html
    written = write_report(report, tmp_path / "r.html", svg_dir=tmp_path / "svg")
    assert [p.name for p in written] == ["r.html", "AAA-FFF.svg"]
    assert ET.parse(written[1]).getroot().tag.endswith("svg")


def test_report_png_without_matplotlib_names_the_fix(tmp_path) -> None:
    pytest.importorskip("duckdb")
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        report = build_report(_con(), "dyads", "AAA")
        with pytest.raises(AnalysisError, match="pip install matplotlib"):
            write_report(report, tmp_path / "r.html", png_dir=tmp_path / "png")
    else:
        report = build_report(_con(), "dyads", "AAA")
        written = write_report(report, tmp_path / "r.html", png_dir=tmp_path / "png")
        assert written[1].read_bytes()[:4] == b"\x89PNG" and written[1].stat().st_size > 1000


def test_report_with_organisations_expanded_reads_the_connection_to_the_end() -> None:
    # a regression: an unfinished DuckDB result blocked the membership table of the expansion
    from sanderling.analysis import ReportOptions, Scope

    con = duckdb.connect()
    events = monthly("2021-01-01", 12, "AID", "RUS", "IGOWAFAES") + monthly("2021-01-01", 12, "CONSULT", "MLI", "RUS")
    frame_from_events(con, events)
    report = build_report(con, "dyads", "MLI", ReportOptions(scope=Scope(expand_organisations=True)))
    assert report is not None
