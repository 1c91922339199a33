"""Questions in the reader's own words about article-like text, found on pages nobody tuned on
(trial 12a: a science page, a space page, a court report, a health study)."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.pipeline import ask

MOON = Article(
    title="Plumes of a frozen moon are spewing water vapor",
    paragraphs=(
        "The moon's elusive water plumes seem to be real. A space telescope had spotted indirect signs "
        "of such plumes before.",
        "Ortiz and his colleagues used the W.M. Keck Observatory in Hawaii to study the moon, which "
        "astronomers regard as a good place to look for life.",
        "The researchers watched the moon for 17 nights, from February 2016 through May 2017.",
    ),
    language="en",
)


def test_an_answer_naming_a_place_after_initials_is_shown_whole() -> None:
    """Punkt ended the sentence at "W.M.", so the answer stopped short of the observatory's name."""
    answer = ask(MOON, "Which observatory did the team use?")
    assert answer.found
    assert "W.M. Keck Observatory in Hawaii" in answer.sentences[0].text
