"""What a page with no article to read holds instead: a video, a sound clip or another site's embed.

A page whose story is a video ("Watch: storm hits the harbour"), a podcast episode or a chart or
map from another site has a headline and a player, and no text: refused as "no article (it may be
a paywall, a cookie wall…)", the person was left guessing. Asked only of a page already refused
as no article, so a story with a video beside its text is read as before.

A player is told by its element (`<video>`, `<audio>`), by the page declaring itself a video
(`og:type` "video.…"), or by a frame or embed whose address is a known player or embed service
(`_PLAYERS`, `_AUDIO`, `_EMBEDS`) or names itself one ("/embed/", "/player"). Other frames are
left out: an error page or a paywall carries advertising and tracking frames too, and calling
those "embedded content" would hide what the page is.
"""

from __future__ import annotations

import re
from enum import Enum

from lxml.html import HtmlElement


class Media(str, Enum):
    VIDEO = "video"
    AUDIO = "audio"
    EMBED = "embed"


_PLAYERS = re.compile(
    r"youtube(?:-nocookie)?\.com/|youtu\.be/|vimeo\.com/|dailymotion\.com/|dai\.ly/|brightcove|jwplayer|jwplatform|"
    r"twitch\.tv/|facebook\.com/plugins/video|tiktok\.com/embed|rumble\.com/embed|streamable\.com/|wistia|"
    r"kaltura|vidyard|ooyala|/video|\.mp4\b|\.m3u8\b|\.webm\b",
    re.IGNORECASE,
)
_AUDIO = re.compile(
    r"soundcloud\.com/|spotify\.com/|podcasts\.apple\.com/|anchor\.fm/|megaphone\.fm/|simplecast|libsyn|"
    r"buzzsprout|omny\.fm/|podbean|audioboom|/audio|\.mp3\b|\.m4a\b|\.ogg\b",
    re.IGNORECASE,
)
_EMBEDS = re.compile(
    r"datawrapper|flourish\.studio|infogram|tableau|arcgis|google\.com/maps|maps\.google|docs\.google\.com|"
    r"/embed\b|/embed/|/player\b|/player/|[./]player\.",
    re.IGNORECASE,
)
_FRAMES = "//iframe[not(ancestor::noscript)]/@src | //embed[not(ancestor::noscript)]/@src | //object/@data"


def media_kind(tree: HtmlElement) -> Media | None:
    """The kind of player the page holds, or None when it holds none worth naming."""
    declared = " ".join(tree.xpath("//meta[@property='og:type']/@content")).lower()
    if tree.xpath("//video[not(ancestor::noscript)]") or declared.startswith("video"):
        return Media.VIDEO
    if tree.xpath("//audio[not(ancestor::noscript)]"):
        return Media.AUDIO
    addresses = [str(address) for address in tree.xpath(_FRAMES)]
    for kind, pattern in ((Media.VIDEO, _PLAYERS), (Media.AUDIO, _AUDIO), (Media.EMBED, _EMBEDS)):
        if any(pattern.search(address) for address in addresses):
            return kind
    return None
