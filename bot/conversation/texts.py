"""The bot's fixed texts, in one place so their tone stays the same everywhere."""

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


def unknown_command(command: str) -> str:
    return f"I don't know the command {command[:40]}. /help lists what I can do."


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


def length_set(length: str) -> str:
    return f"Summaries will be {length} from now on."


def quotes_set(on: bool) -> str:
    return "Key quotes will be shown under summaries." if on else "Key quotes are hidden now."

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
DIGEST_OFF = "New articles from feeds will be posted as they come."


def feed_added(title: str, url: str) -> str:
    return f"Following {title} ({url}). New articles will appear here; the ones already published are skipped."


def feed_removed(title: str) -> str:
    return f"Stopped following {title}."


def digest_set(at: str, tz: str) -> str:
    return f"New feed articles will come as one digest every day at {at} ({tz})."


def feed_paused(title: str, url: str) -> str:
    return (f"I've stopped checking {title} ({url}) because it has failed for days. "
            "Add it again with /feed add when the site is back.")


IMPORT_USAGE = "Reply /feed import to an .opml file (a feed list from a feed reader), or just send me the file."
EXPORT_TITLE = "Feeds followed in {chat}"
EXPORT_CAPTION = "This chat's {count} feed{s}, with their words and topics. Send this file to me (or another bot) to follow them."


def topic_gone(topic: int) -> str:
    return (f"The topic feeds were posted to (topic {topic}) is closed or deleted, so they come here from now on. "
            "To move a feed to a topic, remove it and add it again inside that topic.")


def import_report(added: int, duplicates: int, failed: list[tuple[str, str]], over_limit: int, limit: int,
                  not_tried: int) -> str:
    lines = [f"Imported {added} feed{'s' if added != 1 else ''}."]
    if duplicates:
        lines.append(f"Skipped {duplicates} this chat already follows.")
    if over_limit:
        lines.append(f"Not added: {over_limit} more, as this chat can follow at most {limit} feeds.")
    if failed:
        lines.append(f"Failed: {len(failed)}:")
        lines += [f"• {url[:100]} – {why}" for url, why in failed]
    if not_tried:
        lines.append(f"Not tried: {not_tried} more, after that many failures.")
    return "\n".join(lines)


def digest_heading(count: int) -> str:
    return f"Your daily digest: {count} new article{'s' if count != 1 else ''}"
