"""State that lives as long as the bot stays bounded however many users and words it meets."""

from __future__ import annotations

from bot.conversation import ratelimit
from bot.conversation.ratelimit import RateLimit
from bot.reader.text import language
from bot.reader.text.language import language_for


def test_the_rate_limit_forgets_users_idle_for_a_whole_window() -> None:
    limit = RateLimit(per_minute=3, window=0.0)
    for user in range(ratelimit.MAX_TRACKED_USERS * 3):
        assert limit.allow(user)
    assert len(limit._hits) <= ratelimit.MAX_TRACKED_USERS + 1


def test_the_rate_limit_still_counts_active_users() -> None:
    limit = RateLimit(per_minute=2)
    assert limit.allow(1) and limit.allow(1)
    assert not limit.allow(1)


def test_the_stem_cache_stays_bounded() -> None:
    english = language_for("en")
    for n in range(language.MAX_CACHED_STEMS + 500):
        english.stem(f"word{n}ing")
    assert len(english._stems) <= language.MAX_CACHED_STEMS
    assert english.stem("gardening") == "garden"
