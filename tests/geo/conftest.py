from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def locator():
    from sanderling.geo import default_locator

    return default_locator()


@pytest.fixture(scope="session")
def states():
    from sanderling.actors import actor_dictionary

    return actor_dictionary().states


@pytest.fixture(scope="session")
def parser():
    """The parser alone: these tests build events at given triggers, not with the coder."""
    from sanderling.nlp import Parser

    return Parser()
