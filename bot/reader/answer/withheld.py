"""Questions asking for a name or an amount, and sentences saying that it, or a time, was not given.

"What is the hunter's name?" about a report saying "the person, who was not identified" has one
honest answer: the article doesn't say. The sentence about the person matches the question's
words well, so coverage alone answers with it. A question asking what someone or something is
called is answered only by a name; when the best sentence says the name was withheld, or neither it
nor its paragraph neighbours hold any name the question does not already give, the bot declines
(`AnswerIndex.support`). So for an amount: "How much will the ministry spend on research?" about
"... helped by unspecified research and development investment", or "How much did the club pay?"
about "the fee was not disclosed". The patterns are matched on lower-case text with accents folded.
"""

from __future__ import annotations

import re

from bot.reader.text.language import fold

_NAME_QUESTIONS: dict[str, str] = {
    "en": (
        r"\bwhat(?:'s| is| was| are| were)\s+(?:the\s+)?(?:[\w-]+'s?\s+|his\s+|her\s+|their\s+|its\s+)?"
        r"(?:full\s+|first\s+|last\s+|real\s+)?names?\b"
        r"|\bwhat (?:is|was|are|were) (?:he|she|they) called\b"
    ),
    "de": r"\bwie (?:heisst|heißt|hiess|hieß|heissen|heißen|hiessen|hießen)\b|\bwie (?:lautet|lautete|ist|war) (?:der|sein|ihr) name\b",
    "fr": r"\bcomment\b.*\bs'appel|\bquel(?:le)?s? (?:est|etait|sont|etaient) (?:le|les|son|leur|leurs) noms?\b",
    "es": r"\bcomo se llama|\bcual(?:es)? (?:es|era|son|eran) (?:el|los|su|sus) nombres?\b|\bque nombre\b",
}
"""Ways of asking for a name: "What is the hunter's name?", "What is she called?", "Wie heißt
der Jäger?", "Comment s'appelle-t-il ?", "¿Cómo se llama la víctima?"."""

_POST_HOLDER_QUESTIONS: dict[str, str] = {
    "de": (
        r"^\W*(?:und )?wer (?:ist|war|wird|wurde|sind|waren) (?:(?:derzeit|jetzt|heute|aktuell|neuer?|der|die|das) )+"
        r"[a-zäöüß-]+(?: (?:der|des|von|vom|im|in|bei|beim) [^?]*)?\W*$"
    ),
}
"""German ways of asking who holds a post, the post named after its article and nothing else asked
("Wer ist der Gemeindepräsident?", "Wer wird neuer Trainer?", "Wer ist der Chef von VR Payment?"):
a name is the answer, and "Die Verkehrsminister der Länder haben sich geeinigt" is none. Not
"Wer ist Yotam Ophir?", which asks about a name."""
_POST_HOLDER_COMPILED = {code: re.compile(fold(pattern)) for code, pattern in _POST_HOLDER_QUESTIONS.items()}

