"""Language detection on short texts: accuracy per language at 1 and 3 sentences.

    python -m bench.languages [--sentences SOURCE] [--per-language N]

SOURCE holds one `<iso code>.txt` per language, one sentence a line: a folder, or a git repository
with them under `language-testdata/sentences/` (the Lingua project's test sentences, taken from the
Leipzig Corpora Collection; `fetch` github:pemistahl/lingua-py gives /work/.mirror/pemistahl+lingua-py/repo,
the default). Every language the bot maps is measured (Lingua has no Malayalam), each detector
restricted to those languages, with no page hint: a text of 1 sentence, and of 3 consecutive ones.

Detectors: `stop words` is the share of each language's stop words in the text (the table in
bot/reader/data/); `py3langid` is langid.py's character n-gram model limited to our languages;
`bot` is what bot.reader.text.language.detect_language decides.
"""

from __future__ import annotations

import argparse
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

from bot.reader.text.language import LANGUAGE_NAMES, detect_language, stop_word_lists, words

DEFAULT_SOURCE = Path("/work/.mirror/pemistahl+lingua-py/repo")
LINGUA_FOLDER = "language-testdata/sentences"
# Lingua names Norwegian Bokmål `nb`; the bot maps `nb` and `no` to the same language.
CODES = sorted({code for code in LANGUAGE_NAMES if code != "nb"})
SOURCE_CODE = {"no": "nb"}


def sentences(source: Path, code: str) -> list[str]:
    name = f"{SOURCE_CODE.get(code, code)}.txt"
    if (source / name).exists():
        text = (source / name).read_text(encoding="utf-8")
    else:
        result = subprocess.run(
            ["git", "--git-dir", str(source), "show", f"HEAD:{LINGUA_FOLDER}/{name}"],
            capture_output=True, text=True,
        )
        if result.returncode:
            return []
        text = result.stdout
    return [line.strip() for line in text.splitlines() if line.strip()]


def by_stop_words(text: str) -> str:
    sample = [w.lower() for w in words(text)]
    lists = stop_word_lists()
    return max(lists, key=lambda code: sum(w in lists[code] for w in sample))


def by_py3langid() -> Callable[[str], str]:
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE)
    identifier.set_languages(CODES)
    return lambda text: identifier.classify(text)[0]


def by_bot(text: str) -> str:
    return detect_language(text, hint="xx")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--per-language", type=int, default=300, help="texts per language and length")
    args = parser.parse_args()

    samples: dict[str, dict[int, list[str]]] = {}
    for code in CODES:
        lines = sentences(args.sentences, code)
        if lines:
            n = args.per_language
            samples[code] = {
                1: lines[:n],
                3: [" ".join(lines[i:i + 3]) for i in range(0, 3 * n, 3) if len(lines[i:i + 3]) == 3],
            }
    missing = sorted(set(CODES) - set(samples))

    detectors: dict[str, Callable[[str], str]] = {"stop words": by_stop_words}
    try:
        detectors["py3langid"] = by_py3langid()
    except ImportError:
        print("py3langid is not installed; skipping it")
    detectors["bot"] = by_bot

    header = f"{'lang':6}" + "".join(f"{name + f' @{k}':>16}" for name in detectors for k in (1, 3))
    print(header)
    totals = {(name, k): [0, 0] for name in detectors for k in (1, 3)}
    seconds = dict.fromkeys(detectors, 0.0)
    for code, by_length in samples.items():
        row = f"{code:6}"
        for name, detect in detectors.items():
            for k in (1, 3):
                texts = by_length[k]
                start = time.perf_counter()
                right = sum(detect(text) == code for text in texts)
                seconds[name] += time.perf_counter() - start
                totals[name, k][0] += right
                totals[name, k][1] += len(texts)
                row += f"{100 * right / len(texts):15.1f}%"
        print(row)
    row = f"{'all':6}"
    for (name, k), (right, count) in totals.items():
        row += f"{100 * right / count:15.1f}%"
    print(row)
    for name, spent in seconds.items():
        count = sum(c for (n, _), (_, c) in totals.items() if n == name)
        print(f"{name}: {1000 * spent / count:.2f} ms per text")
    if missing:
        print("no sentences for:", " ".join(missing))


if __name__ == "__main__":
    main()
