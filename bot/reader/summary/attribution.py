"""Who speaks in a summary sentence that is a quotation and does not name its speaker.

A feature quotes its people at length, and the summary may take one of the quoted sentences:
"“The council is afraid of these people …”" comes after "“Every one of them …,” she said." in the
article, and lifted out alone it shows words with no one to say them; "“… the pond stayed frozen,”
they wrote." names only a pronoun. The quotes step (`quotes.all_quotes`) has already found who
said each quotation, so the summary shows that name beside such a sentence. A sentence that names
its speaker ("“We worked six days a week,” said Anna Berg") needs nothing more.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from bot.reader.quotes.quotations import Quote
from bot.reader.summary.quotation_pieces import opens_with_quotation
from bot.reader.text.document import Document, Sentence
from bot.reader.text.language import words

OPENING_WORDS = 6
"""Words of the sentence's quotation that must be found in a quote to take its speaker."""


def unnamed_speakers(sentences: Iterable[Sentence], quotes: Sequence[Quote],
                     document: Document) -> Mapping[int, str]:
    """Per sentence index, the speaker of each sentence that opens with a quotation and does not
    name who said it; sentences whose quotation the quotes step did not attribute, or attributed to
    no clear name (`_clear_name`), are left out: no name reads better than a wrong one."""
    found: dict[int, str] = {}
    for sentence in sentences:
        if not opens_with_quotation(sentence.text):
            continue
        quote = _quote_of(sentence, quotes)
        if quote is None or quote.speaker is None or _names(sentence.text, quote.speaker):
            continue
        if _clear_name(quote, document):
            found[sentence.index] = quote.speaker
    return found


def _clear_name(quote: Quote, document: Document) -> bool:
    """Whether the speaker reads as a name: none of its words is in the quotation itself (an
    interview's "das Gefühl" taken for the speaker of "… hatte ich das Gefühl …"), and its first word
    is never written in lower case in the article, as a word opening a sentence is elsewhere
    ("Obwohl Anna …" read as a name, where the article also writes "…, obwohl …")."""
    name = words(quote.speaker or "")
    if not name or set(name) & set(words(quote.text)):
        return False
    lower = name[0].lower()
    return lower == name[0] or not any(lower in words(sentence.text) for sentence in document.sentences)


def _quote_of(sentence: Sentence, quotes: Sequence[Quote]) -> Quote | None:
    """The quote the sentence is part of: it starts in the sentence's paragraph, no later than the
    sentence, and holds the sentence's first quoted words (a quotation in several pieces, `“First,” he
    said. “Second.”`, is one quote that starts in the sentence before)."""
    opening = " ".join(words(sentence.text)[:OPENING_WORDS]).lower()
    if not opening:
        return None
    matching = [quote for quote in quotes
                if quote.sentence.paragraph == sentence.paragraph and quote.sentence.index <= sentence.index
                and opening in " ".join(words(quote.text)).lower()]
    return max(matching, key=lambda quote: quote.sentence.index, default=None)


def _names(text: str, speaker: str) -> bool:
    """Whether the sentence already names the speaker, by any capitalised word of the name (also in
    its possessive, "Berg's")."""
    said = words(text)
    return any(word.startswith(part) for part in words(speaker) if part[:1].isupper() for word in said)