_WITHHELD: dict[str, str] = {
    "en": (
        r"\b(?:not|n't)\s+(?:been\s+|yet\s+|immediately\s+|publicly\s+|officially\s+)*(?:identified|named)\b"
        r"|\bunidentified\b|\bunnamed\b|\banonymity\b"
        r"|\bnames?\s+(?:(?:was|were|has|have|had|is|are)\s+)?(?:not|n't)\s+(?:been\s+|yet\s+|immediately\s+)*"
        r"(?:released|disclosed|made public|given|published|revealed)"
        r"|\bidentity\s+(?:was|were|has|have|had|is|are)\s+(?:not|n't)\s+(?:been\s+|yet\s+)*(?:released|disclosed|revealed|known)"
        r"|\b(?:declined|refused)\s+to\s+(?:name|identify)\b"
        r"|\bwithheld\b[^.]*\bnames?\b|\bnames?\b[^.]*\bwithheld\b"
    ),
    "de": (
        r"\bnicht namentlich\b|\bnamen?\b[^.]*\b(?:nicht|noch nicht) (?:genannt|bekannt|veroffentlicht|bekanntgegeben|mitgeteilt)"
        r"|\bidentitat\b[^.]*\b(?:unbekannt|nicht (?:bekannt|geklart|veroffentlicht|bekanntgegeben))"
        r"|\bnicht identifiziert\b|\bunbekannte[rnms]?\b"
    ),
    "fr": (
        r"\bidentite\b[^.]*\bn'(?:a|ont|avait|avaient) pas (?:encore )?ete\b|\bnon identifie|\bn'(?:a|ont) pas (?:encore )?ete identifie"
        r"|\bdont le nom n'|\bnom\b[^.]*\bn'(?:a|ont) pas ete (?:communique|revele|divulgue|rendu)|\banonymat\b"
    ),
    "es": (
        r"\bidentidad\b[^.]*\bno (?:ha|han|habia|fue|se ha|se han) (?:trascendido|sido revelad|revelad|difundid|dado a conocer|divulgad)"
        r"|\bno (?:ha|han) sido identificad|\bsin identificar\b|\bno identificad|\bcuyo nombre no\b|\banonimato\b"
    ),
}
"""Ways a report says it does not name someone: "the person, who was not identified", "whose name
was not released", "nicht namentlich genannt", "dont l'identité n'a pas été révélée", "cuya
identidad no ha trascendido"."""

NOUNS_CAPITALISED = frozenset({"de"})
"""Languages where a capital letter marks every noun, not a name."""

_COMPILED = {
    code: (re.compile(fold(_NAME_QUESTIONS[code])), re.compile(fold(_WITHHELD[code]))) for code in _NAME_QUESTIONS
}


def _plain(text: str) -> str:
    return fold(text.lower().replace("’", "'"))


def asks_a_name(code: str, question: str) -> bool:
    """Whether the question asks what someone or something is called, or who holds a post
    (`asks_post_holder`)."""
    patterns = _COMPILED.get(code)
    return (patterns is not None and patterns[0].search(_plain(question)) is not None) or asks_post_holder(code, question)


def asks_post_holder(code: str, question: str) -> bool:
    """Whether the question asks who holds a post it names and nothing else (`_POST_HOLDER_QUESTIONS`)."""
    pattern = _POST_HOLDER_COMPILED.get(code)
    return pattern is not None and pattern.search(_plain(question)) is not None


def says_name_withheld(code: str, text: str) -> bool:
    """Whether a sentence says that someone was not named or identified."""
    patterns = _COMPILED.get(code)
    return patterns is not None and patterns[1].search(_plain(text)) is not None


_AMOUNT_WITHHELD: dict[str, tuple[str, str]] = {
    "en": (
        r"\b(?:undisclosed|unspecified|unstated|unrevealed|unknown)\s+",
        r"\b(?:amount|sum|price|cost|terms|value|figure|fee|salary|number)s?\b[^.]{0,30}?\b(?:not|n't)\s+(?:been\s+|yet\s+|publicly\s+)*"
        r"(?:disclosed|revealed|released|made public|specified|given)\b"
        r"|\b(?:declined|refused|would not|wouldn't|did not|didn't|does not|doesn't)\s+(?:to\s+)?(?:say|disclose|reveal|specify)\s+"
        r"(?:how (?:much|many)|the (?:amount|sum|price|cost|value|terms|figure|fee|number))\b",
    ),
    "de": (
        r"\b(?:ungenannte[nrms]?|unbekannte[nrms]?|nicht genannte[nrms]?)\s+",
        r"\b(?:summe|betrag|preis|kosten|hohe)\b[^.]{0,30}?\b(?:nicht|noch nicht) (?:genannt|bekannt|veroffentlicht|bekanntgegeben|mitgeteilt)\b",
    ),
    "fr": (
        "",
        r"\b(?:montant|somme|prix|cout)s? (?:non (?:divulgue|communique|precise|revele)e?s?|inconnue?s?)\b"
        r"|\b(?:montant|somme|prix|cout)s?\b[^.]{0,30}?\bn'(?:a|ont) pas (?:encore )?ete (?:divulgue|communique|precise|revele)",
    ),
    "es": (
        "",
        r"\b(?:cantidad|suma|precio|costo|coste|monto|cifra)s? (?:no (?:revelad|divulgad|especificad)[oa]s?|desconocid[oa]s?)\b"
        r"|\b(?:cantidad|suma|precio|costo|coste|monto|cifra)s?\b[^.]{0,30}?\bno (?:ha|han|fue|fueron) (?:sido )?(?:revelad|divulgad|especificad)",
    ),
}
"""Ways a report says it does not give an amount: a word for "undisclosed" before what it leaves
unsaid ("unspecified research and development investment", "an undisclosed fee"; none in French
and Spanish, which put it after), and sentences saying the amount itself was not given ("the fee
was not disclosed", "declined to say how much", "montant non divulgué")."""
_AMOUNT_COMPILED = {
    code: (re.compile(fold(before) + r"(?P<what>(?:[\w'-]+\s+){0,2}[\w'-]+)") if before else None, re.compile(fold(said)))
    for code, (before, said) in _AMOUNT_WITHHELD.items()
}


