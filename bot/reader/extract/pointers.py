"""Lines that point somewhere else instead of telling anything: the site's, in any language.

A page's foot holds its social accounts ("เฟซบุ๊ก https://fb.me/prachatai", "LINE ไอดี = @prachatai"),
its donation box ("โอนเงิน PayPal คลิกที่นี่ https://paypal.me/prachatai", a PromptPay account
number), its press office's phone line, a "cite this page" line ("In: Legal Tribune Online, 20.10.2025, https://… (abgerufen am:
…)") and the blog's source credit ("[via Buzzfeed]"). Read as sentences they became summary lines
and key quotes (a Thai news page's summary ended on its PayPal line). The words around the link
are in the page's language, which word lists cannot all know; the link itself, a payment
service's name and an account number are the same in every language, so the rules look at those.
"""

from __future__ import annotations

import re

from bot.reader.article import is_table_row
from bot.reader.text.language import words

_LINK = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[a-z]{2,})+/\S*|(?<![\w.@])@\w{2,}")
"""A written-out address (with or without its scheme: "paypal.me/prachatai") or a social handle
("@prachatai"; not the "@" inside an e-mail address)."""
LINK_LABEL_WORDS = 3
"""Words beside a link in a line that only labels it ("Facebook", "LINE ไอดี =", "Mehr unter")."""
POINTER_MAX_WORDS = 40
"""Words of the longest line read as a donation box or a citation line; longer ones are prose."""
_PAYMENT = re.compile(
    r"\b(?:paypal|promptpay|patreon|ko-fi|venmo|buymeacoffee|buy me a coffee|liberapay|gofundme|tipeee|flattr|"
    r"steadyhq|opencollective)\b",
    re.IGNORECASE,
)
_ACCOUNT_NUMBER = re.compile(r"(?<!\d)\d{8,}(?!\d)")
"""An account or phone number to send money to: eight digits or more in one run (no year, no price)."""
_RETRIEVED = re.compile(
    r"\b(?:abgerufen am|accessed(?: on)?|retrieved(?: on)?|consulté le|consultado el|consultato il)\b",
    re.IGNORECASE,
)
_SOURCE_CREDIT = re.compile(r"^\s*[\[(]\s*(?:via|h/t|hat tip|source|quelle|source ?:)\b[^\[\]()]{1,40}[\])]\s*$",
                            re.IGNORECASE)
"""A blog's credit to where it found the story, in brackets: "[via Buzzfeed]", "(h/t Gawker)"."""
_CONTACT_LINE = re.compile(
    r"^\W*(?:tel|tel\.|telefon|telephone|téléphone|teléfono|phone|fax|telefax|mobil|mobile|handy|móvil|portable)"
    r"\s*[.:]?\s*\+?[\d(][\d\s()/.-]{5,}\d\W*$",
    re.IGNORECASE,
)
"""A contact box's phone line ("Telefon +49 (0)40 / 49 07 11 06", "Tel.: 030 1234567"): a number
to call the site or its press office, set after a press release; only the label and the number."""
_PROSE_END = re.compile(r"[.!?][\"”’»)]?$")
"""A sentence's end: "PayPal paid 12345678 users." is the story's, a donation box never ends so."""


def points_elsewhere(text: str) -> bool:
    """Whether a line is a link with a label, a call to pay or donate, a citation of the page, a
    source credit or a phone line, rather than text of the story."""
    if _SOURCE_CREDIT.match(text) or _CONTACT_LINE.match(text):
        return True
    if is_table_row(text):
        return False
    links = _LINK.findall(text)
    if not links and not _ACCOUNT_NUMBER.search(text):
        return False
    count = len(words(text))
    if count > POINTER_MAX_WORDS:
        return False
    if links and len(words(_LINK.sub(" ", text))) <= LINK_LABEL_WORDS:
        return True
    if _PAYMENT.search(text) and not _PROSE_END.search(text.strip()):
        return True
    return bool(links) and _RETRIEVED.search(text) is not None
