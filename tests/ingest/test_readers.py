import datetime as dt
import json

from sanderling.ingest import read_sources
from sanderling.records import Article, Failure


def _split(items):
    items = list(items)
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Failure)]


def test_readers_read_a_text_file_with_the_given_date(tmp_path):
    f = tmp_path / "report.txt"
    f.write_text("Mali expelled the French ambassador.", encoding="utf-8")
    articles, failures = _split(read_sources([str(f)], dt.date(2022, 1, 31)))
    assert failures == []
    assert articles[0].id == "report.txt" and articles[0].date == dt.date(2022, 1, 31)


def test_readers_record_bad_files_and_keep_the_good_ones(tmp_path):
    (tmp_path / "good.txt").write_text("Niger recalled its ambassador.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "latin1.txt").write_bytes("first line\nCaf\xe9 in Bamako".encode("latin-1"))
    articles, failures = _split(read_sources([str(tmp_path)]))
    assert [a.id for a in articles] == ["good.txt"]
    reasons = {f.source.rsplit("/", 1)[-1]: (f.line, f.reason) for f in failures}
    assert "empty" in reasons["empty.txt"][1]
    assert "binary" in reasons["binary.txt"][1]
    assert reasons["latin1.txt"][0] == 2 and "UTF-8" in reasons["latin1.txt"][1]


def test_readers_report_each_bad_jsonl_line_by_number(tmp_path):
    f = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "Chad expelled French troops.", "date": "2024-12-01"}),
        "{not json",
        json.dumps({"id": "c", "title": "no text"}),
        json.dumps({"id": "d", "text": "Kenya hosted talks.", "date": "01/02/2024"}),
        json.dumps({"id": "e", "text": "Ghana praised Senegal."}),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, failures = _split(read_sources([str(f)], dt.date(2024, 5, 5)))
    assert [a.id for a in articles] == ["a", "e"]
    assert articles[0].date == dt.date(2024, 12, 1) and articles[1].date == dt.date(2024, 5, 5)
    assert [(f.line, f.stage) for f in failures] == [(2, "read"), (3, "read"), (4, "read")]
    assert "JSON" in failures[0].reason and "'text'" in failures[1].reason and "YYYY-MM-DD" in failures[2].reason


def test_readers_name_a_missing_path(tmp_path):
    _, failures = _split(read_sources([str(tmp_path / "nope.txt")]))
    assert "no such file" in failures[0].reason


def test_readers_skip_a_folders_documentation_in_directory_walks(tmp_path):
    (tmp_path / "story.txt").write_text("Ghana recalled its ambassador.", encoding="utf-8")
    (tmp_path / "README.md").write_text("# My corpus\nThis folder holds stories.", encoding="utf-8")
    (tmp_path / "LICENSE").write_text("All rights reserved.", encoding="utf-8")
    articles, failures = _split(read_sources([str(tmp_path)]))
    assert [a.id for a in articles] == ["story.txt"] and failures == []
    # named explicitly, a Markdown file is still read
    articles, _ = _split(read_sources([str(tmp_path / "README.md")]))
    assert len(articles) == 1


def test_readers_read_every_kind_of_source_ingest_reads(tmp_path):
    f = tmp_path / "archive.csv"
    f.write_text('id,text,date\nn1,"Niger expelled the French ambassador.",2023-08-25\n', encoding="utf-8")
    articles, failures = _split(read_sources([str(f)]))
    assert failures == [] and [(a.id, a.date) for a in articles] == [("n1", dt.date(2023, 8, 25))]


def test_readers_never_take_a_files_modification_time_for_its_date(tmp_path):
    f = tmp_path / "report.txt"
    f.write_text("Mali expelled the French ambassador.", encoding="utf-8")
    [article] = list(read_sources([str(f)]))
    assert isinstance(article, Article) and article.date is None
