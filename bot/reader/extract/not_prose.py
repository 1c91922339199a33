"""Pasted text that is no article at all: program code, an error log, encoded data.

People paste what they want explained, and a script or a stack trace has lines and full stops
enough to be "summarized": its imports became the title and a docstring the TL;DR. A base64 blob
has no sentences and was told it was "too short". Both are told what they are instead. Each test
looks at the shape of lines or words only (a line ending in a brace, a "File ..., line 12" frame,
a 40-character run of letters and digits), never at one language's keywords alone, so Python,
JavaScript, Java and C read alike; a story quoting a few lines of code stays a story.
"""

from __future__ import annotations

import re

from bot.errors import EncodedText, ProgramCode

CODE_LINE = re.compile(
    r"""^\s*(?:
        Traceback\ \(most\ recent\ call\ last\)            # a Python stack trace
      | File\ "[^"]*",\ line\ \d+                           # its frames
      | at\ [\w.$<>/]+\ ?\(.*:\d+(?::\d+)?\)\s*$              # a JavaScript or Java frame
      | [\w.]*(?:Error|Exception)(?::|$)                    # the error it ends in
      | (?:import|from\ [\w.]+\ import|package|using|\#include|\#define)\b
      | (?:def|class|function|func|fn|const|let|var|public|private|protected|static|return|raise|throw)\b.*[\w)\]};:,=(]\s*$
      | (?:for|if|elif|else|while|try|except|finally|with|switch|case|catch)\b.*[:{]\s*$
      | (?:continue|break|pass|else|end|done|fi)\s*;?\s*$
      | [\w.]+\(.*\)\s*;?\s*$                                # a call on a line of its own
      | [\w.\[\]'"]+\s*(?:[-+*/%|&]?=|:=)\s*\S.*$           # an assignment
      | .*(?:[{};]|=>|\)\s*:)\s*$                           # a line ending as code lines end
      | [)}\]]+[);,]*\s*$                                   # closing brackets alone
      | (?://|/\*)\ ?\S.*$                                   # a comment line ("#" and "*" open Markdown headings and lists)
    )""",
    re.VERBOSE,
)
CODE_SHARE = 0.75
"""Of a text's first lines, the share looking like code that makes it code: a tutorial quoting a
snippet between its paragraphs has far fewer."""
MIN_CODE_LINES = 4
LINES_LOOKED_AT = 200
ENCODED_TOKEN = re.compile(r"[A-Za-z0-9+/=_.-]{40,}")
"""A run of 40 or more letters, digits and base64's or hex's marks with no space: no word is so long."""
ENCODED_SHARE = 0.6
"""The share of a text's non-space characters in such runs that makes it encoded data."""


def refuse_not_prose(text: str) -> None:
    """Raise `ProgramCode` for code or an error log, `EncodedText` for base64, hex and the like."""
    if looks_like_code(text):
        raise ProgramCode()
    head = text[:LINES_LOOKED_AT * 100]
    letters = len(head) - sum(1 for c in head if c.isspace())
    encoded = sum(len(run) for run in ENCODED_TOKEN.findall(head) if _mixed(run))
    if letters and encoded >= ENCODED_SHARE * letters:
        raise EncodedText(f"{encoded} of {letters} characters")


def looks_like_code(text: str) -> bool:
    """Whether most of the text's first lines (`CODE_SHARE`, at least `MIN_CODE_LINES`) are code."""
    lines = [line for line in text.splitlines()[:LINES_LOOKED_AT * 2] if line.strip()][:LINES_LOOKED_AT]
    code = sum(1 for line in lines if CODE_LINE.match(line))
    return code >= MIN_CODE_LINES and code >= CODE_SHARE * len(lines)


def _mixed(run: str) -> bool:
    """Whether a run mixes two of lower case, upper case and digits, as encodings do; one letter
    typed 4,000 times is a long word, not data."""
    return sum((any(c.islower() for c in run), any(c.isupper() for c in run), any(c.isdigit() for c in run))) >= 2
