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
