"""A self-hoster's install: a wheel built from the checkout, installed into a fresh venv elsewhere.

The editable install the Makefile makes hides files that never reach the package (the defaults
once lived only in `config/`). Here the wheel is installed without dependencies into a new venv
that borrows this venv's installed libraries through a `.pth` file, and run from outside the
checkout, so only what the wheel carries can be found.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tests.e2e import articles
from tests.support.bot_process import REPO_ROOT
from tests.support.pages import PageServer

pytestmark = pytest.mark.slow


def _run(*command: str | Path, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(part) for part in command], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=300)


def test_a_wheel_installed_elsewhere_summarizes_a_page(pages_server: PageServer, tmp_path: Path) -> None:
    wheels, venv, elsewhere = tmp_path / "wheels", tmp_path / "venv", tmp_path / "elsewhere"
    elsewhere.mkdir()
    built = _run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                 "-w", wheels, REPO_ROOT, cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    assert _run(sys.executable, "-m", "venv", venv, cwd=tmp_path).returncode == 0
    fresh_site = next(venv.glob("lib/python*/site-packages"))
    (fresh_site / "borrowed_libraries.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    wheel = next(wheels.glob("*.whl"))
    installed = _run(venv / "bin" / "python", "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", wheel,
                     cwd=tmp_path)
    assert installed.returncode == 0, installed.stderr

    url = pages_server.add("/garden", articles.GARDEN)
    environment = {"PATH": os.environ.get("PATH", ""), "HOME": str(tmp_path), "BOT_ALLOW_PRIVATE_URLS": "1",
                   "DATABASE_URL": f"sqlite:///{tmp_path / 'bot.sqlite3'}"}
    result = _run(venv / "bin" / "article-bot", "summarize", url, cwd=elsewhere, env=environment)
    assert result.returncode == 0, result.stderr
    assert articles.GARDEN_TITLE in result.stdout and "TL;DR" in result.stdout
    where = _run(venv / "bin" / "python", "-c", "import bot; print(bot.__file__)", cwd=elsewhere, env=environment)
    assert where.stdout.startswith(str(fresh_site)), where.stdout
