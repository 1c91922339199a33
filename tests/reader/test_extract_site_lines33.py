"""Issue 15, site lines that reached the article (extract33, 2026-12-02, from the dev half of
scrapinghub's extraction benchmark): a section's box label ("Most read in World News") between
paragraphs, a related box's "Explore further" after the last one, a blog button printed as its raw
shortcode, and a Portuguese reading-time label. The page here is written for the test in that form."""

from __future__ import annotations

from bot.reader.extract.clutter import is_clutter
from bot.reader.pipeline import read_html

_STORY = """<html><head><title>Ferry timetable changes for winter</title></head><body>
<article><h1>Ferry timetable changes for winter</h1>
<p>The island ferry will run every ninety minutes from November, the operator said on Monday,
after a summer in which boats left every hour from both harbours.</p>
<p>[button link="https://ferry.example/submit-your-trip/" type="big" newwindow="yes"] Send us YOUR trip photos[/button]</p>
<p>Fewer crossings will save fuel during the months when most boats sail half empty, and the crews
will use the quiet weeks to train on the two new vessels.</p>
<p>Most read in World News</p>
<p>Passengers with monthly passes will get a discount of ten percent for the winter, and the first
boat of the day will still leave at six so that commuters reach the mainland by seven.</p>
<p>Explore further</p>
</article></body></html>"""


def test_box_labels_and_a_raw_shortcode_leave_the_story() -> None:
    article = read_html(_STORY, "https://ferry.example/winter")
    assert len(article.paragraphs) == 3
    assert article.paragraphs[-1].startswith("Passengers with monthly passes")


def test_a_reading_time_label_in_portuguese_is_the_sites_and_a_bracketed_word_is_not() -> None:
    assert is_clutter("Tempo de leitura: 1 minuto")
    assert not is_clutter("[b]The ferry will run all winter, the operator said.[/b]")
