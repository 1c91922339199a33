"""Telegram handlers: each reads the update, calls the assistant, and replies. No reading logic here."""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable

from telegram import CallbackQuery, Message, MessageEntity, Update
from telegram.constants import ChatAction, ChatMemberStatus, ChatType
from telegram.error import BadRequest

from bot import metrics, translation
from bot.chat.context import BotContext
from bot.chat.keyboards import archive_keyboard, parse_press, summary_keyboard
from bot.conversation import texts
from bot.conversation.assistant import LINKS_PER_MESSAGE, Assistant, Summarized
from bot.conversation.about import Replied
from bot.conversation.render import HtmlMarkup, render_answer, render_digest, render_quotes, render_reply, split_message
from bot.errors import NothingToRead, UserError, message_for
from bot.reader.urls import find_links, normalize_url, with_scheme

log = logging.getLogger(__name__)
HTML = HtmlMarkup()


def links_in(message: Message) -> list[str]:
    """Links from entities (plain URLs and web text links, in text or caption), then any bare ones.

    What Telegram marks is not always a link sent to be read: a text link to a person (tg://user)
    or a mail address is formatting inside a sentence, and a bare site name in a sentence ("is
    amazon.com mentioned?") is a word of a question, as `find_links` reads it. A bare site name
    sent on its own is still a link."""
    text = message.text or message.caption or ""
    marked = {**message.parse_entities(), **message.parse_caption_entities()}
    urls = [value for entity, value in marked.items() if entity.type == MessageEntity.URL]
    alone = _only_links(text, urls)
    found: list[str] = []
    for entity, value in marked.items():
        if entity.type == MessageEntity.TEXT_LINK and entity.url and _WEB.match(entity.url):
            found.append(entity.url)
        elif entity.type == MessageEntity.URL and (alone or _WEB.match(value) or "/" in value):
            found.append(value)
    found += find_links(text)
    unique: dict[str, str] = {}
    for link in found:
        link = with_scheme(link)
        unique.setdefault(normalize_url(link), link)
    return list(unique.values())


def _only_links(text: str, urls: list[str]) -> bool:
    """True when the message says nothing but its links (and perhaps the bot's @name)."""
    for url in urls:
        text = text.replace(url, " ")
    return not _WORD.search(_MENTION.sub("", text))


_WEB = re.compile(r"https?://", re.IGNORECASE)
_WORD = re.compile(r"\w")
_MENTION = re.compile(r"@\w+")


async def send_lines(message: Message, lines: list[str], placeholder: Message | None = None,
                     keyboard=None) -> list[Message]:
    """Send rendered lines as one or more messages; the first replaces the placeholder if given
    and still there (the person may have deleted it while the page was read)."""
    chunks = split_message(lines)
    sent: list[Message] = []
    for number, chunk in enumerate(chunks):
        markup = keyboard if number == len(chunks) - 1 else None
        edited = await _edited(placeholder, chunk, markup) if number == 0 and placeholder is not None else None
        sent.append(edited or await message.reply_text(chunk, reply_markup=markup, do_quote=number == 0))
    return sent


async def _edited(placeholder: Message, text: str, markup) -> Message | None:
    """The placeholder edited to `text`, or None when it is gone."""
    try:
        edited = await placeholder.edit_text(text, reply_markup=markup)
    except BadRequest as error:
        if "message to edit not found" not in str(error).lower():
            raise
        return None
    return edited if isinstance(edited, Message) else placeholder


async def show_summary(message: Message, result: Summarized, placeholder: Message | None,
                       assistant: Assistant) -> None:
    compact = message.chat.type != "private"
    lines = render_digest(result.digest, HTML, compact=compact)
    keyboard = summary_keyboard(result.stored.id, result.length, not result.digest.complete)
    sent = await send_lines(message, lines, placeholder, keyboard)
    # Where it was shown: a group that became a supergroup meanwhile has a new id.
    shown_in = sent[0].chat if sent else message.chat
    await assistant.shown(shown_in.id, result, [each.message_id for each in sent], shown_in.type)


