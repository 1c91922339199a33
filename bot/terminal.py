"""The bot's conversation on the terminal: the same assistant and replies as on Telegram, in plain text.

This is what `make run` opens when no Telegram token is configured, so anyone can try the bot at once.
"""

from __future__ import annotations

import asyncio
import sys
import threading
from collections.abc import Awaitable
from pathlib import Path

from bot.conversation import texts
from bot.conversation.assistant import LINKS_PER_MESSAGE, Assistant, Summarized
from bot.conversation.library import Library
from bot.conversation.about import Replied
from bot.conversation.render import PlainMarkup, render_answer, render_digest, render_reply
from bot.errors import UserError, plain_message
from bot.local_files import file_bytes, names_a_file
from bot.reader.urls import find_links
from bot.settings import Settings
from bot.store import open_store

TERMINAL_CHAT_ID = 0
PLAIN = PlainMarkup()
PROMPT = "you> "
TELEGRAM_COMMANDS = ("/feed", "/subscribe", "/unsubscribe", "/stats")
PASTE_GAP_SECONDS = 0.4
"""Lines arriving closer together than this were pasted together and form one message."""


def say(lines: list[str] | str) -> None:
    text = lines if isinstance(lines, str) else "\n".join(lines)
    print("\n" + text + "\n", flush=True)


async def handle(assistant: Assistant, line: str, settings: Settings) -> bool:
    """One line from the user; returns False when they want to leave."""
    line = line.strip()
    command, _, argument = line.partition(" ")
    argument = argument.strip()
    if command in ("/quit", "/exit"):
        return False
    if command in ("/help", "/start"):
        say(texts.HELP + "\n" + texts.TERMINAL_HELP)
    elif command == "/length":
        say(await assistant.set_length(TERMINAL_CHAT_ID, argument))
    elif command == "/quotes":
        say(await assistant.set_quotes(TERMINAL_CHAT_ID, argument))
    elif command == "/forget":
        say(await assistant.forget(TERMINAL_CHAT_ID))
    elif command == "/ask":
        await reply_to_question(assistant, argument)
    elif (path := names_a_file(line)) is not None:
        await reply_to_file(assistant, path, settings.FETCH_MAX_BYTES)
    elif command in TELEGRAM_COMMANDS:
        say(texts.TELEGRAM_ONLY)
    elif command.startswith("/") and command[1:].isalpha():
        say(texts.unknown_command(command))
    elif line:
        await reply_to_text(assistant, line)
    return True


async def reply_to_text(assistant: Assistant, text: str) -> None:
    """Each link read on its own, so one that fails leaves the others; else a paste or a question."""
    links = find_links(text)
    if len(links) > LINKS_PER_MESSAGE:
        say(texts.TOO_MANY_LINKS.format(count=LINKS_PER_MESSAGE))
    pasted = assistant.pasted_beside(text, links) if len(links) == 1 else None
    for link in links[:LINKS_PER_MESSAGE]:
        say(texts.READING.format(site=link))
        await show(assistant, assistant.summarize_link(TERMINAL_CHAT_ID, link, pasted=pasted))
    if links:
        return
    if assistant.is_pasted_article(text):
        await show(assistant, assistant.summarize_text(TERMINAL_CHAT_ID, text))
        return
    try:
        await reply_to_question(assistant, text)
    except UserError as error:
        say(plain_message(error))


async def reply_to_file(assistant: Assistant, path: Path, max_bytes: int) -> None:
    """A file on this machine, read as if it had been sent in the chat (a page, a PDF or text)."""
    try:
        data = await asyncio.to_thread(file_bytes, path, max_bytes)
    except UserError as error:
        say(plain_message(error))
        return
    say(texts.READING.format(site=path.name))
    await show(assistant, assistant.summarize_document(TERMINAL_CHAT_ID, data, path.name))


async def show(assistant: Assistant, reading: Awaitable[Summarized]) -> None:
    """The summary once read, or the failure's one line."""
    try:
        result = await reading
    except UserError as error:
        say(plain_message(error))
        return
    say(render_digest(result.digest, PLAIN))
    await assistant.shown(TERMINAL_CHAT_ID, result)


async def reply_to_question(assistant: Assistant, question: str) -> None:
    if not question:
        say(texts.ASK_USAGE)
        return
    answered = await assistant.answer(TERMINAL_CHAT_ID, question)
    if answered is None:
        say(texts.NO_ARTICLE_YET)
    elif isinstance(answered, Replied):
        say(render_reply(answered, PLAIN))
    else:
        say(render_answer(answered.answer, answered.stored.article, PLAIN))


def start_reading_lines(loop: asyncio.AbstractEventLoop) -> asyncio.Queue[str]:
    """Lines from stdin on a queue ("" at the end), read by a thread so the loop stays free."""
    lines: asyncio.Queue[str] = asyncio.Queue()

    def read() -> None:
        for line in sys.stdin:
            loop.call_soon_threadsafe(lines.put_nowait, line)
        loop.call_soon_threadsafe(lines.put_nowait, "")

    threading.Thread(target=read, daemon=True).start()
    return lines


async def next_message(lines: asyncio.Queue[str], gather_pastes: bool) -> str | None:
    """One message: a typed line, or a whole pasted text (lines that arrive together at a terminal).

    Piped input is read line by line instead: there every line is a message of its own.
    """
    first = await lines.get()
    if not first:
        return None
    parts = [first]
    while gather_pastes:
        try:
            line = await asyncio.wait_for(lines.get(), PASTE_GAP_SECONDS)
        except TimeoutError:
            break
        if not line:
            lines.put_nowait("")
            break
        parts.append(line)
    return "".join(parts)


async def chat(settings: Settings, first: str | None = None) -> None:
    """Read messages from stdin until /quit or end of input, answering each like the Telegram bot.

    `first` is handled as the user's first message (a link, a file or a question).
    """
    store = await open_store(settings.DATABASE_URL)
    assistant = Assistant(Library(store, settings), store, settings.PASTED_TEXT_MIN_CHARS)
    lines = start_reading_lines(asyncio.get_running_loop())
    try:
        say(texts.WELCOME + "\n" + texts.TERMINAL_QUIT)
        if first:
            say(f"{PROMPT}{first}")
            await handle(assistant, first, settings)
        while True:
            print(PROMPT, end="", flush=True)
            message = await next_message(lines, sys.stdin.isatty())
            if message is None or not await handle(assistant, message, settings):
                break
    finally:
        await store.close()
