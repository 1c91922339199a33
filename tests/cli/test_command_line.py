"""The command line a newcomer tries first: summarize, ask, and the terminal chat with no token."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bot.conversation import texts
from bot.errors import BrokenLink
from tests.e2e import articles
from tests.support.bot_process import REPO_ROOT, child_environment
from tests.support.pages import PageServer


def run_bot(*args: str, tmp_path: Path, stdin: str = "", **settings: str) -> subprocess.CompletedProcess:
    environment = child_environment({"DATABASE_URL": f"sqlite:///{tmp_path / 'cli.sqlite3'}", **settings})
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=REPO_ROOT, env=environment, input=stdin,
                          capture_output=True, text=True, timeout=120)


def test_summarize_a_link_as_text_and_json(pages_server: PageServer, tmp_path: Path) -> None:
    url = pages_server.add("/garden", articles.GARDEN)
    result = run_bot("summarize", url, "--length", "short", tmp_path=tmp_path, BOT_ALLOW_PRIVATE_URLS="1")
    assert result.returncode == 0, result.stderr
    assert articles.GARDEN_TITLE in result.stdout and "TL;DR" in result.stdout
    result = run_bot("summarize", url, "--json", tmp_path=tmp_path, BOT_ALLOW_PRIVATE_URLS="1")
    data = json.loads(result.stdout)
    assert data["title"] == articles.GARDEN_TITLE and data["site_name"] == "City Post"
    assert data["tldr"] and data["summary"] and data["reading_minutes"] >= 1


def test_ask_a_file_of_pasted_text(tmp_path: Path) -> None:
    pasted = tmp_path / "story.txt"
    pasted.write_text(articles.PASTED, encoding="utf-8")
    result = run_bot("ask", str(pasted), "How much will tickets cost?", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "three euros" in result.stdout
    unquoted = run_bot("ask", str(pasted), "How", "much", "will", "tickets", "cost?", tmp_path=tmp_path)
    assert unquoted.stdout == result.stdout
    byline = run_bot("ask", str(pasted), "who wrote this?", tmp_path=tmp_path)
    assert byline.stdout.strip() == "The article doesn't name its writer.", byline.stdout


def test_the_summary_method_setting_changes_the_summary_printed(tmp_path: Path) -> None:
    pasted = tmp_path / "story.txt"
    pasted.write_text(articles.PASTED, encoding="utf-8")
    printed = {}
    for method in ("learned", "kl"):
        result = run_bot("summarize", str(pasted), "--json", tmp_path=tmp_path, SUMMARY_METHOD=method)
        assert result.returncode == 0, result.stderr
        data = json.loads(result.stdout)
        printed[method] = (data["tldr"], data["summary"])
    assert printed["learned"] != printed["kl"]
    flagged = run_bot("summarize", str(pasted), "--json", "--method", "kl", tmp_path=tmp_path,
                      SUMMARY_METHOD="learned")
    data = json.loads(flagged.stdout)
    assert (data["tldr"], data["summary"]) == printed["kl"]
    unknown = run_bot("summarize", str(pasted), tmp_path=tmp_path, SUMMARY_METHOD="magic")
    assert unknown.returncode != 0 and "Traceback" not in unknown.stderr
    assert "SUMMARY_METHOD='magic' is not one of: learned, lexrank" in unknown.stderr


def test_failures_print_one_clear_line_and_exit_non_zero(pages_server: PageServer, tmp_path: Path) -> None:
    gone = pages_server.add("/gone", "<h1>Not here</h1>", status=404)
    cases = [
        (("summarize", gone), {"BOT_ALLOW_PRIVATE_URLS": "1"}, "doesn't exist"),
        (("summarize", pages_server.url("/private")), {}, "private or internal"),
        (("summarize", "ftp://example.com/file"), {}, "only http:// and https://"),
        (("ask", str(tmp_path / "missing.txt"), "why?"), {}, "couldn't open that file"),
        (("summarize", "reprot.pdf"), {}, "couldn't open that file"),
    ]
    for args, settings, expected in cases:
        result = run_bot(*args, tmp_path=tmp_path, **settings)
        assert result.returncode != 0
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert expected in result.stderr


def test_run_without_a_token_opens_the_terminal_chat(pages_server: PageServer, tmp_path: Path) -> None:
    url = pages_server.add("/envoy", articles.ENVOY)
    conversation = f"{url}\nwho is Sung Kim?\nwhat did the Pope say about football?\n/quit\n"
    result = run_bot("run", tmp_path=tmp_path, stdin=conversation, BOT_ALLOW_PRIVATE_URLS="1",
                     TELEGRAM_BOT_TOKEN="")
    assert result.returncode == 0, result.stderr
    assert "TELEGRAM_BOT_TOKEN" in result.stdout
    assert "TL;DR" in result.stdout and articles.ENVOY_TITLE in result.stdout
    assert "special representative" in result.stdout
    assert "doesn't seem to say" in result.stdout



def test_the_terminal_chat_reads_each_link_of_a_message_on_its_own(pages_server: PageServer, tmp_path: Path) -> None:
    """A broken link first neither ends the chat nor stops the good link after it; links past
    the third are named as left unread, as on Telegram."""
    links = ["http://[::1/story", pages_server.add("/envoy", articles.ENVOY),
             *(pages_server.url(f"/more/{n}") for n in range(3))]
    result = run_bot("run", tmp_path=tmp_path, stdin=" ".join(links) + "\nwho is Sung Kim?\n/quit\n",
                     BOT_ALLOW_PRIVATE_URLS="1", TELEGRAM_BOT_TOKEN="")
    assert result.returncode == 0, result.stderr
    assert "I'll read the first 3 links of a message; send the others separately." in result.stdout
    assert BrokenLink.message in result.stdout
    assert articles.ENVOY_TITLE in result.stdout and "special representative" in result.stdout
    assert not any(request.path.startswith("/more/1") for request in pages_server.requests)

SLEEP_STUDY = articles.page("Later school start gives teenagers more sleep", [
    "A study of 2,000 pupils found that a later start to the school day gives teenagers more sleep, "
    "researchers said on Monday.",
    "Lead author Nora Lind, a professor of paediatrics at Uppsala University, presented the results in Stockholm.",
    '"Teenagers need about nine hours of sleep. Parents should keep phones out of bedrooms at night. '
    'Schools that start at nine give pupils most of that sleep," Lind said.',
    "The study was paid for by the Swedish research council.",
])


def test_follow_ups_about_someone_lean_on_each_other_in_the_terminal_chat(
    pages_server: PageServer, tmp_path: Path,
) -> None:
    url = pages_server.add("/sleep", SLEEP_STUDY)
    conversation = f"{url}\nwho is Nora Lind?\nwhat did she say about phones?\nand where does she work?\n/quit\n"
    result = run_bot("run", tmp_path=tmp_path, stdin=conversation, BOT_ALLOW_PRIVATE_URLS="1",
                     TELEGRAM_BOT_TOKEN="")
    assert result.returncode == 0, result.stderr
    about_phones, where = result.stdout.split("you>")[-3:-1]
    assert "keep phones out of bedrooms" in about_phones.splitlines()[1], about_phones
    assert "Uppsala University" in where.splitlines()[1], where


def test_every_chat_action_works_in_the_terminal_chat(pages_server: PageServer, tmp_path: Path) -> None:
    url = pages_server.add("/garden", articles.GARDEN)
    conversation = "\n".join([
        "/length", "/length long", "/quotes maybe", "/quotes off", "/ask", "/ask how much does a plot cost?",
        "/feed list", "/foo", "this is a test", url, "who designed the garden?", "and what did she say about it?", "thanks!",
        "I like turtles", "how many fruit trees were planted", "who wrote this?", "/forget",
        "how much does a plot cost?", "/quit", ""])
    result = run_bot("chat", tmp_path=tmp_path, stdin=conversation, BOT_ALLOW_PRIVATE_URLS="1")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Summaries are medium now. Choose one: /length short" in out
    assert "Summaries will be long from now on." in out
    assert "Choose one: /quotes on or /quotes off." in out and "Key quotes are hidden now." in out
    assert "Ask like this: /ask" in out
    assert out.count("I don't have an article for this chat yet") == 2, "before the link and after /forget"
    assert "works on Telegram only" in out and "I don't know the command /foo." in out
    assert "Glad to help!" in out and "The byline names Jon Berg; the article is from City Post." in out
    assert texts.NOT_A_QUESTION_YET in out and texts.NOT_A_QUESTION in out, "a line that asks nothing, before and after the link"
    assert "in large containers, and the city expects" in out, "a question without its mark is answered"
    assert "TL;DR" in out and "\nKey quotes\n" not in out
    assert "Lena Ortiz" in out and "strong enough" in out
    assert "Done: I've deleted this chat's articles and settings." in out


def test_migrate_brings_the_schema_up_to_date_and_refuses_a_newer_one(tmp_path: Path) -> None:
    result = run_bot("migrate", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "up to date" in result.stdout
    with sqlite3.connect(tmp_path / "cli.sqlite3") as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_newer'")
    for command in ("migrate", "chat"):
        result = run_bot(command, tmp_path=tmp_path)
        assert result.returncode == 1
        assert "Traceback" not in result.stderr
        assert result.stderr.strip().splitlines() == [result.stderr.strip()]
        assert "9999_newer" in result.stderr and "newer version" in result.stderr


def test_webhook_mode_needs_a_secret(tmp_path: Path) -> None:
    result = run_bot("webhook", tmp_path=tmp_path, TELEGRAM_BOT_TOKEN="1:x", WEBHOOK_URL="https://bot.example")
    assert result.returncode != 0
    assert "WEBHOOK_SECRET" in result.stderr and "Traceback" not in result.stderr


def test_a_blocked_page_prints_its_archive_links_on_the_one_line(pages_server: PageServer, tmp_path: Path) -> None:
    fixtures = Path(__file__).resolve().parent.parent / "fixtures" / "blocked"
    url = pages_server.add("/locked", (fixtures / "challenge_cloudflare_managed.html").read_text(), status=503)
    result = run_bot("summarize", url, tmp_path=tmp_path, BOT_ALLOW_PRIVATE_URLS="1")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    line, = result.stderr.strip().splitlines()
    assert line.startswith("That site asked me to prove I'm not a robot")
    assert f"https://web.archive.org/web/{url}" in line and f"https://archive.ph/newest/{url}" in line


@pytest.mark.parametrize(("link", "expected"), [
    ("https://", "That link looks broken"), ("file:///etc/passwd", "doesn't look like a web link"),
    ("ftp://example.com/story", "doesn't look like a web link"),
    ("javascript:alert(document.cookie)", "doesn't look like a web link"),
])
def test_a_link_cut_off_or_of_another_scheme_gets_the_link_message_not_an_answer(
    tmp_path: Path, link: str, expected: str
) -> None:
    result = run_bot("chat", tmp_path=tmp_path, stdin=f"{link}\n/quit\n")
    assert result.returncode == 0, result.stderr
    assert expected in result.stdout
    assert "I don't have an article" not in result.stdout


def test_an_empty_page_or_file_says_it_is_empty_without_library_errors_in_the_chat(
    pages_server: PageServer, tmp_path: Path
) -> None:
    url = pages_server.add("/empty", "")
    blank = tmp_path / "blank.html"
    blank.write_text("\n  \n")
    result = run_bot("run", tmp_path=tmp_path, stdin=f"{url}\n{blank}\n/quit\n", BOT_ALLOW_PRIVATE_URLS="1",
                     TELEGRAM_BOT_TOKEN="")
    assert result.returncode == 0, result.stderr
    assert "That page is empty: the site sent nothing to read." in result.stdout
    assert "That file is empty" in result.stdout
    assert "ERROR" not in result.stdout + result.stderr


def test_no_command_runs_the_bot_as_make_run_does(tmp_path: Path) -> None:
    result = run_bot(tmp_path=tmp_path, stdin="hi\n/quit\n", TELEGRAM_BOT_TOKEN="")
    assert result.returncode == 0, result.stderr
    assert "here is the bot on your terminal" in result.stdout and "Hi! Send me a link" in result.stdout


def test_the_terminal_speaks_the_language_of_its_locale_or_of_the_setting(tmp_path: Path) -> None:
    pasted = tmp_path / "story.txt"
    pasted.write_text(articles.PASTED, encoding="utf-8")
    german = {"BOT_LANGUAGE": "", "LC_ALL": "", "LANG": "de_DE.UTF-8"}
    declined = run_bot("ask", str(pasted), "What did the Pope say about football?", tmp_path=tmp_path, **german)
    assert declined.stdout.startswith("Das steht anscheinend nicht im Artikel."), declined.stdout
    byline = run_bot("ask", str(pasted), "who wrote this?", tmp_path=tmp_path, **german)
    assert byline.stdout.strip() == "Der Artikel nennt seinen Autor nicht.", byline.stdout
    spanish = run_bot("chat", tmp_path=tmp_path, stdin="/nonsense\n/quit\n", **{**german, "BOT_LANGUAGE": "es"})
    assert "¡Hola! Envíame el enlace de un artículo" in spanish.stdout
    assert "No conozco el comando /nonsense." in spanish.stdout


def test_a_date_in_a_zone_dateutil_lacks_prints_no_library_warning_in_the_chat(
    pages_server: PageServer, tmp_path: Path
) -> None:
    eastern = re.sub(r'<meta property="article:published_time"[^>]*>',
                     '<meta name="last-modified" content="2024-03-14 07:21:15 EST">', articles.GARDEN)
    url = pages_server.add("/eastern", eastern)
    result = run_bot("run", tmp_path=tmp_path, stdin=f"{url}\n/quit\n", BOT_ALLOW_PRIVATE_URLS="1",
                     TELEGRAM_BOT_TOKEN="")
    assert result.returncode == 0, result.stderr
    assert articles.GARDEN_TITLE in result.stdout
    assert "Warning" not in result.stdout + result.stderr
