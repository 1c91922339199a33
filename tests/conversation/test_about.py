"""Small talk and questions about the article as a whole get the bot's own reply, never a sentence
of the article that happens to share a word with them."""

from __future__ import annotations

import pytest

from bot.conversation.about import About, Replied, read
from bot.conversation.render import PlainMarkup, render_reply
from bot.reader.article import Article

ARTICLE = Article(title="Ferries at night", paragraphs=("The council approved night ferries.",),
                  url="https://example.com/ferries", site_name="Harbour Times", author="Nora Lind",
                  date="2026-03-04")


@pytest.mark.parametrize("message, kind", [
    ("😀😀😀", About.NO_WORDS), ("🤔?", About.NO_WORDS), ("...", About.NO_WORDS),
    ("hi", About.GREETING), ("Hello there!", About.GREETING), ("Guten Morgen", About.GREETING),
    ("thanks!", About.THANKS), ("Thank you very much 🙏", About.THANKS), ("ok", About.THANKS),
    ("merci beaucoup", About.THANKS), ("Vielen Dank", About.THANKS), ("muchas gracias", About.THANKS),
    ("Who wrote this?", About.AUTHOR), ("who is the author?", About.AUTHOR), ("Who compiled this?", About.AUTHOR),
    ("Wer hat den Artikel geschrieben?", About.AUTHOR), ("Qui a écrit cet article ?", About.AUTHOR),
    ("When was this article published?", About.DATE), ("when was it published?", About.DATE), ("Wann wurde der Artikel veröffentlicht?", About.DATE),
    ("Where is this from?", About.SOURCE), ("which newspaper published it?", About.SOURCE),
    ("What is this about?", About.GIST), ("what’s the article about", About.GIST), ("tl;dr?", About.GIST),
    ("Summarize it please", About.GIST), ("Worum geht es?", About.GIST),
    ("De quoi parle l'article ?", About.GIST), ("¿De qué trata el artículo?", About.GIST),
    ("What happened?", About.GIST), ("Was ist passiert?", About.GIST), ("¿Qué pasó?", About.GIST),
    ("hello there, what can you do?", About.GREETING), ("What can you do for me?", About.GREETING),
    ("how do I use you?", About.GREETING), ("Was kannst du?", About.GREETING),
    ("Que peux-tu faire ?", About.GREETING), ("¿Qué puedes hacer?", About.GREETING),
])
def test_whole_message_is_read_as_small_talk_or_about_the_article(message: str, kind: About) -> None:
    assert read(message) is kind


@pytest.mark.parametrize("message", [
    "Why?", "What else?", "and the US?", "who is Nora Lind?", "what does the article say about phones?",
    "who wrote the letter?", "who reported the crime?", "when was the bridge built?", "who is the reporter?", "ok, but why did they vote?",
    "thanks to whom did the ferries start?", "what is the ferry about to do?", "2026",
    "what happened next?", "when was it written?", "what happened to the ferry?", "what happened in 1921?",
    "what can the council do?", "how does it work?", "what can residents do?",
])
def test_questions_about_the_text_stay_questions(message: str) -> None:
    assert read(message) is None


def test_replies_come_from_what_the_page_says_of_itself() -> None:
    def reply(kind: About, article: Article | None = ARTICLE, tldr: str = "") -> str:
        return "\n".join(render_reply(Replied(kind, article, tldr), PlainMarkup()))

    assert "Nora Lind" in reply(About.AUTHOR) and "Harbour Times" in reply(About.AUTHOR)
    assert "4 Mar 2026" in reply(About.DATE)
    assert "https://example.com/ferries" in reply(About.SOURCE)
    assert "The council approved night ferries." in reply(About.GIST, tldr="The council approved night ferries.")
    undated = Article(title="Pasted", paragraphs=("Text.",))
    assert "doesn't say when" in reply(About.DATE, undated)
    assert "doesn't name its writer" in reply(About.AUTHOR, undated)
    assert "link" in reply(About.GREETING, None) and "article" in reply(About.THANKS)
    assert "in words" in reply(About.NO_WORDS)
