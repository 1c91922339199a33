"""Messages that ask nothing of the article's text: small talk (a line opening with thanks or a
greeting and asking nothing: "thanks, that was helpful"), a message of no words, a line that tells
rather than asks (`chatter`: "I like turtles"), and questions about the article itself (who wrote it, when it came out, where it is from, what it is
about).

Each of these went to the answer stage as a question and came back as a sentence that shares a
word with it: "thanks" got "Benjamin: Thanks, Joe.", "who wrote this?" a sentence about
travellers, "de quoi parle l'article ?" the article's last line. Small talk gets a short reply and
a question about the article is answered from what the page says of itself (its byline, date,
site) or from the TL;DR. Only whole messages are read, so "what does the article say about
phones?" stays a question for the answer stage: of SQuAD's 87,599 training questions two are taken
("k", "When was that article published?"), of its 15,579 development questions and the 1,481
reworded ones none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from bot.conversation import chatter, texts
from bot.reader.article import Article


class About(Enum):
    NO_WORDS = "no words"
    GREETING = "greeting"
    THANKS = "thanks"
    NOT_A_QUESTION = "not a question"
    AUTHOR = "author"
    DATE = "date"
    SOURCE = "source"
    GIST = "gist"
    PLACE = "place"
    """Where the story happened, asked of the whole story (`asks_where`) and answered from its
    dateline, the place the story is reported from. A wire's dateline is no part of the text, and
    the answer stage, given no word but "where", picked any sentence naming a place ("Ohio State
    had a chance" for a story datelined New Orleans). A story without one goes to the answer stage."""


@dataclass(frozen=True)
class Replied:
    """Small talk, or a question about the article itself, to answer in the bot's own words."""
    asks: About
    article: Article | None
    """The article asked about; None for small talk in a chat with no article yet."""
    tldr: str = ""


SMALL_TALK = frozenset({About.NO_WORDS, About.GREETING, About.THANKS, About.NOT_A_QUESTION})
"""Replies that need no article."""

_GREETINGS = frozenset("""hi hello hey hiya howdy yo hallo moin servus guten bonjour bonsoir salut hola
    buenas buenos ciao morning evening""".split())
_THANKS = frozenset("""thanks thank thx ty tnx cheers danke dank dankeschön merci gracias grazie
    ok okay k kk cool great nice perfect awesome alright got understood lol haha wow good gut super
    genial parfait vale bien claro""".split())
"""Thanks and acknowledgements: both get "glad to help"."""
_FILLERS = frozenset("""you there very much so a lot all right it again bot mate tag morgen abend vielen
    schön sehr beaucoup muchas días dias tardes mille oh and""".split())
"""Words that go with a greeting or thanks ("thank you very much", "guten Morgen") but say nothing alone."""

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")

_EN_THIS = r"(?:this|the|that) (?:article|story|piece|post|report|text|news|page|essay|column|op-ed|interview|item)|this"
_DE_THIS = r"(?:der|den|dieser|diesen|das|dieses|die|diese) (?:artikel|text|bericht|beitrag|meldung|geschichte)|das|dies"
_FR_THIS = r"(?:cet|l'|ce|le) ?(?:article|texte|reportage|papier)|ça|ceci|cela"
_ES_THIS = r"(?:este|el|esta|la) (?:artículo|texto|noticia|nota|reportaje)|esto"
_THIS = f"(?:{_EN_THIS}|{_DE_THIS}|{_FR_THIS}|{_ES_THIS})"
_IT = f"(?:{_THIS}|it|es|él|ello)"
"""In a question about what the text says as a whole, "it" can only be the article."""

_HELLO = r"(?:(?:hi|hello|hey|hallo|bonjour|salut|hola)(?: there)?,? )?"
"""A greeting before a question to the bot itself: "hello there, what can you do?" asks what the
bot does, not what the article says, so it gets the greeting's reply, not an article's sentence."""

_QUESTIONS: tuple[tuple[About, re.Pattern[str]], ...] = tuple((kind, re.compile(pattern)) for kind, pattern in (
    (About.AUTHOR, rf"who (?:wrote|authored|is behind|penned|compiled|reported) {_THIS}"),
    (About.AUTHOR, r"who(?:'s| is| are| was)? (?:the |its )?(?:author|writer)s?"),
    (About.AUTHOR, rf"who(?:'s| is| are| was)? (?:the |its )?(?:author|writer|journalist|reporter)s? (?:of|behind) {_THIS}"),
    (About.AUTHOR, rf"wer hat {_THIS} (?:geschrieben|verfasst)"),
    (About.AUTHOR, r"wer ist (?:der )?(?:autor|verfasser)(?:in)?(?: (?:des|dieses) (?:artikels|textes|berichts|beitrags))?"),
    (About.AUTHOR, rf"qui a écrit {_THIS}"),
    (About.AUTHOR, r"qui est l'auteure?(?: de (?:cet article|l'article|ce texte))?"),
    (About.AUTHOR, rf"quién (?:escribió|ha escrito) {_THIS}"),
    (About.AUTHOR, r"quién es el autor(?: del artículo| de este artículo| del texto)?"),
    (About.DATE, rf"when (?:was|is|did) {_THIS} (?:published|written|posted|come out|released|dated|from)"),
    (About.DATE, r"when was it (?:published|posted)"),
    (About.DATE, rf"(?:what is|what's) the (?:date|publication date|publishing date) of {_THIS}"),
    (About.DATE, rf"wann (?:wurde|ist) {_THIS} (?:veröffentlicht|erschienen|geschrieben)(?: worden)?"),
    (About.DATE, rf"von wann ist {_THIS}"),
    (About.DATE, r"quand (?:cet article|l'article) a-t-il été (?:publié|écrit)"),
    (About.DATE, rf"(?:quand a été publié|de quand date) {_THIS}"),
    (About.DATE, rf"cuándo (?:se publicó|fue publicado|se escribió|fue escrito) {_THIS}"),
    (About.SOURCE, rf"where is {_THIS} from"),
    (About.SOURCE, rf"where was {_THIS} published"),
    (About.SOURCE, rf"(?:what|which) (?:site|website|newspaper|paper|outlet|publication|magazine|source) "
                   rf"(?:is {_IT} from|published {_IT}|is {_THIS})"),
    (About.SOURCE, rf"what(?:'s| is) the source(?: of {_THIS})?"),
    (About.SOURCE, rf"woher (?:stammt|kommt|ist) {_THIS}"),
    (About.SOURCE, rf"d'où vient {_THIS}"),
    (About.SOURCE, rf"de dónde es {_THIS}"),
    (About.GIST, rf"what(?:'s| is) {_IT} (?:all )?about"),
    (About.GIST, rf"(?:what(?:'s| is) )?the (?:main point|gist|point|summary|tl;?dr)(?: of {_IT})?"),
    (About.GIST, rf"(?:can you |could you |please )?(?:summari[sz]e|sum up) {_IT}(?: for me)?(?: please)?"),
    (About.GIST, r"summary|tl;?dr"),
    (About.GIST, r"(?:so )?what(?: has|'s)? happened|what(?:'s| is) (?:going on|happening)"),
    (About.GIST, r"was ist (?:denn )?(?:passiert|geschehen|los)"),
    (About.GIST, r"(?:que s'est-il|qu'est-ce qui s'est) passé"),
    (About.GIST, r"qué (?:pasó|ha pasado|ocurrió|sucedió)"),
    (About.GIST, rf"worum geht(?:'s| es)(?: in {_THIS}| da)?"),
    (About.GIST, rf"fass(?:e)? {_IT} zusammen"),
    (About.GIST, rf"de quoi (?:parle|traite) {_IT}"),
    (About.GIST, r"(?:c'est|il s'agit de) quoi"),
    (About.GIST, rf"résume(?:-moi|z)? {_IT}"),
    (About.GIST, rf"de qué (?:trata|va|habla) {_IT}"),
    (About.GIST, rf"resúme(?:me|lo)?(?: {_IT})?"),
    (About.GREETING, rf"{_HELLO}(?:what (?:can|do) you do(?: for me)?|how do (?:you work|i use you)|what are you"
                     r"|was kannst du(?: alles)?|wie funktionierst du|que (?:peux|sais)-tu faire"
                     r"|qu'est-ce que tu (?:peux|sais) faire|qué (?:puedes|sabes) hacer|cómo funcionas)"),
))


_WHERE = tuple(re.compile(pattern) for pattern in (
    rf"where (?:did|does|do|has) (?:{_IT}|all this|all of this|this all) (?:happen|take place|occur)(?:ed)?",
    rf"where (?:is|was|are|were) (?:{_IT}|all this) (?:happening|taking place|set)",
    r"where (?:did|does) (?:the|this) (?:story|news|event|incident) (?:happen|take place|occur)",
    r"wo (?:ist|war) (?:das|es|dies)(?: alles)? (?:passiert|geschehen|gewesen)",
    r"wo (?:hat|hatte) sich (?:das|dies)(?: alles)? (?:ereignet|abgespielt|zugetragen)",
    r"wo (?:fand|findet) (?:das|dies) statt|wo spielt (?:das|die geschichte|sich das ab)",
    r"où (?:cela|ça|c'|ceci) ?(?:s'est(?:-il)?|est|se) (?:passée?|produite?|passe)",
    r"où (?:est-ce que|est ce que) (?:cela|ça|c') s'est passé|où (?:cela|ça) a-t-il eu lieu",
    r"dónde (?:pasó|ocurrió|sucedió|fue|es|ha pasado|ha ocurrido)(?: esto| eso| todo esto)?",
))
"""Where the story as a whole happened: "where did this happen?", "wo ist das passiert?", "où
cela s'est-il passé ?", "¿dónde ocurrió?". A place named in the question ("where did the fire
start?") is the answer stage's alone."""


def asks_where(message: str) -> bool:
    """Whether the message asks only where the story happened (`_WHERE`)."""
    plain = _plain(message)
    return any(pattern.fullmatch(plain) for pattern in _WHERE)


def place_asked(message: str, article: Article) -> About | None:
    """About.PLACE for "where did this happen?" of a story with a dateline, else None (the
    question is then the answer stage's)."""
    return About.PLACE if article.dateline and asks_where(message) else None


def _plain(text: str) -> str:
    """The message in lower case, curly apostrophes straight, without the marks around it."""
    text = text.strip().lower().replace("’", "'")
    text = re.sub(r"^[\s¿¡\"“«]+|[\s?？!.…\"”»]+$", "", text)
    return re.sub(r"\s+", " ", text)


def read(message: str) -> About | None:
    """What the whole message asks for, when it is not a question about the article's text."""
    if not any(ch.isalnum() for ch in message):
        return About.NO_WORDS
    words = _WORD.findall(message.lower().replace("’", "'"))
    if words and all(w in _GREETINGS or w in _THANKS or w in _FILLERS for w in words):
        if any(w in _GREETINGS for w in words):
            return About.GREETING
        if any(w in _THANKS for w in words):
            return About.THANKS
    plain = _plain(message)
    asked = next((kind for kind, pattern in _QUESTIONS if pattern.fullmatch(plain)), None)
    if asked is None and words and not chatter.asks(message):
        # A line that opens with thanks or a greeting and asks nothing is that: "thanks, that was
        # helpful", "great job", "hello, I have a question"; "Good Friday Agreement" is a search.
        if words[0] in _GREETINGS | _THANKS and not chatter.names_something(message):
            return About.GREETING if words[0] in _GREETINGS else About.THANKS
        if chatter.is_statement(message):
            return About.NOT_A_QUESTION
    return asked


def small_talk_reply(kind: About, has_article: bool) -> str:
    """The answer to a greeting, thanks, a message with no words in it or one that asks nothing."""
    if kind is About.NO_WORDS:
        return texts.ASK_IN_WORDS if has_article else texts.SEND_LINK_FIRST
    if kind is About.NOT_A_QUESTION:
        return texts.NOT_A_QUESTION if has_article else texts.NOT_A_QUESTION_YET
    if kind is About.GREETING:
        return texts.HELLO_WITH_ARTICLE if has_article else texts.HELLO
    return texts.GLAD_TO_HELP


def article_reply(kind: About, article: Article, tldr: str, pretty_date: str | None) -> str:
    """What the page says of itself, for a question about the article as a whole."""
    site = article.site_name
    if kind is About.AUTHOR:
        if article.writer:
            if site:
                return texts.BYLINE_AND_SITE.format(author=article.writer, site=site)
            return texts.BYLINE.format(author=article.writer)
        return texts.NO_BYLINE_SITE.format(site=site) if site else texts.NO_BYLINE
    if kind is About.DATE:
        return texts.PUBLISHED_ON.format(date=pretty_date) if pretty_date else texts.NO_DATE
    if kind is About.SOURCE:
        address = article.canonical_url or article.url
        if site and address:
            return texts.FROM_SITE_AT.format(site=site, address=address)
        if site or address:
            return texts.FROM_SITE.format(site=site or address)
        return texts.NO_SOURCE
    if kind is About.PLACE and article.dateline:
        return texts.DATELINED.format(place=article.dateline)
    return texts.IN_SHORT.format(tldr=tldr)
