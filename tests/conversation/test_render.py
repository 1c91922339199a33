"""Any article text renders to Telegram HTML that Telegram accepts, under its length limit, losing nothing."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from bot.conversation.render import HtmlMarkup, PlainMarkup, quote_line, render_answer, render_digest, split_message
from bot.reader.answer.index import Answer
from bot.reader.article import Article
from bot.reader.text.document import Sentence
from bot.reader.pipeline import Digest
from bot.reader.quotes.quotations import Quote
from bot.reader.summary.compose import Summary
from tests.support.telegram_html import parse_html, utf16_length

TELEGRAM_LIMIT = 4096
HTML = HtmlMarkup()
# Any character UTF-8 can carry: lone surrogates cannot reach us (Telegram sends valid UTF-8 and
# pages are decoded with replacement characters), and Telegram would refuse them anyway.
nasty = st.text(alphabet=st.sampled_from(list("ab <>&\"'/;#x</b>&amp;🙂\u200b\u202eשלום\n"))
                | st.characters(codec="utf-8"),
                min_size=1, max_size=400)


def sentence(index: int, text: str) -> Sentence:
    return Sentence(index, index, text, ())


def digest_of(title: str, texts: list[str], speaker: str | None) -> Digest:
    sentences = [sentence(i, t) for i, t in enumerate(texts)]
    article = Article(title, tuple(texts), url="https://example.com/a?b=1&c=<2>", site_name=title[:20],
                      author=speaker, date="2024-01-02")
    quotes = tuple(Quote(t, speaker, s) for t, s in zip(texts, sentences))[:3]
    return Digest(article, Summary(sentences[0], tuple(sentences[1:])), quotes, False, article.reading_minutes)


@settings(max_examples=150, deadline=None)
@given(title=nasty, texts=st.lists(nasty, min_size=1, max_size=40), speaker=st.none() | nasty)
def test_any_digest_renders_to_valid_telegram_html_under_the_limit(title, texts, speaker) -> None:
    digest = digest_of(title, texts, speaker)
    messages = split_message(render_digest(digest, HTML))
    shown = ""
    for message in messages:
        parsed = parse_html(message)
        assert utf16_length(parsed.text) <= TELEGRAM_LIMIT
        assert parsed.text.strip()
        shown += parsed.text + "\n"
    for text in texts:
        piece = " ".join(text.split())[:200]
        if piece:
            assert piece in " ".join(shown.split()) or "…" in shown


@settings(max_examples=100, deadline=None)
@given(texts=st.lists(nasty, min_size=1, max_size=5), found=st.booleans())
def test_any_answer_renders_to_valid_telegram_html(texts, found) -> None:
    sentences = tuple(sentence(i, t) for i, t in enumerate(texts))
    article = Article("t", tuple(texts))
    answer = Answer(sentences if found else (), found, None if found else sentences[0], 0.5)
    for message in split_message(render_answer(answer, article, HTML)):
        assert utf16_length(parse_html(message).text) <= TELEGRAM_LIMIT


@given(lines=st.lists(st.text(max_size=900), max_size=60))
def test_splitting_keeps_every_line_in_order(lines) -> None:
    messages = split_message(lines, limit=1000)
    assert all(len(m) <= 1000 for m in messages)
    joined = "\n".join(messages)
    kept = [line.strip("\n") for line in lines if line.strip()]
    position = 0
    for line in kept:
        found = joined.find(line, position)
        assert found >= 0
        position = found + len(line)


def test_plain_markup_shows_text_as_it_is() -> None:
    digest = digest_of("Tom & Jerry <3", ["A & B < C.", "Second one."], "Kim")
    text = "\n".join(render_digest(digest, PlainMarkup()))
    assert "Tom & Jerry <3" in text and "A & B < C." in text and "— Kim" in text


def test_the_words_that_answer_are_in_bold_in_telegram_and_starred_in_the_terminal() -> None:
    text = "Sung Kim arrived in Seoul on Monday for talks."
    start = text.index("Monday")
    answer = Answer((sentence(0, text),), True, sentence(0, text), 0.9, (1.0,), (start, start + len("Monday")))
    article = Article("Envoy visits Seoul", (text,))
    assert "on <b>Monday</b> for talks" in "\n".join(render_answer(answer, article, HTML))
    assert "on *Monday* for talks" in "\n".join(render_answer(answer, article, PlainMarkup()))


@settings(max_examples=100, deadline=None)
@given(text=nasty, start=st.integers(0, 400), length=st.integers(1, 40))
def test_a_phrase_anywhere_in_any_sentence_renders_to_valid_telegram_html(text, start, length) -> None:
    start = min(start, len(text) - 1)
    phrase = (start, min(start + length, len(text)))
    answer = Answer((sentence(0, text),), True, sentence(0, text), 0.9, (1.0,), phrase)
    rendered = "\n".join(render_answer(answer, Article("t", (text,)), HTML))
    parsed = parse_html(rendered)
    assert " ".join(text.split())[:200] in " ".join(parsed.text.split()) or "…" in parsed.text


def test_quote_line_names_the_speaker_with_the_role_and_keeps_a_long_quote_whole() -> None:
    sentence = Sentence(0, 0, "x", ())
    long_text = " ".join(["We will seek diplomacy with the DPRK to make tangible progress."] * 16)
    line = quote_line(Quote(long_text, "Sung Kim", sentence, "US special representative on North Korea"), PlainMarkup())
    assert line == "“" + long_text + "” — Sung Kim, US special representative on North Korea"


def test_a_summary_quotation_naming_no_one_shows_its_speaker() -> None:
    texts = ["The house banned a lawmaker from the floor.", "“They are all afraid of these people.”"]
    sentences = [sentence(i, t) for i, t in enumerate(texts)]
    digest = Digest(Article("Ban", tuple(texts)), Summary(sentences[0], (sentences[1],)), (), False, 1,
                    speakers=((1, "Anna Berg"),))
    lines = render_digest(digest, PlainMarkup())
    assert "• “They are all afraid of these people.” — Anna Berg" in lines
    assert not any("Berg" in line for line in lines if "banned" in line)


def test_a_summary_sentence_opening_a_quotation_that_goes_on_is_closed() -> None:
    texts = ["Coty bought a majority stake in the brand.",
             "“Here's a company that's willing to pay for the eyeballs.", "So this could be a new paradigm.”"]
    sentences = [sentence(i, t) for i, t in enumerate(texts)]
    digest = Digest(Article("Deal", tuple(texts)), Summary(sentences[0], (sentences[1],)), (), False, 1,
                    speakers=((1, "John Petrides"),))
    lines = render_digest(digest, PlainMarkup())
    assert "• “Here's a company that's willing to pay for the eyeballs.” — John Petrides" in lines
