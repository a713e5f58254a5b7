"""Fixtures of the project-level tests: a frozen clock for the rate limits."""

import pytest

from cms import ratelimits


@pytest.fixture
def frozen_clock(monkeypatch):
    """The rate limits' clock, 10 s into a window of 60 s (and of 900 s), moved by `.now`."""

    class Clock:
        now = 5_400_010.0

    clock = Clock()
    monkeypatch.setattr(ratelimits, "clock", lambda: clock.now)
    return clock
