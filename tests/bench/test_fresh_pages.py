"""bench.fresh_pages asks a question file over pages read from fundus, newspaper, trafilatura and
Postlight parser clones and counts right and wrong.

The clones and questions are invented by the test in those repositories' layouts (fundus's
`meta.info` addresses, newspaper's URL list naming `<site><n>.html`, trafilatura's `tests/eval/`
and Postlight's `fixtures/` pages without addresses), so the benchmark runs in seconds and never
reads the real pages.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bench.fresh_pages import newspaper_addresses
from tests.bench.test_any_share import STORIES, run_benchmark
from tests.bench.test_fundus import make_clone
from tests.e2e import articles

FUNDUS_PAGE = "tests/resources/parser/test_data/xx/HarbourTimes_2024_03_14.html.gz"
NEWSPAPER_PAGE = "tests/data/html/coast.example1.html"
HEADER = "id\tround\tby\tsource\tpage\tlanguage\tclass\tafter\tquestion\tgold\tbold"
QUESTIONS = [  # id, source, page, class, after, question, gold, bold
    ("mayor", "fundus", FUNDUS_PAGE, "answerable", "-", "Who is the mayor?", "the mayor, Tomas Lind", "Tomas Lind"),
    # a gold opening on a straight quotation mark, where the page has a curly one: plain text, punctuation aside
    ("said", "fundus", FUNDUS_PAGE, "followup", "mayor", "What did he say?", '"It is a fair price for a safe trip', "-"),
    # a gold the right answer lacks: the scorer must count this one wrong
    ("fare", "fundus", FUNDUS_PAGE, "answerable", "-", "How much does a ticket cost?", "after a vote of nine to two", "-"),
    ("pool", "fundus", FUNDUS_PAGE, "unanswerable", "-", "How many lifeguards work at the swimming pool?", "-", "-"),
    ("reopen", "newspaper", NEWSPAPER_PAGE, "answerable", "-", "When did the rail line reopen?",
     "reopened on Monday ... floods", "Monday"),
    ("bridge", "newspaper", NEWSPAPER_PAGE, "answerable", "-", "How long is the new bridge?", "four hundred metres", "-"),
]


def make_newspaper(root: Path) -> Path:
    data = root / "tests" / "data"
    (data / "html").mkdir(parents=True)
    (data / "fulltext_url_list.txt").write_text("https://www.coast.example/rail\nhttps://other.example/x\n")
    title, paragraphs = STORIES[2]
    (root / NEWSPAPER_PAGE).write_text(articles.page(title, paragraphs), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def clones(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    root = tmp_path_factory.mktemp("fresh")
    questions = root / "questions.tsv"
    questions.write_text("\n".join([HEADER, *(
        "\t".join((qid, "23", "tester", source, page, "en", kind, after, text, gold, bold))
        for qid, source, page, kind, after, text, gold, bold in QUESTIONS)]) + "\n", encoding="utf-8")
    return make_clone(root / "fundus"), make_newspaper(root / "newspaper"), questions


def test_right_and_wrong_answers_are_counted_per_class(clones: tuple[Path, Path, Path], tmp_path: Path) -> None:
    fundus, newspaper, questions = clones
    result = run_benchmark("fresh_pages", tmp_path, "--fundus", str(fundus), "--newspaper", str(newspaper),
                           "--questions", str(questions), "--misses")
    assert result.returncode == 0, result.stderr[-3000:]
    assert "6 questions on 2 untuned pages" in result.stdout
    total = re.search(r"^all\s+6\s+2/4\s+\d/4\s+1/1\s+\d/5\s+1/1\s+2/2$", result.stdout, re.M)
    assert total, result.stdout
    assert re.search(r"^\s+tester\s+6\s+2/4", result.stdout, re.M), result.stdout
    assert "no sentence of the page as read now holds the gold of 1 questions: bridge" in result.stdout
    misses = result.stdout.split("\n\n", 2)[-1]
    assert "fare [en answerable, wrong] How much does a ticket cost?" in misses
    assert "mayor [" not in misses and "reopen [" not in misses


def test_a_missing_clone_leaves_its_questions_out_with_a_note(clones: tuple[Path, Path, Path], tmp_path: Path) -> None:
    fundus, _, questions = clones
    result = run_benchmark("fresh_pages", tmp_path, "--fundus", str(fundus), "--newspaper", str(tmp_path / "none"),
                           "--questions", str(questions))
    assert result.returncode == 0, result.stderr[-3000:]
    assert "note: no newspaper test pages" in result.stdout and "its 2 questions are left out" in result.stdout
    assert re.search(r"^all\s+4\s+1/2\s", result.stdout, re.M), result.stdout


@pytest.mark.parametrize("source, page", [("trafilatura", "tests/eval/coast.example.rail.html"),
                                          ("postlight", "fixtures/www.coast.example.html")])
def test_a_trafilatura_or_postlight_page_is_read_from_its_clone_without_an_address(
        clones: tuple[Path, Path, Path], tmp_path: Path, source: str, page: str) -> None:
    fundus, newspaper, _ = clones
    clone = tmp_path / source
    (clone / page).parent.mkdir(parents=True)
    title, paragraphs = STORIES[2]
    (clone / page).write_text(articles.page(title, paragraphs), encoding="utf-8")
    questions = tmp_path / "questions.tsv"
    questions.write_text("\n".join([HEADER, "\t".join((
        "reopen", "25", "tester", source, page, "en", "answerable", "-",
        "When did the rail line reopen?", "reopened on Monday ... floods", "Monday"))]) + "\n", encoding="utf-8")
    result = run_benchmark("fresh_pages", tmp_path, "--fundus", str(fundus), "--newspaper", str(newspaper),
                           f"--{source}", str(clone), "--questions", str(questions))
    assert result.returncode == 0, result.stderr[-3000:]
    assert "1 questions on 1 untuned pages" in result.stdout, result.stdout
    assert re.search(r"^all\s+1\s+1/1\s+1/1\s", result.stdout, re.M), result.stdout


def test_newspaper_pages_are_named_by_site_and_count_as_its_full_text_test_names_them() -> None:
    listing = "http://uk.reuters.com/a\nhttp://www.telegraph.co.uk/b\n\nhttp://in.reuters.com/c\n"
    assert newspaper_addresses(listing) == {"reuters.com1.html": "http://uk.reuters.com/a",
                                            "telegraph.co.uk1.html": "http://www.telegraph.co.uk/b",
                                            "reuters.com2.html": "http://in.reuters.com/c"}


def test_bench_bold_scores_the_bold_of_a_question_file(clones: tuple[Path, Path, Path], tmp_path: Path) -> None:
    """`bench.bold --questions`: of the right first sentences with a phrase to bold, how many bold it
    exactly, per language; `--verbose` names the others. "mayor" wants a phrase the bold is not."""
    fundus, newspaper, questions = clones
    rows = questions.read_text(encoding="utf-8").replace("\tthe mayor, Tomas Lind\tTomas Lind", "\tthe mayor, Tomas Lind\tthe mayor")
    wanted = tmp_path / "bold.tsv"
    wanted.write_text(rows, encoding="utf-8")
    result = run_benchmark("bold", tmp_path, "--questions", str(wanted), "--fundus", str(fundus),
                           "--newspaper", str(newspaper), "--verbose")
    assert result.returncode == 0, result.stderr[-3000:]
    assert "6 questions, 2 answered by a right first sentence with a phrase to bold" in result.stdout, result.stdout
    assert re.search(r"^all\s+2\s+1$", result.stdout, re.M) and re.search(r"^en\s+2\s+1$", result.stdout, re.M)
    assert "mayor Who is the mayor?\n  wanted: the mayor\n  bold:   Tomas Lind" in result.stdout, result.stdout
    assert "reopen When" not in result.stdout
