"""Issue 15 on untuned long pages (features25, 2026-12-01): a news site prints its standfirst over
the story and gives the same words as the page's description; the ranker, preferring long central
sentences, left it and its numbers out of the summary. Pages and stories written here."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.extract.page import extract_article
from bot.reader.summary.compose import Length, summarize
from bot.reader.text.document import build_document
from tests.support.ferry_story import STORY, URL, ferry_page

STANDFIRST = "Some 150 jobs will go, two strikes have stopped the docks, and 125 staff will be sent home."
BODY = (
    "The government accused the port company on Monday of siding with the union to keep the dispute at the container port going.",
    "Two ministers said the company and the union both wanted the longest possible confrontation at the container port.",
    "The union leader told reporters that the government's deal with a rival terminal operator had caused the dispute.",
    "Queues of lorries at the container port grew to twelve kilometres on Friday as drivers waited to unload.",
    "Exporters warned the government that the harvest could rot in warehouses if the container port stayed closed.",
    "The transport minister met the company's managers on Monday morning to ask about the planned dismissals.",
    "Hours later the company told the ministry that it would withdraw the dismissals it had announced for the month's end.",
    "The labour minister offered the union a special unemployment subsidy for a year, which the union rejected.",
    "The rival terminal operator, partly owned by the state, could hire some of the dismissed dock workers.",
    "The company's shareholders have started international arbitration against the state over the terminal deal.",
    "A government source said the company had changed the rules of the game to make the talks fail.",
    "The dispute continues, and the union has called another stoppage at the container port for Thursday.",
)


def _article(description: str | None) -> Article:
    return Article(title="Government accuses port company of siding with the union",
                   paragraphs=(STANDFIRST, *BODY), description=description)


def test_the_pages_description_is_read_with_the_article():
    head = ('<title>Ferry line approved</title>'
            '<meta name="description" content="The harbour board approved a ferry line to the northern islands.">')
    article = extract_article(ferry_page(STORY, head=head), URL)
    assert article.description == "The harbour board approved a ferry line to the northern islands."
    assert Article.from_dict(article.to_dict()) == article


def test_the_standfirst_the_description_repeats_is_in_the_summary():
    with_description = summarize(build_document(_article(STANDFIRST)), Length.MEDIUM)
    assert STANDFIRST in {s.text for s in with_description.selected}
    without = summarize(build_document(_article(None)), Length.MEDIUM)
    assert STANDFIRST not in {s.text for s in without.selected}


def test_a_description_that_no_opening_sentence_repeats_changes_nothing():
    teaser = "Read how one family lived through a summer of strikes at the harbour and what comes next."
    assert summarize(build_document(_article(teaser)), Length.MEDIUM) == summarize(build_document(_article(None)),
                                                                                   Length.MEDIUM)
