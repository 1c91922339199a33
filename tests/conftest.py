"""Fixtures shared by the whole test suite."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.pages import PageServer


@pytest.fixture
def pages_server() -> Iterator[PageServer]:
    """A real HTTP server on 127.0.0.1; register pages with `add`/`route`, link with `url`."""
    with PageServer() as server:
        yield server
