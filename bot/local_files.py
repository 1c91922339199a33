"""Files on this machine, read the way the bot reads a download: the command line's FILE argument,
and a path typed into the terminal chat (the natural way to hand it a saved page or a PDF there)."""

from __future__ import annotations

from pathlib import Path

from bot.errors import FileTooLarge, UnreadableFile

_FILE_SUFFIXES = (".html", ".htm", ".pdf", ".txt", ".text", ".md")


def local_file(source: str) -> Path | None:
    """The file a source names, or None for a link or anything that is not an existing file (a
    name too long for a file, or holding a NUL, is none either)."""
    if "://" in source or not source.strip():
        return None
    path = Path(source.strip()).expanduser()
    try:
        return path if path.is_file() else None
    except (OSError, ValueError):
        return None


def names_a_file(message: str) -> Path | None:
    """The path a chat message is, when it is one word shaped like a path ("~/saved/page.html",
    "./notes.txt", "/home/me/report.pdf"), whether or not the file exists: a missing file then
    gets a message about the file, not an answer to a question nobody asked. A command
    ("/help") or a question is no path."""
    text = message.strip()
    if not text or any(c.isspace() for c in text) or "://" in text:
        return None
    shaped = (text.startswith(("~/", "./", "../")) or (text.startswith("/") and "/" in text[1:])
              or text.lower().endswith(_FILE_SUFFIXES))
    return Path(text).expanduser() if shaped else local_file(text)


def file_bytes(path: Path, max_bytes: int) -> bytes:
    """A file's bytes, with a download's size limit; a device or pipe ("/dev/zero") is no file to
    read, and would never end."""
    try:
        if not path.is_file():
            raise UnreadableFile(f"{path} is no regular file")
        with path.open("rb") as file:
            data = file.read(max_bytes + 1)
    except OSError as error:
        raise UnreadableFile(str(error)) from error
    if len(data) > max_bytes:
        raise FileTooLarge(max_bytes)
    return data
