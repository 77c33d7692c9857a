from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed" / "sahel-moscow-visit.txt"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def pipeline():
    from sanderling.pipeline import default_pipeline

    return default_pipeline()


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip(f"the founding article is not at {SEED} (../shared is only beside CI and dev checkouts)")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def corpus_small() -> Path:
    """Ten hand-written reports: one near copy (fx-007 of fx-001), one in French (fx-008)."""
    return DATA / "corpus_small.jsonl"


@pytest.fixture(scope="session")
def sentences() -> list[str]:
    return (DATA / "sentences_small.txt").read_text().splitlines()


@pytest.fixture(scope="session")
def states():
    from sanderling.actors import actor_dictionary

    return actor_dictionary().states


@pytest.fixture(scope="session")
def parser():
    """The parser alone: the geo and date tests build events at given triggers, not with the coder."""
    from sanderling.nlp import Parser

    return Parser()
