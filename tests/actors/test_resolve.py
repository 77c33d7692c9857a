"""Every case of the mention table resolves to its exact codes and sectors."""

from __future__ import annotations

import datetime as dt

import pytest

from sanderling.records import Article

from .mention_cases import MentionCase, load_cases, resolve_case

CASES = load_cases()


def test_resolve_table_is_large_and_varied() -> None:
    assert len(CASES) >= 300
    kinds = {c.kind for c in CASES}
    assert {"state", "demonym", "capital", "office", "igo", "sector", "compound", "anaphora"} <= kinds


@pytest.mark.model
@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_resolve_mention_to_code_and_sector(pipeline, case: MentionCase) -> None:
    got, head = resolve_case(pipeline, case)
    assert got == list(case.expected), f"{case.mention!r} (head {head!r}) in {case.sentence!r}"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group described as not local takes no country from the dateline or the place
        ("MOSCOW, Russia — Western governments have warned Bamako against hiring private contractors.", set()),
        ("BAMAKO, Mali — Foreign fighters attacked an army post near Gao.", {("INS", "INS")}),
        # an undescribed one does
        ("BAMAKO, Mali — Gunmen attacked an army post near Gao.", {("MLI", "UAF")}),
    ],
)
def test_resolve_non_local_groups_take_no_country_from_context(pipeline, text, expected):
    events = pipeline.code_article(Article(id="t", text=text, date=dt.date(2022, 3, 1)))
    assert events
    assert {(a.code, a.sector) for a in events[0].actor} == expected
