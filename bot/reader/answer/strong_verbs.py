"""German strong and mixed verbs: their past and past participle, which no stemmer takes back to the verb.

Snowball stems "nahmen" to "nahm" and "genommen" to "genomm", neither of them "nehm" of "nehmen":
a reader's "Wie viele Menschen wurden festgenommen?" shared no word with the article's "Die
Einsatzkräfte nahmen mindestens 14 Personen fest", nor "Wie stark ist die Wirtschaft gewachsen?"
a bridge with "gestiegen" (the tables link "wachs" and "steig", the verbs). The common strong
verbs of news are listed here once, each with its past (singular; the plural is made from it) and
its participle as the simple verb writes it ("genommen"; "begonnen" where the verb has no "ge-").
Auxiliaries ("sein", "werden") are left out: they are stop words.
"""

from __future__ import annotations

_VERBS = """
geben gab gegeben | ziehen zog gezogen | nehmen nahm genommen | fallen fiel gefallen | steigen stieg gestiegen
sinken sank gesunken | treten trat getreten | kommen kam gekommen | gehen ging gegangen | halten hielt gehalten
lassen ließ gelassen | schlagen schlug geschlagen | stehen stand gestanden | brechen brach gebrochen
weisen wies gewiesen | schließen schloss geschlossen | rufen rief gerufen | sehen sah gesehen | bieten bot geboten
tragen trug getragen | wachsen wuchs gewachsen | sprechen sprach gesprochen | werfen warf geworfen
finden fand gefunden | heben hob gehoben | bringen brachte gebracht | treffen traf getroffen
schreiben schrieb geschrieben | bleiben blieb geblieben | sterben starb gestorben | helfen half geholfen
gewinnen gewann gewonnen | beginnen begann begonnen | fliegen flog geflogen | fliehen floh geflohen
sitzen saß gesessen | liegen lag gelegen | springen sprang gesprungen | zwingen zwang gezwungen
verlieren verlor verloren | schneiden schnitt geschnitten | greifen griff gegriffen | streiten stritt gestritten
leiden litt gelitten | scheinen schien geschienen | schweigen schwieg geschwiegen | treiben trieb getrieben
scheiden schied geschieden | schieben schob geschoben | schießen schoss geschossen | werben warb geworben
stehlen stahl gestohlen | empfehlen empfahl empfohlen | befehlen befahl befohlen | gelten galt gegolten
denken dachte gedacht | kennen kannte gekannt | nennen nannte genannt | brennen brannte gebrannt
rennen rannte gerannt | senden sandte gesandt | wenden wandte gewandt | wissen wusste gewusst | tun tat getan
fahren fuhr gefahren | laufen lief gelaufen | lesen las gelesen | messen maß gemessen | bitten bat gebeten
binden band gebunden | verschwinden verschwand verschwunden | stoßen stieß gestoßen | fangen fing gefangen
hängen hing gehangen | wiegen wog gewogen | lügen log gelogen | gleichen glich geglichen | weichen wich gewichen
schaffen schuf geschaffen | schmelzen schmolz geschmolzen | dringen drang gedrungen | gelingen gelang gelungen
stechen stach gestochen | verderben verdarb verdorben | bergen barg geborgen | leihen lieh geliehen
meiden mied gemieden | schreien schrie geschrien | reißen riss gerissen | beißen biss gebissen
streichen strich gestrichen | erlöschen erlosch erloschen | schwimmen schwamm geschwommen | singen sang gesungen
trinken trank getrunken | essen aß gegessen | vergessen vergaß vergessen | schlafen schlief geschlafen
"""


def _forms() -> tuple[tuple[str, tuple[str, str], str], ...]:
    """The table as (infinitive, (past singular, past plural), participle)."""
    found = []
    for entry in _VERBS.replace("\n", " | ").split("|"):
        if entry.strip():
            infinitive, past, participle = entry.split()
            found.append((infinitive, (past, past + ("n" if past.endswith("e") else "en")), participle))
    return tuple(found)


FORMS = _forms()
PAST: dict[str, str] = {past: infinitive for infinitive, pasts, _ in FORMS for past in pasts}
"""A past form ("nahm", "nahmen") -> its infinitive ("nehmen")."""
PARTICIPLES: dict[str, str] = {participle: infinitive for infinitive, _, participle in FORMS}
"""A participle as the simple verb writes it ("genommen") -> its infinitive."""
PASTS_OF: dict[str, tuple[str, str]] = {infinitive: pasts for infinitive, pasts, _ in FORMS}
"""An infinitive -> its past forms."""
