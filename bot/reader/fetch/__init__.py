"""Downloading a link safely: the address policy, the HTTP loop with its limits, and charsets."""

from bot.reader.fetch.address import check_url, is_public_address
from bot.reader.fetch.charset import decode_body
from bot.reader.fetch.http import (
    ARTICLE_TYPES, NOT_MODIFIED, PAGE_TYPES, PDF_TYPE, TEXT_TYPES, FetchLimits, Page, fetch_page, media_type, prepare,
)

__all__ = [
    "ARTICLE_TYPES",
    "NOT_MODIFIED",
    "PAGE_TYPES",
    "PDF_TYPE",
    "TEXT_TYPES",
    "FetchLimits",
    "Page",
    "check_url",
    "decode_body",
    "fetch_page",
    "media_type",
    "is_public_address",
    "prepare",
]
