"""The per-user link limit remembers what each user asked for during the last minute."""

from __future__ import annotations

import pytest

from bot.conversation import ratelimit
from bot.conversation.ratelimit import RateLimit
from tests.support.clock import Clock


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    clock = Clock()
    monkeypatch.setattr(ratelimit.time, "monotonic", clock)
    return clock


def test_the_eleventh_link_in_a_minute_is_refused_until_the_first_is_a_minute_old(clock: Clock) -> None:
    limit = RateLimit(per_minute=10)
    for second in range(10):
        clock.now = 1000.0 + second
        assert limit.allow(7), f"link {second + 1} of 10 is allowed"
    clock.now = 1059.0
    assert not limit.allow(7), "the 11th link within a minute is refused"
    clock.now = 1060.0
    assert limit.allow(7), "a minute after the first link, one more fits"
    assert not limit.allow(7)


def test_users_are_counted_apart(clock: Clock) -> None:
    limit = RateLimit(per_minute=2)
    assert limit.allow(1) and limit.allow(1)
    assert not limit.allow(1)
    assert limit.allow(2) and limit.allow(2)


def test_a_message_with_more_links_than_fit_is_refused_whole_and_not_counted(clock: Clock) -> None:
    limit = RateLimit(per_minute=5)
    assert limit.allow(1, cost=3)
    assert not limit.allow(1, cost=3), "3 more links would make 6"
    assert limit.allow(1, cost=2), "the refused links were not counted"
    assert not limit.allow(1)