def amount_withheld(code: str, text: str) -> tuple[list[str], bool]:
    """What a sentence says it leaves unsaid: the words right after each "undisclosed" (up to three:
    "research and development" of "unspecified research and development investment"), and whether
    it says outright that an amount was not given ("the terms were not disclosed")."""
    patterns = _AMOUNT_COMPILED.get(code)
    if patterns is None:
        return [], False
    plain = _plain(text)
    unsaid = [match.group("what") for match in patterns[0].finditer(plain)] if patterns[0] else []
    return unsaid, patterns[1].search(plain) is not None


_TIME_OPEN: dict[str, str] = {
    "en": (
        r"\bwhen\b[^.;:?!]{0,80}?\b(?:is|remains|was|are|were)\s+(?:still\s+|yet\s+|also\s+)?(?:a question mark"
        r"|an open question|unclear|unknown|uncertain|not (?:yet )?(?:known|clear|certain)|up in the air"
        r"|anyone's guess|to be (?:seen|determined|decided|announced))"
        r"|\b(?:unclear|unknown|uncertain|not (?:yet )?(?:known|clear)|no word on|no indication of)\s+(?:as to\s+)?when\b"
        r"|\b(?:did not|didn't|would not|wouldn't|does not|doesn't|could not|couldn't|declined to|refused to)"
        r"\s+(?:say|specify|disclose|reveal|know)\s+when\b"
        r"|\bno (?:date|timeline|timetable|time frame|timeframe|return date)\b[^.]{0,30}\b(?:has|have|had|was|were)"
        r"\s+(?:yet\s+)?been\s+(?:set|given|announced|released)"
    ),
    "de": r"\b(?:noch |weiter )?(?:unklar|offen|unbekannt|nicht bekannt),? wann\b|\bwann\b[^.]{0,80}\b(?:ist|bleibt) (?:noch )?(?:unklar|offen)",
    "fr": r"\b(?:on ne sait pas|on ignore|reste a savoir|incertain|inconnu)e?s?,? (?:encore )?quand\b|\bdate\b[^.]{0,30}\b(?:reste|est) (?:encore )?(?:inconnue|incertaine)",
    "es": r"\b(?:no se sabe|se desconoce|sigue sin saberse|no esta claro|aun no esta claro) cuando\b|\bno hay fecha\b",
}
"""Ways a report says it does not know when something happens: "when he'll return is still a
question mark", "it is unclear when", "declined to say when", "no date has been set", "unklar,
wann", "on ignore quand", "no se sabe cuándo"."""
_TIME_OPEN_COMPILED = {code: re.compile(fold(pattern)) for code, pattern in _TIME_OPEN.items()}


def says_time_unknown(code: str, text: str) -> bool:
    """Whether a sentence says that when something happens is not known or not given."""
    pattern = _TIME_OPEN_COMPILED.get(code)
    return pattern is not None and pattern.search(_plain(text)) is not None
