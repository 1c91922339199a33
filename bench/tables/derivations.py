"""Build the Spanish and French noun <-> verb links the stemmer misses: "ataque" / "atacar", "production" / "produire".

    python -m bench.tables.derivations

A Spanish reader asks "¿Quién atacó la comisaría?" about "el ataque contra la comisaría", or
"¿Cuándo fue detenido?" about "tras su detención". The Snowball stemmer joins "negociación" and
"negociar" (it strips "-ación"), but not these: "ataqu" / "atac" differ by the spelling rule that
writes c as qu before e and i, and "detencion" / "deten", "decision" / "decid" by the nouns that
"-ción" and "-sión" make of verbs in "-tener", "-venir", "-ducir", "-ender", "-idir", "-adir",
"-eder". French has the same gap where "-uction" and "-iption" meet "-uire" and "-ire"
("production" / "produire", "inscription" / "inscrire"). The Wiktionary lemmas of Open Multilingual Wordnet link few such pairs, and only
through the English WordNet's derived forms where both are listed.

`REWRITES` turns a noun's stem into the verb's; a pair is kept only when both stems are already
words of the language's tables (`SOURCES`), so the rules name no word the language lacks. Each
pair is written both ways at weight 1, a derived form's weight in the WordNet tables, to
`bot/reader/data/bridges_<code>_derived.tsv.gz`. Its licence is that of the tables it reads
(CC BY-SA 3.0, CeCILL-C, GNU LGPL 2.1; see README.md).
"""

from __future__ import annotations

import gzip
from pathlib import Path

from bench.tables.wordnet import CLOSE

DATA = Path(__file__).resolve().parents[2] / "bot" / "reader" / "data"
SOURCES = {"es": ("bridges_es_omw.tsv.gz", "bridges_es_thesaurus.tsv.gz"), "fr": ("bridges_fr_omw.tsv.gz",)}
REWRITES: dict[str, tuple[tuple[str, str, int], ...]] = {
    "es": (
        ("qu", "c", 4), ("encion", "en", 5), ("uccion", "uc", 5), ("ension", "end", 5), ("ision", "id", 5),
        ("asion", "ad", 5), ("esion", "ed", 5),
    ),
    "fr": (("uct", "uir", 5), ("ipt", "ir", 5)),
}
"""A noun's stem ending -> the verb's: "ataqu" (ataque) -> "atac" (atacar), "detencion" -> "deten",
"produccion" -> "produc", "comprension" -> "comprend", "decision" -> "decid", "invasion" -> "invad",
"concesion" -> "conced". "-cción" of other verbs is left out: "atracción" is no "atracar",
"predicción" no "predicar". The number is the shortest verb stem kept: a rule of spelling keeps
"atac", a suffix cut to a short stem joins unrelated words ("atencion" / "aten" of "atenerse",
"desion" / "ded"). French "product" -> "produir", "inscript" -> "inscrir"; its stems of "-ention"
and "-ision" are left out, since Snowball's French stem keeps only "-ent" and "-is", which
"souvent" / "souvenir" and "plaisir" / "plaid" share too."""


def known_stems(paths: list[Path]) -> set[str]:
    """The stems that head a line of the tables: the words the language is known to have."""
    stems: set[str] = set()
    for path in paths:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            stems.update(line.split("\t", 1)[0] for line in handle)
    return stems


def pairs(code: str, stems: set[str]) -> list[tuple[str, str]]:
    """(noun stem, verb stem) for every noun stem one rewrite turns into another known stem."""
    found = []
    for noun in sorted(stems):
        for ending, verb_ending, shortest in REWRITES[code]:
            if noun.endswith(ending):
                verb = noun[: -len(ending)] + verb_ending
                if len(verb) >= shortest and verb in stems:
                    found.append((noun, verb))
    return found


def main() -> None:
    for code, sources in SOURCES.items():
        links: dict[str, set[str]] = {}
        for noun, verb in pairs(code, known_stems([DATA / name for name in sources])):
            links.setdefault(noun, set()).add(verb)
            links.setdefault(verb, set()).add(noun)
        out = DATA / f"bridges_{code}_derived.tsv.gz"
        lines = "".join(f"{stem}\t{' '.join(f'{other}:{CLOSE:g}' for other in sorted(links[stem]))}\n" for stem in sorted(links))
        with gzip.GzipFile(out, "wb", compresslevel=9, mtime=0) as handle:  # the same bytes on every build
            handle.write(lines.encode("utf-8"))
        print(f"{code}: {len(links)} stems -> {out} ({out.stat().st_size / 1e3:.1f} kB)")


if __name__ == "__main__":
    main()
