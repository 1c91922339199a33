"""The bot's fixed texts, in one place so their tone stays the same everywhere.

They are written here in English, as the attributes of `English`. `texts.WELCOME` and the others are
read through the module's `__getattr__`, which gives each in the language of the chat being answered
(`bot.translation`: the catalogs in bot/locale translate these very strings), so no caller passes a
language around. A text with {fields} is filled in after it is translated, so a translation may put
them where its grammar wants them.
"""

from bot.translation import say


class English:
    """Every fixed text of the bot as English has it: the msgids of the translations."""

    WELCOME = (
        "Hi! Send me a link to an article and I'll reply with a short summary and its key quotes.\n\n"
        "Then just ask me about it in plain words, like “who is …?” or “how many …?”, and I'll answer "
        "with the article's own sentences, or tell you when it doesn't say.\n\n"
        "You can also paste a long text, and I'll treat it as an article. /help lists everything."
    )
    HELP = (
        "How to use me:\n"
        "• Send a link (up to 3 per message): you get the TL;DR, a summary and the key quotes.\n"
        "• Paste a long text: I summarize it like an article.\n"
        "• Ask a question: I answer from the article you sent last. Reply to an older summary to ask "
        "about that one instead.\n\n"
        "Commands:\n"
        "/ask question – ask about the current article\n"
        "/length short|medium|long – how long summaries are\n"
        "/quotes on|off – show key quotes under summaries\n"
        "/forget – delete this chat's articles and settings\n"
        "/feed add URL [+word] [-word] – follow a news feed (or a site that has one)\n"
        "/feed list, /feed remove N, /feed filter N +word -word\n"
        "/feed digest HH:MM [Area/City] – one daily digest instead of a post per article; /feed digest off\n"
        "/feed export, /feed import – the feed list as an .opml file, and back\n"
        "/subscribe, /unsubscribe – in groups: summarize every link posted there\n"
        "/help – this message"
    )
    TERMINAL_HELP = ("On the terminal, type a file's path (a saved page, a PDF or a text file) to read it.\n"
                     "/quit – leave")
    TERMINAL_QUIT = "(Type /quit to leave.)"
    NO_ARTICLE_YET = (
        "I don't have an article for this chat yet. Send me a link (or paste a long text) first, "
        "then ask your question."
    )
    NOT_A_QUESTION = "Send me a link to an article, or ask me a question about the one I read last."
    NOT_A_QUESTION_YET = "Send me a link to an article and I'll summarize it; then ask me anything about it."
    ASK_USAGE = "Ask like this: /ask who is Sung Kim?"
    LENGTH_USAGE = "Choose one: /length short, /length medium or /length long."
    QUOTES_USAGE = "Choose one: /quotes on or /quotes off."
    TELEGRAM_ONLY = "That command works on Telegram only; /help lists what works here."
    UNKNOWN_COMMAND = "I don't know the command {command}. /help lists what I can do."
    FORGOTTEN = "Done: I've deleted this chat's articles and settings."
    RATE_LIMITED = "You're sending links faster than I can read them. Please wait a minute and try again."
    PAGE_CUT = "A very long page: I read only its first part."
    PAGE_CUT_ANSWER = "(The page is very long and I read only its first part.)"
    TOO_MANY_LINKS = "I'll read the first {count} links of a message; send the others separately."
    READING = "Reading {site}…"
    INLINE_READING = "Reading… try again in a moment"
    INLINE_START_BUTTON = "Type a link to an article, or open the bot"
    YOUR_TEXT = "your text"
    ASK_HINT = "Just type your question, or reply to the summary with it."
    ARTICLE_GONE = "I no longer have that article (it may have been forgotten). Send the link again?"
    NOT_OWNER = "Sorry, that command is only for the bot's owner."
    ADMINS_ONLY = "Sorry, only this group's admins can change its settings."
    SUBSCRIBE_PRIVATE = (
        "In a private chat I always summarize the links you send. Use /subscribe in a group to have me "
        "summarize the links posted there."
    )
    SUBSCRIBED = "From now on I'll summarize the links posted in this group. /unsubscribe stops it."
    UNSUBSCRIBED = "I'll stop summarizing links posted here. Mention me or use /ask any time."
    PRIVACY_MODE = (
        "Heads-up: Telegram's privacy mode hides ordinary group messages from me, so I can't see the links "
        "yet. Fix it either way: make me an admin of this group, or ask my owner to turn privacy off with "
        "@BotFather (Bot Settings → Group Privacy → Turn off) and then re-add me to the group."
    )
    LENGTH_NOW = "Summaries are {length} now."
    LENGTH_SET = "Summaries will be {length} from now on."
    QUOTES_NOW_ON = "Key quotes are on now."
    QUOTES_NOW_OFF = "Key quotes are off now."
    QUOTES_SHOWN = "Key quotes will be shown under summaries."
    QUOTES_HIDDEN = "Key quotes are hidden now."

    # Summaries, quotes and answers (bot.conversation.render).
    TLDR = "TL;DR:"
    KEY_QUOTES = "Key quotes"
    KEY_QUOTES_FROM = "Key quotes from {title}"
    NO_QUOTES = "This article has no direct quotes."
    QUOTED = "“{quote}”"
    """A key quote in the language's quotation marks."""
    UNTITLED = "Untitled"
    MINUTES_READ = "{minutes} min read"
    DATE_PATTERN = "d MMM y"
    """How a date is written (a CLDR pattern: d day, MMM the month's short name, y year)."""
    NOT_SAID = "The article doesn't seem to say."
    CLOSEST = "The closest it comes {where}:"
    WHERE = "(paragraph {number} of {count})"
    FROM_FEED = "From {feed}"

    # Buttons under a summary, and the command menu.
    SHORTER = "« Shorter"
    LONGER = "Longer »"
    QUOTES_BUTTON = "❝ Quotes"
    ASK_BUTTON = "❓ Ask"
    COMMAND_START = "What I do and how to begin"
    COMMAND_HELP = "Everything I can do"
    COMMAND_ASK = "Ask about the current article"
    COMMAND_LENGTH = "Summary length: short, medium or long"
    COMMAND_QUOTES = "Show key quotes: on or off"
    COMMAND_FORGET = "Delete this chat's articles and settings"
    COMMAND_FEED = "Follow news feeds: add, list, remove, filter, digest, export, import"
    COMMAND_SUBSCRIBE = "Groups: summarize every link posted here"
    COMMAND_UNSUBSCRIBE = "Groups: stop summarizing posted links"

    # Small talk and questions about the article itself (bot.conversation.about).
    ASK_IN_WORDS = "Ask me about the article in words, like “who is …?” or “when …?”, or send me another link."
    SEND_LINK_FIRST = "Send me a link to an article, and then ask me about it in words."
    HELLO_WITH_ARTICLE = "Hi! Ask me anything about the article, or send me another link."
    HELLO = "Hi! Send me a link to an article and I'll summarize it. /help lists everything."
    GLAD_TO_HELP = "Glad to help! Ask me more about the article, or send me another link."
    BYLINE = "The byline names {author}."
    BYLINE_AND_SITE = "The byline names {author}; the article is from {site}."
    NO_BYLINE = "The article doesn't name its writer."
    NO_BYLINE_SITE = "The article doesn't name its writer; it's from {site}."
    PUBLISHED_ON = "It was published on {date}."
    NO_DATE = "The article doesn't say when it was published."
    FROM_SITE_AT = "It's from {site}: {address}"
    FROM_SITE = "It's from {site}."
    NO_SOURCE = "It names no source: it's a text you sent me."
    IN_SHORT = "In short: {tldr}"
    DATELINED = "The article's dateline places it in {place}."

    # Feeds.
    FEED_USAGE = (
        "Feeds:\n"
        "/feed add URL [+word] [-word] – follow an RSS/Atom feed or a site that announces one; "
        "+word keeps only articles mentioning it, -word drops articles mentioning it\n"
        "/feed list – the feeds this chat follows\n"
        "/feed remove N – stop following feed number N\n"
        "/feed filter N [+word] [-word] – change feed N's words (none = everything)\n"
        "/feed digest HH:MM [Area/City] – one daily digest at that time (e.g. 08:00 Europe/Berlin)\n"
        "/feed digest off – post each new article as it comes\n"
        "/feed export – the feeds as an .opml file for any feed reader (or another bot)\n"
        "/feed import – in reply to an .opml file (or just send me the file): follow its feeds\n"
        "In a forum, a feed added inside a topic posts to that topic."
    )
    NO_FEEDS = "This chat follows no feeds yet. Add one with /feed add URL."
    FEED_LIST_TOPIC = "in topic {topic}"
    FEED_LIST_PAUSED = "(paused: it kept failing)"
    DIGEST_OFF = "New articles from feeds will be posted as they come."
    FEED_ADDED = "Following {title} ({url}). New articles will appear here; the ones already published are skipped."
    FEED_REMOVED = "Stopped following {title}."
    DIGEST_SET = "New feed articles will come as one digest every day at {at} ({tz})."
    FEED_PAUSED = ("I've stopped checking {title} ({url}) because it has failed for days. "
                   "Add it again with /feed add when the site is back.")
    IMPORT_USAGE = "Reply /feed import to an .opml file (a feed list from a feed reader), or just send me the file."
    EXPORT_TITLE = "Feeds followed in {chat}"
    EXPORT_CAPTION_ONE = "This chat's feed, with its words and topic. Send this file to me (or another bot) to follow it."
    EXPORT_CAPTION = ("This chat's {count} feeds, with their words and topics. Send this file to me (or another bot) "
                      "to follow them.")
    TOPIC_GONE = ("The topic feeds were posted to (topic {topic}) is closed or deleted, so they come here from now on. "
                  "To move a feed to a topic, remove it and add it again inside that topic.")
    IMPORTED_ONE = "Imported 1 feed."
    IMPORTED = "Imported {count} feeds."
    IMPORT_DUPLICATES = "Skipped {count} this chat already follows."
    IMPORT_OVER_LIMIT = "Not added: {count} more, as this chat can follow at most {limit} feeds."
    IMPORT_FAILED = "Failed: {count}:"
    IMPORT_NOT_TRIED = "Not tried: {count} more, after that many failures."
    DIGEST_HEADING_ONE = "Your daily digest: 1 new article"
    DIGEST_HEADING = "Your daily digest: {count} new articles"


