"""Where a forwarding page sends its reader, read from its <meta http-equiv="refresh">."""

from __future__ import annotations

import pytest

from bot.reader.fetch.refresh import refresh_target

HERE = "https://news.example.org/2024/story"


@pytest.mark.parametrize(("tag", "target"), [
    ('<meta http-equiv="refresh" content="0;url=/garden">', "https://news.example.org/garden"),
    ("<META HTTP-EQUIV=Refresh CONTENT=\"0; URL='https://x.org/p?a=1&amp;b=2'\">", "https://x.org/p?a=1&b=2"),
    ('<meta content="5; url=next.html" http-equiv="refresh">', "https://news.example.org/2024/next.html"),
    ('<noscript><meta http-equiv="refresh" content="0;URL=https://example.com/s"></noscript>', "https://example.com/s"),
    ('<meta http-equiv="refresh" content="0, https://example.com/s">', "https://example.com/s"),
])
def test_a_forward_names_the_page_a_browser_opens(tag: str, target: str) -> None:
    assert refresh_target(f"<html><head>{tag}</head><body>Redirecting…</body></html>".encode(), HERE) == target


@pytest.mark.parametrize("tag", [
    '<meta http-equiv="refresh" content="300">',
    '<meta http-equiv="refresh" content="600; url=/other">',
    '<meta http-equiv="refresh" content="0; url=/2024/story#top">',
    '<meta http-equiv="refresh" content="0; url=javascript:alert(1)">',
    '<meta http-equiv="refresh" content="0; url=file:///etc/passwd">',
    '<meta name="description" content="0; url=/other">',
])
def test_a_reload_a_long_wait_or_no_web_address_is_no_forward(tag: str) -> None:
    assert refresh_target(f"<html><head>{tag}</head></html>".encode(), HERE) is None
