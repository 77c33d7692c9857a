from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(scope="session")
def corpus_small() -> Path:
    """Ten hand-written reports: one near copy (fx-007 of fx-001), one in French (fx-008)."""
    return DATA / "corpus_small.jsonl"


@pytest.fixture(scope="session")
def sentences() -> list[str]:
    return (DATA / "sentences_small.txt").read_text().splitlines()
