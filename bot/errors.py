"""Every failure a user of the bot can meet, each with the one message they see.

Low-level errors (sockets, HTTP, parsers) are mapped to these classes at the boundary where they
happen, so the chat layer and the command line only ever print the message (`message_for`).
Two families: `ReaderError`, something about a link or text stops us reading it, and
`FeedError`, a feed command that cannot be carried out.

The messages are written in English; `str(error)` says them in the chat's language
(`bot.translation`), with their {fields} filled in after the translation.
"""

from __future__ import annotations

from bot.translation import number, say


class UserError(Exception):
    """Base class: a failure the user caused or can act on, with the message that tells them."""

    message = "Sorry, I couldn't do that."

    def __init__(self, detail: str | None = None) -> None:
        super().__init__(detail or self.message)
        self.detail = detail

    def __str__(self) -> str:
        return say(self.message)


class ReaderError(UserError):
    """Something about this link or text stops us from reading it."""

    message = "Sorry, I couldn't read that."


class FeedError(UserError):
    """A feed command that cannot be carried out."""


class InvalidUrl(ReaderError):
    """The text looked like a link but is not a usable http(s) URL."""

    message = "That doesn't look like a web link I can open (only http:// and https:// links work)."


class BrokenLink(InvalidUrl):
    """An http(s) link whose address cannot be read: no host, a port out of range, stray brackets."""

    message = "That link looks broken (I can't read its address), so I couldn't open it. Check it and send it again?"


class MistypedLink(InvalidUrl):
    """A message that is one word typed as a link but names no address we can read
    ("htp:/broken-link", "www.example"): said back as it was read, so the person sees the typo
    instead of being asked for a link they think they sent."""

    message = ("That looks like a link, but a broken one: I read “{text}”, which names no site I can open. "
               "Check it and send the whole link, starting with https://.")
    SHOWN_CHARACTERS = 80

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text if len(text) <= self.SHOWN_CHARACTERS else text[:self.SHOWN_CHARACTERS - 1] + "…"

    def __str__(self) -> str:
        return say(self.message, text=self.text)


class LinkWithLogin(InvalidUrl):
    """An http(s) link carrying a user name or password (`user:pass@host`): we never send those on."""

    message = ("That link has a user name or password in it (the part before @). I don't send logins to "
               "sites: send the link without it.")


class BadRedirect(ReaderError):
    """The site forwarded us to a link we cannot open: file://, ftp://, a script or a broken address."""

    message = ("That link forwards me to an address I can't open (not a plain http:// or https:// link), "
               "so I stopped there.")


class BlockedAddress(ReaderError):
    """The link points at a private, loopback or otherwise internal address."""

    message = "I can't open that link: it points to a private or internal network address."


class DeadLink(ReaderError):
    """The server answered, but with an error status (404, 410, 500...), or with a redirect that
    names no address to go on to (300, or a 302 without a Location). A 451 is no dead link: the page
    is there, withheld where the bot runs (many American local papers answer readers in Europe so)."""

    message = "That link seems to be dead: the site answered with error {status}."
    not_found = "That page doesn't exist (the site says 404 Not Found). Check the link?"
    refused = "The site refused to show me that page (it needs a login or blocks bots)."
    rate_limited = "The site is rate-limiting me right now. Please try again in a few minutes."
    server_trouble = "The site is having trouble right now (error {status}). Please try again later."
    withheld = ("That site won't show this page in the country I read from (error 451, unavailable for legal "
                "reasons), so I couldn't read it.")
    nowhere = ("That link sends me on elsewhere but doesn't say where (the site answered {status}), "
               "so I couldn't open it.")

    def __init__(self, status: int) -> None:
        super().__init__(f"HTTP {status}")
        self.status = status

    def __str__(self) -> str:
        if self.status == 404:
            return say(self.not_found)
        if self.status in (401, 403):
            return say(self.refused)
        if self.status == 429:
            return say(self.rate_limited)
        if self.status == 451:
            return say(self.withheld)
        if self.status >= 500:
            return say(self.server_trouble, status=self.status)
        if self.status < 400:
            return say(self.nowhere, status=self.status)
        return say(self.message, status=self.status)


class Unreachable(ReaderError):
    """DNS failed, the connection was refused or dropped."""

    message = "I couldn't reach that site. Is the link right, and is the site up?"


class BrokenResponse(ReaderError):
    """The site answered, but not in proper HTTP: garbled or oversized headers, a body cut or
    mis-chunked, a compressed body that does not inflate."""

    message = ("That site sent back a broken answer (not a proper web page response), so I couldn't read "
               "the page. Please try again later.")