async def summarize_links(update: Update, context: BotContext, links: list[str]) -> None:
    message = update.effective_message
    svc = context.services
    wanted = links[:LINKS_PER_MESSAGE]
    user_id = update.effective_user.id if update.effective_user else message.chat_id
    if not svc.rate_limit.allow(user_id, len(wanted)):
        await message.reply_text(texts.RATE_LIMITED)
        return
    if len(links) > LINKS_PER_MESSAGE:
        await message.reply_text(texts.TOO_MANY_LINKS.format(count=LINKS_PER_MESSAGE))
    pasted = svc.assistant.pasted_beside(message.text or message.caption or "", links) if len(links) == 1 else None
    for link in wanted:
        site = link.split("://", 1)[-1].split("/", 1)[0][:60]
        await read_and_show(context, message, site,
                            lambda: svc.assistant.summarize_link(message.chat_id, link, message.chat.type, pasted))


async def summarize_pasted(update: Update, context: BotContext, text: str) -> None:
    message = update.effective_message
    svc = context.services
    await read_and_show(context, message, texts.YOUR_TEXT,
                        lambda: svc.assistant.summarize_text(message.chat_id, text, message.chat.type))


async def show_typing(context: BotContext, message: Message) -> None:
    await context.bot.send_chat_action(message.chat_id, ChatAction.TYPING,
                                       message_thread_id=message.message_thread_id)


async def read_and_show(context: BotContext, message: Message, what: str,
                        read: Callable[[], Awaitable[Summarized]]) -> None:
    """A "Reading…" placeholder at once, then edited into the summary or the failure. When the
    bot's calls to chats are busy there is no placeholder: the summary or failure comes as a reply
    of its own, one call instead of two (see `bot.chat.budget`).

    No typing status first: Telegram clears it as soon as a message from the bot arrives, so it
    would never show, and it cost a Bot API call per link.
    """
    placeholder = None
    if context.services.outgoing.has_room():
        placeholder = await message.reply_text(HTML.text(texts.READING.format(site=what)))
    try:
        result = await read()
    except UserError as error:
        await send_lines(message, [HTML.text(message_for(error))], placeholder, archive_keyboard(error))
        return
    await show_summary(message, result, placeholder, context.services.assistant)


async def answer_question(update: Update, context: BotContext, question: str) -> None:
    message = update.effective_message
    svc = context.services
    article_id = None
    replied = message.reply_to_message
    if replied is not None and replied.from_user and replied.from_user.id == context.bot.id:
        article_id = await svc.assistant.article_of_message(message.chat_id, replied.message_id)
    await show_typing(context, message)
    answered = await svc.assistant.answer(message.chat_id, question, article_id, message.message_thread_id or 0)
    if answered is None:
        await message.reply_text(HTML.text(texts.NO_ARTICLE_YET))
    elif isinstance(answered, Replied):
        await send_lines(message, render_reply(answered, HTML))
    else:
        await send_lines(message, render_answer(answered.answer, answered.stored.article, HTML))


async def on_text(update: Update, context: BotContext) -> None:
    """A link gets a summary, a long text is summarized as an article, anything else is a question."""
    message = update.effective_message
    text = message.text or message.caption or ""
    links = links_in(message)
    if links:
        await summarize_links(update, context, links)
    elif context.services.assistant.is_pasted_article(text):
        await summarize_pasted(update, context, text)
    elif text.strip():
        await answer_question(update, context, text.strip())


async def may_change_settings(update: Update, context: BotContext) -> bool:
    """Anyone in a private chat; in groups only admins, including anonymous admins posting as the group."""
    message = update.effective_message
    chat = message.chat
    if chat.type == ChatType.PRIVATE:
        return True
    if message.sender_chat is not None and message.sender_chat.id == chat.id:
        return True
    user = update.effective_user
    if user is None:
        return False
    member = await context.bot.get_chat_member(chat.id, user.id)
    if member.status in (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER):
        return True
    await message.reply_text(HTML.text(texts.ADMINS_ONLY))
    return False


def mentions_bot(text: str, username: str) -> bool:
    return re.search(rf"@{re.escape(username)}\b", text, re.IGNORECASE) is not None


async def on_group_text(update: Update, context: BotContext) -> None:
    """In groups: replies to the bot are questions, mentions are requests, links are summarized if subscribed.

    A message edited afterwards is no new post: a group where every link is summarized got a
    second summary each time the link's poster fixed a typo in the words around it."""
    message = update.effective_message
    text = message.text or message.caption or ""
    replied = message.reply_to_message
    if replied is not None and replied.from_user and replied.from_user.id == context.bot.id:
        await answer_question(update, context, text.strip())
        return
    links = links_in(message)
    if mentions_bot(text, context.bot.username):
        question = re.sub(rf"@{re.escape(context.bot.username)}\b", "", text, flags=re.IGNORECASE).strip()
        if links:
            await summarize_links(update, context, links)
        elif question:
            await answer_question(update, context, question)
        else:
            await message.reply_text(HTML.text(texts.HELP))
        return
    if links and update.edited_message is None and (await context.services.store.chat(message.chat_id)).auto_summary:
        await summarize_links(update, context, links)


