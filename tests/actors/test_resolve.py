"""Every case of the mention table resolves to its exact codes and sectors."""

from __future__ import annotations

import pytest

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