class InsecureSite(ReaderError):
    """The https site's certificate does not check out: expired, self-signed or for another name."""

    message = ("I couldn't open that site securely: its security certificate isn't valid (expired, or "
               "made out to another site), so I didn't read it.")


class TooSlow(ReaderError):
    """The server took longer than our time limit to send the page."""

    message = "The site took too long to answer, so I gave up. Please try again later."


class TooManyRedirects(ReaderError):
    """The link redirects in circles or too many times."""

    message = "That link redirects too many times (maybe in a loop), so I stopped following it."


class TooLarge(ReaderError):
    """The page (after decompression) is bigger than we are willing to read."""

    message = "That page is too large for me to read."


class NotAPage(ReaderError):
    """A link, file or pasted text that is a PDF, an image, a video or other non-text content."""

    message = "That isn't a web page (it's {kind}), so I can't summarize it."

    def __init__(self, content_type: str) -> None:
        super().__init__(content_type)
        self.content_type = content_type

    @property
    def kind(self) -> str:
        """The media type without its parameters, as the message names it."""
        return self.content_type.split(";")[0].strip() or "unknown"

    def __str__(self) -> str:
        return say(self.message, kind=self.kind)


class NotATextFile(NotAPage):
    """A file (sent in the chat or named on the command line) whose bytes are not text: a zip or an
    image renamed .txt, binary data. It was never a web page, so it is not called one."""

    message = "That file isn't text I can read (it's {kind}). I can read PDF, HTML and plain-text (.txt) files."


class NoItemLink(ReaderError):
    """A feed item with no web address to read: none at all, or a "javascript:" or "file:" one."""

    message = "That item has no web link I can open, so I couldn't read it."


class FeedFile(ReaderError):
    """A file that is a news feed (RSS or Atom): a list of articles, which is followed by its
    address, not read as one article."""

    message = ("That file is a news feed (RSS or Atom), a list of articles rather than one. To get its "
               "new articles here, send /feed add with the feed's link.")


class FeedLink(NotAPage):
    """The link is a news feed (RSS or Atom), a list of articles rather than one."""

    message = ("That link is a news feed (RSS or Atom), a list of articles rather than one. Send "
               "/feed add with the link to get its new articles here, or send me one article's link.")

    def __str__(self) -> str:
        return say(self.message)


class TooLongToRead(ReaderError):
    """Reading the page ran past the deadline, so its worker process was stopped and replaced."""

    message = ("That page took too long to read, so I stopped. It may be unusually long or oddly built; "
               "other links still work.")


class ScannedPdf(ReaderError):
    """A PDF with no text layer: scanned pages or pictures of text."""

    message = ("This PDF has no text I can read (it may be a scan or made of pictures), "
               "so I can't summarize it.")


class EncryptedPdf(ReaderError):
    """A PDF locked with a password."""

    message = "That PDF is locked with a password, so I can't read it. Send an unlocked copy?"


class DamagedPdf(ReaderError):
    """A file that says it is a PDF but that the PDF reader cannot open."""

    message = "I couldn't open that PDF: the file seems damaged or isn't a real PDF."


class PdfTooLong(ReaderError):
    """A PDF with more pages than we read: a book, a data dump or a page-count bomb."""

    message = "That PDF has {pages} pages; I read documents of up to {limit} pages."

    def __init__(self, pages: int, limit: int) -> None:
        super().__init__(f"{pages} pages")
        self.pages = pages
        self.limit = limit

    def __str__(self) -> str:
        return say(self.message, pages=number(self.pages), limit=number(self.limit))


class FileTooLarge(ReaderError):
    """A document sent in the chat larger than a bot may download, or a file on this machine larger
    than a page may be (`FETCH_MAX_BYTES`)."""

    message = "That file is too large: I can read documents of up to {megabytes} MB."

    def __init__(self, limit: int) -> None:
        super().__init__(f"limit {limit} bytes")
        self.limit = limit

    def __str__(self) -> str:
        return say(self.message, megabytes=number(self.limit / 1_000_000))


class UnreadableFile(ReaderError):
    """A file on this machine named on the command line or in the terminal chat that cannot be opened."""

    message = "I couldn't open that file. Check that it exists and that you may read it."


class UnsupportedDocument(ReaderError):
    """A document sent in the chat that is not a PDF, HTML or plain-text file."""

    message = "I can read PDF, HTML and plain-text (.txt) files. Send one of those, or a link."


