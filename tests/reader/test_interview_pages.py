"""A company blog's interview as a reader meets it (new-user trial, 2026-12-01, on an untuned page of
trafilatura's test cache): the interviewer's questions as sub-headings, the answer's best line set
large as a pull quote, and a closing "Read about:" list of the series' other interviews."""

from __future__ import annotations

from bot.reader.pipeline import ask, read_html
from tests.support.reading import bold_in

INTERVIEW = (
    "<p>Every spring we talk to people who build the tools the rest of us use. Dana Whitlock is a Site "
    "Reliability Engineer for Northwind Aerospace. Born and raised on a farm near Tulsa, she now lives in "
    "Denver with her two sons and spends her weekends climbing.</p>"
    "<h2>What was your first job in tech like?</h2>"
    "<p>I answered phones at a web hosting company while I studied at night, and after a year the operations "
    "team let me help with their servers. I learned more there in six months than in two years of classes.</p>"
    "<h2>What does leadership mean to you?</h2>"
    "<h3>“Leadership is making sure the people around you can do their best work and go home on time "
    "at the end of the day.”</h3>"
    "<p>I admire managers who protect their teams from noise and who say plainly what they expect.</p>"
    "<h2>What are you looking forward to next?</h2>"
    "<p>I want to teach more, and I want my sons to see that a career can change direction more than once. "
    "We will spend the summer hiking in the mountains before the new school year starts.</p>"
    "<hr/><p>Want to meet more of the people in this series? Read about:</p>"
    '<ul><li><a href="/interviews/ana-ruiz">Ana Ruiz</a>, Director of Engineering at Contoso</li>'
    '<li><a href="/interviews/li-wen">Li Wen</a>, Developer Advocate at Fabrikam</li>'
    '<li><a href="/interviews/sam-okafor">Sam Okafor</a>, Product Lead at Tailspin Toys</li></ul>'
)
PAGE = f"<html><head><title>Spotlight: Dana Whitlock</title></head><body><article>{INTERVIEW}</article></body></html>"


def test_a_pull_quote_is_the_answer_under_its_question_not_a_heading() -> None:
    article = read_html(PAGE, "https://blog.example/spotlight-dana-whitlock")
    question = article.paragraphs.index("What does leadership mean to you?")
    assert question in article.headings
    assert article.paragraphs[question + 1].startswith("“Leadership is making sure")
    assert question + 1 not in article.headings


def test_the_closing_list_of_the_series_other_interviews_is_no_part_of_the_story() -> None:
    article = read_html(PAGE, "https://blog.example/spotlight-dana-whitlock")
    text = "\n".join(article.paragraphs)
    assert "Ana Ruiz" not in text and "Read about" not in text
    answer = ask(article, "Who is her manager?")
    shown = [s.text for s in answer.sentences] + [answer.closest.text if answer.closest else ""]
    assert not any("Director of Engineering" in line for line in shown)


def test_where_someone_works_is_answered_with_the_employer() -> None:
    article = read_html(PAGE, "https://blog.example/spotlight-dana-whitlock")
    assert bold_in(article, "Where does Dana Whitlock work?") == "Northwind Aerospace"
