"""Fixtures for feed tests: a live local feed server and a requests session per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import requests
from support.feedserver import FeedServer

from research.feeds.fetch import new_session


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        yield running


@pytest.fixture
def session() -> Iterator[requests.Session]:
    with new_session() as opened:
        yield opened