class NoAnswersInLanguage(ReaderError):
    """A question about an article in Chinese or Japanese, whose words are not split apart here:
    answers are found by matching words, so "the article doesn't say" would be untrue (it may well
    say), and "send me a link" would take a question for no question. Summaries still work."""

    message = ("This article is in Chinese, which I can summarize but can't answer questions about yet: I find "
               "answers by matching words, and I can't tell Chinese words apart.")
    japanese = ("This article is in Japanese, which I can summarize but can't answer questions about yet: I find "
                "answers by matching words, and I can't tell Japanese words apart.")

    def __init__(self, language: str) -> None:
        super().__init__(language)
        self.language = language

    def __str__(self) -> str:
        return say(self.japanese if self.language == "ja" else self.message)


class QuestionInAnotherScript(ReaderError):
    """A question written wholly in another alphabet than the article (an English question about an
    Arabic story): no word of it can be matched, so "the article doesn't say" would be untrue."""

    message = ("Your question is written in a different alphabet from the article's: I find answers by "
               "matching the article's own words, so please ask me in the article's language.")


class NothingToRead(UserError):
    """A sticker, photo, voice note, location or poll in a private chat: no words, no file we read."""

    message = ("I read only words: send me a link to an article, paste its text, or send a PDF, HTML "
               "or .txt file. Then ask me about it.")


class UnsupportedEncoding(ReaderError):
    """The server compressed the page in a format we did not ask for (brotli, zstd...)."""

    message = "That site sent the page in a compressed format I can't read, so I couldn't open it."


class NotAnArticle(ReaderError):
    """The page has no article worth summarizing: an error page, a paywall stub, a list of links."""

    message = "I couldn't find an article on that page (it may be a paywall, a cookie wall, an index page or an error page)."


class ListOfStories(NotAnArticle):
    """A site's front page or a section's index: other stories' teasers, not one article. Said
    plainly, so the user knows to send one story's link rather than wonder about a paywall."""

    message = ("That page is a list of stories (a site's front page or an index), not one article: "
               "send me the link of the story you'd like me to read.")


class MediaOnly(NotAnArticle):
    """A page whose story is a video, a sound clip or another site's embed (a chart, a map), with no
    text beside it: said plainly, so the person knows there is nothing to read rather than a wall."""

    message = ("That page holds embedded content from another site (a player, a chart or a map) and no "
               "text to read, so there's nothing for me to summarize.")
    video = "That page is a video with no text to read (no article or transcript), so I can't summarize it."
    audio = ("That page is a sound clip (a podcast or a recording) with no text to read (no article or "
             "transcript), so I can't summarize it.")

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind

    def __str__(self) -> str:
        return say({"video": self.video, "audio": self.audio}.get(self.kind, self.message))


class EmptyPage(NotAnArticle):
    """The site answered with nothing, or only white space: not a page that hides its article."""

    message = "That page is empty: the site sent nothing to read."


class EmptyFile(NotAnArticle):
    """A file of no bytes, or only white space."""

    message = "That file is empty: there is nothing in it to read."


class NoSentences(NotAnArticle):
    """Plenty of text but no sentence ends in it (no full stops): nothing to pick sentences from."""

    message = ("I couldn't tell the sentences apart in that text (it has almost no full stops), "
               "so I can't summarize it.")


class ProgramCode(NotAnArticle):
    """Pasted program code or an error log (a stack trace): lines of code, not an article's sentences."""

    message = ("That looks like program code or an error log, not an article, so I won't summarize it. "
               "Send me a link to an article, or paste an article's text.")


class EncodedText(NotAnArticle):
    """Pasted base64, hex or other encoded data: long runs of letters and digits, no words."""

    message = ("That doesn't look like text: it's long runs of letters and digits with no words (encoded "
               "data, perhaps), so I can't read it.")


ARCHIVES: tuple[tuple[str, str], ...] = (
    ("Wayback Machine", "https://web.archive.org/web/{url}"),
    ("archive.today", "https://archive.ph/newest/{url}"),
)
"""Public web archives that often hold a readable copy of a page; we only link to them."""