def __getattr__(name: str) -> str:
    """`texts.NAME`: the text in the language of the chat being answered."""
    english = getattr(English, name, None) if not name.startswith("_") else None
    if not isinstance(english, str):
        raise AttributeError(f"module {__name__!r} has no text {name!r}")
    return say(english)


def unknown_command(command: str) -> str:
    return say(English.UNKNOWN_COMMAND, command=command[:40])


def length_set(length: str) -> str:
    return say(English.LENGTH_SET, length=length)


def quotes_set(on: bool) -> str:
    return say(English.QUOTES_SHOWN if on else English.QUOTES_HIDDEN)


def feed_added(title: str, url: str) -> str:
    return say(English.FEED_ADDED, title=title, url=url)


def feed_removed(title: str) -> str:
    return say(English.FEED_REMOVED, title=title)


def digest_set(at: str, tz: str) -> str:
    return say(English.DIGEST_SET, at=at, tz=tz)


def feed_paused(title: str, url: str) -> str:
    return say(English.FEED_PAUSED, title=title, url=url)


def export_caption(count: int) -> str:
    return say(English.EXPORT_CAPTION_ONE) if count == 1 else say(English.EXPORT_CAPTION, count=count)


def topic_gone(topic: int) -> str:
    return say(English.TOPIC_GONE, topic=topic)


def import_report(added: int, duplicates: int, failed: list[tuple[str, str]], over_limit: int, limit: int,
                  not_tried: int) -> str:
    lines = [say(English.IMPORTED_ONE) if added == 1 else say(English.IMPORTED, count=added)]
    if duplicates:
        lines.append(say(English.IMPORT_DUPLICATES, count=duplicates))
    if over_limit:
        lines.append(say(English.IMPORT_OVER_LIMIT, count=over_limit, limit=limit))
    if failed:
        lines.append(say(English.IMPORT_FAILED, count=len(failed)))
        lines += [f"• {url[:100]} – {why}" for url, why in failed]
    if not_tried:
        lines.append(say(English.IMPORT_NOT_TRIED, count=not_tried))
    return "\n".join(lines)


def digest_heading(count: int) -> str:
    return say(English.DIGEST_HEADING_ONE) if count == 1 else say(English.DIGEST_HEADING, count=count)


def length_now(length: str) -> str:
    return say(English.LENGTH_NOW, length=length)
