"""A short made-up news story (a ferry line approved) that the extraction tests wrap in the clutter
of real pages, so each test can check that the story, and only the story, comes out."""

from __future__ import annotations

LINES = (
    "The harbour board approved a new ferry line to the northern islands on Tuesday evening.",
    "Boats will leave the old pier every two hours from May, and tickets will cost four euros.",
    "Fishermen had asked for the line for years, since the road around the bay closes each winter.",
    "The board expects about 900 passengers a day in the first summer of the service.",
    "The mayor said the line would also bring visitors to the islands' small hotels and shops.",
)
STORY = "".join(f"<p>{line}</p>" for line in LINES)
URL = "https://harbour.example/ferry"


def ferry_page(body: str, head: str = "<title>Ferry line approved</title>") -> str:
    """A page with `body` inside its article element, after the story's headline."""
    return f"<html><head>{head}</head><body><article><h1>Ferry line approved</h1>{body}</article></body></html>"