class PageBlocked(ReaderError):
    """The site answered, but with a stand-in for the article (see `bot.reader.extract.blocked`).

    The person is offered links to the page in public web archives: `url` is set by whoever knows
    the link they asked for, and `archive_links` are what a front end shows as buttons or text.
    """

    url: str | None = None
    archive_hint = "A web archive may have a copy."
    """Said only when there are archive links to offer (not for a local file or a feed address)."""

    @property
    def archive_links(self) -> list[tuple[str, str]]:
        return [(name, template.format(url=self.url)) for name, template in ARCHIVES] if self.url else []

    def __str__(self) -> str:
        return f"{say(self.message)} {say(self.archive_hint)}" if self.url else say(self.message)


class BotChallenge(PageBlocked):
    """The site showed a robot check (Cloudflare, DDoS-Guard, Akamai, DataDome...) instead of the page."""

    message = "That site asked me to prove I'm not a robot, so I couldn't read the page."


class Paywalled(PageBlocked):
    """The page is a paywall stub: a teaser, then a subscription or login box."""

    message = "That article is behind a paywall: I could only see the teaser, so I won't summarize it."
    archive_hint = "A web archive may have the full text."


class ScriptOnly(PageBlocked):
    """The page is an empty shell that a browser fills in with JavaScript."""

    message = "That page is built by JavaScript in the browser and sends me no text to read."
    archive_hint = "A web archive may have a readable copy."


class TextTooShort(ReaderError):
    """Pasted text is too short to summarize."""

    message = "That text is too short to summarize (I need a few full sentences). Send a link or paste a longer text."


class NotAFeed(FeedError):
    """The link is neither an RSS/Atom feed nor a page that announces one."""

    message = "I couldn't find a news feed (RSS or Atom) at that link. Try the site's feed link itself."


class FeedTooLarge(FeedError):
    """A feed built of so many elements that no whole entry at either end is within what we read."""

    message = "That feed is too large for me to read: its items are bigger than whole feeds usually are."


class TooManyFeeds(FeedError):
    """The chat already follows as many feeds as it may."""

    message = "This chat already follows {limit} feeds, the most it can. Remove one first."

    def __init__(self, limit: int) -> None:
        super().__init__(f"limit {limit}")
        self.limit = limit

    def __str__(self) -> str:
        return say(self.message, limit=self.limit)


class AlreadyFollowing(FeedError):
    """The chat already follows this feed."""

    message = "This chat already follows that feed."


class NoSuchFeed(FeedError):
    """A feed number that is not in the chat's list."""

    message = "There is no feed with that number here. See the list of feeds for the numbers."


class UnknownFeed(NoSuchFeed):
    """A feed named by a word that is neither a number in the chat's list nor a feed's address or
    title: said back, so the person sees what was not understood."""

    message = "I don't follow a feed called “{name}” here. /feed list shows the feeds I follow, with their numbers."
    SHOWN_CHARACTERS = 60

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name if len(name) <= self.SHOWN_CHARACTERS else name[:self.SHOWN_CHARACTERS - 1] + "…"

    def __str__(self) -> str:
        return say(self.message, name=self.name)


class BadDigestTime(FeedError):
    """A digest time that is not HH:MM, or a time zone we do not know."""

    message = "I couldn't read that time. Use 24-hour HH:MM, e.g. 08:30, and a time zone like Europe/Berlin."


class NotOpml(FeedError):
    """A file sent to import feeds from that is not an OPML feed list we can read."""

    message = ("I couldn't read that file as a feed list (OPML). Export it again from your feed reader "
               "and send the .opml file.")


class UnsafeOpml(FeedError):
    """An OPML file declaring XML entities or fetching external ones: an entity bomb, or worse."""

    message = ("I refused that file: it declares XML entities (which can hide an \"entity bomb\" or read "
               "other files). Feed lists don't need them; export it again from your feed reader.")


class OpmlTooLarge(FeedError):
    """An OPML file larger than any real feed list."""

    message = "That file is too large to be a feed list (the most I read is {kilobytes} KB)."

    def __init__(self, limit: int) -> None:
        super().__init__(f"limit {limit} bytes")
        self.limit = limit

    def __str__(self) -> str:
        return say(self.message, kilobytes=number(self.limit // 1000))


APOLOGY = "Sorry, something went wrong on my side while doing that. Please try again in a moment."


def message_for(error: BaseException) -> str:
    """The one message a user sees for any failure: ours say what happened, anything else apologises."""
    return str(error) if isinstance(error, UserError) else say(APOLOGY)


def plain_message(error: BaseException) -> str:
    """The message on one line for a front end without buttons, archive links written out."""
    links = error.archive_links if isinstance(error, PageBlocked) else []
    return " ".join([message_for(error), *(f"{name}: {url}" for name, url in links)])
