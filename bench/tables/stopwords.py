"""Build `bot/reader/data/stopwords.json.gz`: language name -> sorted stop words.

    python -m bench.tables.stopwords [--nltk DIR]

sumy bundles stop words for 18 languages and NLTK's stopwords corpus for 29; each misses languages
the bot reads (sumy has no Dutch or Russian, NLTK no Czech or Polish), and where both exist each
misses common words the other has (sumy's Spanish lacks "de", "y", "que"). The table holds their
union for every language the bot maps, so the bot needs neither NLTK data nor sumy's lists to know
its function words. Estonian is in neither; its list is written here (the commonest Estonian
function words: pronouns and their cases, conjunctions, "olema" forms, postpositions). Spanish gets
the words neither list has (question words among them). Where writers often drop accents (a question typed as "¿Cuantos
libros tendra...?"), each word is also listed without them, so "tendra" is as much a stop word as
"tendrá"; languages where a missing accent makes another word (Czech "byt", flat, from "být") are
left as they are.
"""

from __future__ import annotations

import argparse
import gzip
import json
import unicodedata
from pathlib import Path

from sumy.utils import get_stop_words

from bot.reader.text.language import LANGUAGE_NAMES

REPO = Path(__file__).resolve().parents[2]
DEFAULT_NLTK = REPO.parent / "shared" / "nltk_data" / "corpora" / "stopwords"
if not DEFAULT_NLTK.exists():
    DEFAULT_NLTK = Path("/work/shared/nltk_data/corpora/stopwords")
OUT = REPO / "bot" / "reader" / "data" / "stopwords.json.gz"

ADDED = {
    "estonian": """
        aga ehk ei ega enne et ja ka kas kes keda kelle kellel kellele kõik kõige kui kuid kuidas
        kuhu kuna kus kust ma me meid meie meil mida miks mille millal milles mina minu mis mu mul
        mulle nad nagu need neid nende neil nemad nii ning nüüd oled oleme olen oli olid olla olema
        olnud oma on ole olete pole polnud sa sest see seda selle sellel selles sellest siin siis
        sina sinu su ta te tema teda teie temal talle ju juba just veel väga ainult ilma koos kohta
        jaoks järgi vastu poolt läbi peale pärast üle alla ees taga vahel mööda ümber seal sama
        siiski ometi palju vähe iga üks ühe saab võib peab tuleb oleks oleksid ära
    """,
    "spanish": "u aquella qué quién quiénes cuál cuáles cuándo dónde cómo cuánto cuánta cuántos cuántas",
}


def _normal(word: str) -> str:
    return unicodedata.normalize("NFC", word.strip().lower())


# Languages whose stop words are also listed with accents dropped.
UNACCENTED_TOO = {"spanish", "portuguese", "french", "italian", "greek"}


def _unaccented(word: str) -> str:
    return unicodedata.normalize("NFC", "".join(
        c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c)
    ))


def _nltk_list(folder: Path, name: str) -> set[str]:
    path = folder / name
    if not path.exists():
        return set()
    return {_normal(w) for w in path.read_text(encoding="utf-8").splitlines() if w.strip()}


def _sumy_list(name: str) -> set[str]:
    try:
        return {_normal(w) for w in get_stop_words(name)}
    except LookupError:
        return set()


def build(nltk_folder: Path) -> dict[str, list[str]]:
    table = {}
    for name in sorted(set(LANGUAGE_NAMES.values())):
        words = _nltk_list(nltk_folder, name) | _sumy_list(name)
        words |= {_normal(w) for w in ADDED.get(name, "").split()}
        if name in UNACCENTED_TOO:
            words |= {_unaccented(w) for w in words}
        words.discard("")
        if words:
            table[name] = sorted(words)
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nltk", type=Path, default=DEFAULT_NLTK, help="NLTK's corpora/stopwords folder")
    args = parser.parse_args()
    table = build(args.nltk)
    payload = json.dumps(table, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    OUT.write_bytes(gzip.compress(payload, mtime=0))
    for name, words in table.items():
        print(f"{name:12} {len(words):5}")
    print(f"wrote {OUT.relative_to(REPO)} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
