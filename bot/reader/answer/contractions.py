"""An English question word with "is" contracted onto it, read as written out: "What's the name of
the family's restaurant?" as "What is the name of ...".

The answer stage reads a question's kind and its asked noun by its opening words ("what is the
name of X", "what was X called", "what is the score"), each pattern written for "what is". A reader
types "what's" as often, and the question then asked for nothing in particular: "What's the name of
the family's restaurant?" was answered by the sentence naming the restaurant without its name.
"""

from __future__ import annotations

import re

_CONTRACTED = re.compile(r"\b(what|who|where|when|how)['’]s\b", re.IGNORECASE)


def written_out(question: str, code: str) -> str:
    """The question with an English "what's", "who's", "where's", "when's" or "how's" as "<word> is"."""
    return _CONTRACTED.sub(lambda found: f"{found.group(1)} is", question) if code == "en" else question
