"""French and Spanish irregular verb forms, read as forms of their verb.

Snowball stems a verb's irregular forms apart from its infinitive, the form the bridge tables are
built from: "detuvieron" -> "detuv" but "detener" -> "deten", "cuesta" -> "cuest" but "costó" ->
"cost", "mort" -> "mort" but "mourir" -> "mour", "vendu" -> "vendu" but "vendre" -> "vendr". A
reader's "¿Dónde detuvieron a Ocalan?" then shares no word, and no bridge, with "fue capturado por
agentes turcos en Kenia", though "detener" and "capturar" are synonyms in the tables. The
hand-written `verb_forms.tsv` lists such forms by verb; a question's form reaches its verb's stem
and bridges, and the article's forms are found wherever the verb is (`participles`).
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

from bot.reader.answer.terms import question_terms
from bot.reader.text.language import language_for

TABLE = "verb_forms.tsv"


@lru_cache(maxsize=None)
def irregular_forms(code: str) -> dict[str, str]:
    """The stem of each irregular form of the language's verbs -> its verb's stem ("detuv" ->
    "deten"), read once; empty for a language the table has no line for."""
    language = language_for(code)
    found: dict[str, str] = {}
    for line in files("bot.reader.data").joinpath(TABLE).read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        language_code, infinitive, forms = line.split("\t")
        if language_code != code:
            continue
        verb = question_terms(language, infinitive)[:1]
        for form in forms.split():
            stem = question_terms(language, form)[:1]
            if verb and stem and stem != verb:
                found.setdefault(stem[0], verb[0])
    return found