async def subscribe(update: Update, context: BotContext) -> None:
    """/subscribe (group admins): summarize every link posted in this group."""
    message = update.effective_message
    if message.chat.type == ChatType.PRIVATE:
        await message.reply_text(HTML.text(texts.SUBSCRIBE_PRIVATE))
        return
    if not await may_change_settings(update, context):
        return
    await context.services.store.update_chat(message.chat_id, message.chat.type, auto_summary=True)
    reply = texts.SUBSCRIBED
    if not context.bot.can_read_all_group_messages:
        me = await context.bot.get_chat_member(message.chat_id, context.bot.id)
        if me.status not in (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER):
            reply += "\n\n" + texts.PRIVACY_MODE
    await message.reply_text(HTML.text(reply))


async def unsubscribe(update: Update, context: BotContext) -> None:
    """/unsubscribe (group admins): stop summarizing links posted in this group."""
    message = update.effective_message
    if message.chat.type != ChatType.PRIVATE and not await may_change_settings(update, context):
        return
    await context.services.store.update_chat(message.chat_id, message.chat.type, auto_summary=False)
    await message.reply_text(HTML.text(texts.UNSUBSCRIBED))


async def on_membership(update: Update, context: BotContext) -> None:
    """Removed from a chat: its automatic summaries and feed subscriptions stop."""
    change = update.my_chat_member
    if change.new_chat_member.status in (ChatMemberStatus.LEFT, ChatMemberStatus.BANNED):
        svc = context.services
        await svc.store.update_chat(change.chat.id, change.chat.type, auto_summary=False)
        await svc.feeds.stop_chat(change.chat.id)


async def on_migration(update: Update, context: BotContext) -> None:
    """A group became a supergroup: everything it had moves to the new chat id."""
    message = update.effective_message
    if message.migrate_to_chat_id is None:
        return
    svc = context.services
    await svc.store.migrate_chat(message.chat_id, message.migrate_to_chat_id)
    await svc.feeds.migrate_chat(message.chat_id, message.migrate_to_chat_id)


async def start(update: Update, context: BotContext) -> None:
    """Welcome: what the bot does and how to begin."""
    await update.effective_message.reply_text(HTML.text(texts.WELCOME))


async def help_command(update: Update, context: BotContext) -> None:
    """Every command and way to use the bot."""
    await update.effective_message.reply_text(HTML.text(texts.HELP))


async def ask(update: Update, context: BotContext) -> None:
    """/ask <question>: answer about the current (or replied-to) article."""
    question = " ".join(context.args or []).strip()
    if not question:
        await update.effective_message.reply_text(HTML.text(texts.ASK_USAGE))
        return
    await answer_question(update, context, question)


async def nothing_to_read(update: Update, context: BotContext) -> None:
    """A sticker, photo, voice note or other message without words, in a private chat: say what we read."""
    await update.effective_message.reply_text(HTML.text(message_for(NothingToRead())))


async def unknown_command(update: Update, context: BotContext) -> None:
    """A command the bot does not have, in a private chat: say so instead of staying silent."""
    message = update.effective_message
    command = (message.text or message.caption or "").split(maxsplit=1)[0]
    await message.reply_text(HTML.text(texts.unknown_command(command)))


async def length(update: Update, context: BotContext) -> None:
    """/length short|medium|long: how long this chat's summaries are."""
    choice = (context.args or [""])[0]
    message = update.effective_message
    if choice and not await may_change_settings(update, context):
        return
    reply = await context.services.assistant.set_length(message.chat_id, choice, message.chat.type)
    await message.reply_text(HTML.text(reply))


async def quotes(update: Update, context: BotContext) -> None:
    """/quotes on|off: key quotes under summaries."""
    choice = (context.args or [""])[0]
    message = update.effective_message
    if choice and not await may_change_settings(update, context):
        return
    reply = await context.services.assistant.set_quotes(message.chat_id, choice, message.chat.type)
    await message.reply_text(HTML.text(reply))


async def forget(update: Update, context: BotContext) -> None:
    """/forget: delete this chat's stored articles and settings."""
    if not await may_change_settings(update, context):
        return
    reply = await context.services.assistant.forget(update.effective_message.chat_id)
    await update.effective_message.reply_text(HTML.text(reply))


