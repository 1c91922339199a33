"""Files sent to the bot: a PDF, an HTML page or a plain-text file is summarized like a link.

Telegram lets a bot download files of up to 20 MB, so a larger one is refused from the size the
message declares, before anything is downloaded. Feed lists (.opml) have their own handler
(`bot.chat.feeds.on_opml_file`), registered before this one.
"""

from __future__ import annotations

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import filters

from bot.chat.context import BotContext
from bot.chat.handlers import mentions_bot, read_and_show
from bot.conversation import texts
from bot.conversation.assistant import Summarized
from bot.conversation.render import HtmlMarkup
from bot.errors import FileTooLarge, UnsupportedDocument, message_for

MAX_DOCUMENT_BYTES = 20_000_000
"""The Bot API's limit on files a bot may download (getFile)."""
READABLE = (
    filters.Document.FileExtension("pdf") | filters.Document.FileExtension("html")
    | filters.Document.FileExtension("htm") | filters.Document.FileExtension("txt")
    | filters.Document.MimeType("application/pdf") | filters.Document.MimeType("text/html")
    | filters.Document.MimeType("text/plain")
)
"""The documents we read; match them after the .opml handler, whose files may be text/plain too."""
HTML = HtmlMarkup()


async def on_document(update: Update, context: BotContext) -> None:
    """A PDF, HTML or text file: its summary, as for a link (in groups: when addressed or subscribed)."""
    message = update.effective_message
    if message.chat.type != ChatType.PRIVATE and not await _wanted_in_group(update, context):
        return
    document = message.document
    name = document.file_name or ""
    user_id = update.effective_user.id if update.effective_user else message.chat_id
    if not context.services.rate_limit.allow(user_id, 1):
        await message.reply_text(texts.RATE_LIMITED)
        return

    async def read() -> Summarized:
        if document.file_size and document.file_size > MAX_DOCUMENT_BYTES:
            raise FileTooLarge(MAX_DOCUMENT_BYTES)
        file = await context.bot.get_file(document.file_id)
        if file.file_size and file.file_size > MAX_DOCUMENT_BYTES:
            raise FileTooLarge(MAX_DOCUMENT_BYTES)
        data = bytes(await file.download_as_bytearray())
        return await context.services.assistant.summarize_document(message.chat_id, data, name, message.chat.type)

    await read_and_show(context, message, name or "your file", read)


async def on_other_document(update: Update, context: BotContext) -> None:
    """Any other file in a private chat: say which files we read."""
    await update.effective_message.reply_text(HTML.text(message_for(UnsupportedDocument())))


async def _wanted_in_group(update: Update, context: BotContext) -> bool:
    """In groups a file is read when its caption mentions the bot or the group is subscribed."""
    message = update.effective_message
    if mentions_bot(message.caption or "", context.bot.username):
        return True
    return (await context.services.store.chat(message.chat_id)).auto_summary
