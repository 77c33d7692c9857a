from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def locator():
    from sanderling.geo import default_locator

    return default_locator()
