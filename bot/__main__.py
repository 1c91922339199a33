"""Command line: run the bot, or summarize / ask / chat locally with no Telegram at all.

    python -m bot run                      the Telegram bot (long polling); terminal chat if no token
    python -m bot webhook                  the Telegram bot behind a webhook (several instances may run)
    python -m bot migrate                  bring the database schema up to date, then exit
    python -m bot check                    what would stop the bot from going live, one line each
    python -m bot summarize URL|FILE [--length short|medium|long] [--method NAME] [--json]
    python -m bot ask URL|FILE "question"
    python -m bot chat [URL|FILE]

Every failure prints one clear line and exits non-zero; no tracebacks.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys

from bot import translation
from bot.local_files import file_bytes, names_a_file
from bot.logs import configure_logging
from bot.reader import pipeline
from bot.reader.article import Article
from bot.errors import UserError, plain_message
from bot.reader.fetch import FetchLimits
from bot.reader.summary.compose import Length
from bot.reader.summary.methods import METHODS
from bot.settings import Settings, load_settings
from bot.store import SchemaTooNew

NO_TOKEN = (
    "No TELEGRAM_BOT_TOKEN is set, so here is the bot on your terminal instead.\n"
    "To run it on Telegram: get a token from @BotFather, then `TELEGRAM_BOT_TOKEN=123:abc make run`."
)


def load_source(source: str, settings: Settings) -> Article:
    """A URL is fetched safely; a file is read as a PDF, a page (.html/.htm) or pasted text. A
    source shaped like a path ("report.pdf", "./notes") is a file even when there is none, so a
    mistyped name gets "couldn't open that file", not "not a web link"."""
    path = names_a_file(source)
    if path is None:
        return asyncio.run(pipeline.fetch_article(source, FetchLimits.from_settings(settings)))
    return pipeline.read_document(file_bytes(path, settings.FETCH_MAX_BYTES), path.name)


def digest_as_json(digest: pipeline.Digest) -> dict:
    article = digest.article
    return {
        "title": article.title, "url": article.url, "canonical_url": article.canonical_url,
        "site_name": article.site_name, "author": article.author, "date": article.date,
        "language": article.language, "word_count": article.word_count,
        "reading_minutes": article.reading_minutes,
        "tldr": digest.summary.tldr.text,
        "summary": [s.text for s in digest.summary.sentences],
        "speakers": {str(index): speaker for index, speaker in digest.speakers},
        "quotes": [{"text": q.text, "speaker": q.speaker} for q in digest.quotes],
    }


def summarize_command(args: argparse.Namespace, settings: Settings) -> None:
    from bot.conversation.render import PlainMarkup, render_digest

    method = args.method or settings.SUMMARY_METHOD
    digest = pipeline.digest(load_source(args.source, settings), Length(args.length), method=method)
    if args.json:
        print(json.dumps(digest_as_json(digest), ensure_ascii=False, indent=2))
    else:
        print("\n".join(render_digest(digest, PlainMarkup())))


def ask_command(args: argparse.Namespace, settings: Settings) -> None:
    """The answer a chat would give: small talk and questions about the article itself
    ("who wrote this?") in the bot's own words, the rest from the article's sentences."""
    from bot.conversation import about
    from bot.conversation.render import PlainMarkup, render_answer, render_reply

    article = load_source(args.source, settings)
    question = " ".join(args.question)
    asks = about.read(question) or about.place_asked(question, article)
    if asks is None:
        print("\n".join(render_answer(pipeline.ask(article, question), article, PlainMarkup())))
        return
    tldr = ""
    if asks is about.About.GIST:
        tldr = pipeline.digest(article, Length.SHORT, 0, settings.SUMMARY_METHOD).summary.tldr.text
    print("\n".join(render_reply(about.Replied(asks, article, tldr), PlainMarkup())))


def run_command(args: argparse.Namespace, settings: Settings) -> None:
    if not settings.TELEGRAM_BOT_TOKEN:
        print(NO_TOKEN)
        chat_command(argparse.Namespace(source=None), settings)
        return
    from bot.chat.app import run_polling

    run_polling(settings)


def webhook_command(args: argparse.Namespace, settings: Settings) -> None:
    if not (settings.TELEGRAM_BOT_TOKEN and settings.WEBHOOK_URL and settings.WEBHOOK_SECRET):
        raise SystemExit("Webhook mode needs TELEGRAM_BOT_TOKEN, WEBHOOK_URL and WEBHOOK_SECRET.")
    from bot.chat.app import run_webhook

    run_webhook(settings)


def migrate_command(args: argparse.Namespace, settings: Settings) -> None:
    from bot.store import open_store

    async def migrate() -> None:
        await (await open_store(settings.DATABASE_URL)).close()

    asyncio.run(migrate())
    print("The database schema is up to date.")


def check_command(args: argparse.Namespace, settings: Settings) -> None:
    from bot import check

    if not check.run(settings):
        sys.exit(1)


def chat_command(args: argparse.Namespace, settings: Settings) -> None:
    from bot.terminal import chat

    try:
        asyncio.run(chat(settings, args.source))
    except KeyboardInterrupt:
        print()


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="python -m bot", description="A bot that reads articles for you.",
                                   epilog="With no command, `run`: what `make run` does.")
    commands = root.add_subparsers(dest="command")
    commands.add_parser("run", help="run the Telegram bot (terminal chat if no token is set)")
    commands.add_parser("webhook", help="run the Telegram bot behind a webhook")
    commands.add_parser("migrate", help="bring the database schema up to date")
    commands.add_parser("check", help="check the token, database, webhook and metrics settings")
    summarize = commands.add_parser("summarize", help="summarize a link or a file")
    summarize.add_argument("source", help="a URL, a PDF, an .html file or a text file")
    summarize.add_argument("--length", choices=[item.value for item in Length], default="medium")
    summarize.add_argument("--method", choices=list(METHODS),
                           help="how sentences are rated (default: the SUMMARY_METHOD setting)")
    summarize.add_argument("--json", action="store_true", help="print JSON instead of text")
    ask = commands.add_parser("ask", help="ask a question about a link or a file")
    ask.add_argument("source")
    ask.add_argument("question", nargs="+", help="the question, quoted or not")
    chat = commands.add_parser("chat", help="talk to the bot on the terminal")
    chat.add_argument("source", nargs="?", help="optionally start with this link or text")
    return root


COMMANDS = {"run": run_command, "webhook": webhook_command, "migrate": migrate_command, "check": check_command,
            "summarize": summarize_command, "ask": ask_command, "chat": chat_command}
TERMINAL_COMMANDS = {"summarize", "ask", "chat"}
"""Commands whose person is at this terminal, so the bot speaks the terminal's language (BOT_LANGUAGE
or the locale); a Telegram bot speaks each user's own."""


def main(argv: list[str] | None = None) -> None:
    args = parser().parse_args(argv)
    args.command = args.command or "run"
    settings = load_settings()
    configure_logging(settings.LOG_LEVEL, [settings.TELEGRAM_BOT_TOKEN, settings.WEBHOOK_SECRET])
    if args.command in TERMINAL_COMMANDS or (args.command == "run" and not settings.TELEGRAM_BOT_TOKEN):
        translation.use(translation.terminal_language(settings.BOT_LANGUAGE))
    try:
        COMMANDS[args.command](args, settings)
    except UserError as error:
        print(plain_message(error), file=sys.stderr)
        sys.exit(1)
    except SchemaTooNew as error:
        print(error, file=sys.stderr)
        sys.exit(1)
    except OSError as error:
        # The commands that serve (a webhook's port taken) fail to start; the others to read a file or link.
        doing = "start the bot" if args.command in {"run", "webhook"} else "read that"
        print(f"Could not {doing}: {error.strerror or error}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