async def stats(update: Update, context: BotContext) -> None:
    """/stats: counts for the bot's owner only."""
    svc = context.services
    user = update.effective_user
    if not svc.owner_id or user is None or user.id != svc.owner_id:
        await update.effective_message.reply_text(HTML.text(texts.NOT_OWNER))
        return
    counts = await svc.store.counts()
    lines = [f"{name}: {value}" for name, value in counts.items()]
    await update.effective_message.reply_text(HTML.text("\n".join(lines)))


async def on_button(update: Update, context: BotContext) -> None:
    """Shorter / longer re-render the summary in place; quotes sends them; ask explains how."""
    query = update.callback_query
    press = parse_press(query.data)
    svc = context.services
    if press is None:
        await acknowledge(query)
        return
    if press.action == "ask":
        await acknowledge(query, texts.ASK_HINT)
        return
    message = query.message
    chat_id = message.chat.id
    if press.action == "quotes":
        result = await svc.assistant.quotes(press.article_id)
    else:
        result = await svc.assistant.resummarize(chat_id, press.article_id, press.length)
    if result is None:
        await acknowledge(query, texts.ARTICLE_GONE)
        return
    await acknowledge(query)
    sent: list[Message] = []
    if press.action == "quotes":
        sent = await send_lines(message, render_quotes(result.digest, HTML))
    else:
        lines = render_digest(result.digest, HTML, compact=False)
        keyboard = summary_keyboard(result.stored.id, result.length, not result.digest.complete)
        try:
            sent = await send_lines(message, lines, message, keyboard)
        except BadRequest as error:
            if "not modified" not in str(error).lower():
                raise
    shown_in = sent[0].chat if sent else message.chat
    await svc.assistant.shown(shown_in.id, result, [each.message_id for each in sent], shown_in.type)


async def acknowledge(query: CallbackQuery, notice: str | None = None) -> None:
    """Stop the button's spinner, showing `notice` as an alert.

    Telegram takes this answer only for a short while after the press. A press handled later (the
    bot was down, or busy reading) must still do what it asked, so a refused answer is no failure;
    a notice that can no longer be an alert comes as a message in the chat instead."""
    try:
        await query.answer(notice, show_alert=notice is not None)
    except BadRequest as error:
        if not any(sign in str(error).lower() for sign in _QUERY_EXPIRED):
            raise
        log.info("A button press came too late for its answer: %s", error)
        if notice is not None and isinstance(query.message, Message):
            await query.message.reply_text(HTML.text(notice))


_QUERY_EXPIRED = ("query is too old", "query id is invalid")
"""What Telegram says of a callback query it no longer takes an answer for."""


def update_kind(update: Update, default: str) -> str:
    """The one field of Update.ALL_TYPES the update carries ("message", "callback_query"), or `default`."""
    return next((kind for kind in Update.ALL_TYPES if getattr(update, kind, None) is not None), default)


async def speak_their_language(update: Update, context: BotContext) -> None:
    """Everything said while this update is handled in the sender's language, as their Telegram app
    is set (`language_code`), or the bot's own (BOT_LANGUAGE) when it is none the bot speaks."""
    user = update.effective_user
    translation.use(translation.language_of(user.language_code if user else None) or context.services.language)


async def count_update(update: Update, context: BotContext) -> None:
    """Every update, counted by kind before it is answered."""
    metrics.update_handled(update_kind(update, "other"))


def described(update: object) -> str:
    """An update as the log names it: its id, kind and chat, never what the person wrote, which
    may hold a link's password or token ("http://user:secret@host/") or anything else private."""
    if not isinstance(update, Update):
        return "A job" if update is None else type(update).__name__
    chat = update.effective_chat
    return f"Update {update.update_id} ({update_kind(update, 'update')}{f' in chat {chat.id}' if chat else ''})"


async def on_error(update: object, context: BotContext) -> None:
    """Every failure becomes a message: ours say what happened, unexpected ones are logged and apologised for."""
    error = context.error
    metrics.failed(error)
    if not isinstance(error, UserError):
        log.error("%s failed", described(update), exc_info=error)
    if isinstance(update, Update) and update.effective_message is not None:
        try:
            await update.effective_message.reply_text(HTML.text(message_for(error)))
        except Exception:  # the chat may be gone or Telegram down: the log above is all we can do
            log.warning("Could not tell chat %s about a failure", update.effective_chat.id)
