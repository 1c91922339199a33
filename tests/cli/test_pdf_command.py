"""`python -m bot summarize FILE.pdf` and a PDF link on the command line."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_command_line import run_bot
from tests.e2e.test_documents import REPORT, TITLE
from tests.support.pages import PageServer
from tests.support.pdfs import encrypted


def test_summarize_a_pdf_file_and_a_pdf_link(pages_server: PageServer, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(REPORT)
    result = run_bot("summarize", str(path), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert TITLE in result.stdout and "TL;DR" in result.stdout and "Harbour Gazette" not in result.stdout
    url = pages_server.add("/report.pdf", REPORT, content_type="application/pdf")
    result = run_bot("summarize", url, tmp_path=tmp_path, BOT_ALLOW_PRIVATE_URLS="1")
    assert result.returncode == 0, result.stderr
    assert TITLE in result.stdout


def test_a_locked_pdf_file_gets_one_clear_line(tmp_path: Path) -> None:
    path = tmp_path / "locked.pdf"
    path.write_bytes(encrypted(REPORT))
    result = run_bot("summarize", str(path), tmp_path=tmp_path)
    assert result.returncode != 0
    assert "locked with a password" in result.stderr + result.stdout and "Traceback" not in result.stderr
