"""Invented but varied news articles for load benchmarks: many different pages, reproducible by seed.

A load test that serves one page 200 times measures the store's cache, not the bot; these pages
differ in topic, length (8 to 30 paragraphs), sentence shapes, quotes, figures and bylines, so
every link costs a real fetch, extraction and summary. Every title is unique, which lets the
benchmark tell which summary answers which link.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.e2e.articles import page

MIN_PARAGRAPHS = 8
MAX_PARAGRAPHS = 30

TOPICS = {
    "transport": ("ferry line", "tram extension", "cycle bridge", "night bus service", "rail depot"),
    "science": ("telescope", "seed bank", "research vessel", "glacier survey", "vaccine trial"),
    "sport": ("rowing club", "stadium roof", "youth league", "marathon route", "climbing wall"),
    "culture": ("city museum", "film festival", "public library", "opera house", "street art project"),
    "business": ("shipyard", "bakery chain", "solar plant", "fishing cooperative", "start-up fund"),
    "health": ("children's hospital", "mobile clinic", "blood bank", "care home", "ambulance station"),
    "environment": ("wetland reserve", "flood barrier", "tree nursery", "river clean-up", "wind farm"),
    "education": ("village school", "coding academy", "university campus", "language centre", "school meals service"),
}
PLACES = ("Harbourview", "Eastmere", "Kellford", "Northgate", "Saltmarsh", "Brindle", "Oakridge",
          "Westholm", "Larkspur", "Greyhaven", "Millbrook", "Stonebay", "Fernhill", "Ashcombe")
ACTIONS = ("approves", "delays", "expands", "reopens", "rethinks", "funds", "questions", "unveils")
PEOPLE = ("Ana Petrov", "Tomas Reid", "Leila Haddad", "Jonas Berg", "Priya Nair", "Owen Clarke",
          "Sofia Marin", "Daniel Okafor", "Hanna Vogel", "Marco Bellini", "Yuki Tanaka", "Ruth Adler")
ROLES = ("the mayor", "a council member", "the project director", "a local resident",
         "the union representative", "an independent engineer", "the regional minister", "a shop owner")
SITES = ("Harbour Times", "City Post", "The Coastal Herald", "Valley Gazette", "Morning Ledger")
OPENINGS = (
    "{place} {action} its {thing} after months of debate, officials said on {day}.",
    "The {thing} in {place} will cost {money} million euros, according to figures released on {day}.",
    "Plans for the {thing} in {place} moved forward on {day}, despite objections from residents.",
)
BODY = (
    "The council voted {a} to {b} in favour of the plan, which had been delayed twice since {year}.",
    "About {count} people are expected to use the {thing} every week once it is finished.",
    "Critics say the budget of {money} million euros could have paid for {count} new homes instead.",
    "Work on the {thing} is due to start in {month} and should take around {a} months.",
    "{person}, {role}, said the project had been discussed at more than {a} public meetings.",
    "Engineers found that the old site needed repairs worth {money} million euros before any work could begin.",
    "Neighbours in {place} collected {count} signatures asking for the plan to be reviewed.",
    "A similar {thing} opened in {other} in {year} and now attracts visitors from across the region.",
    "The regional government will pay {a} per cent of the cost, and the city will borrow the rest.",
    "Local businesses expect the {thing} to bring more customers, especially in the summer months.",
    "Opponents argue that the {thing} will increase traffic on narrow streets near the harbour.",
    "The first phase, covering the northern part of the site, is planned to be finished by {month}.",
    "Officials said a public consultation on the design would open in {month} and last {a} weeks.",
    "In {year}, a smaller version of the plan was rejected because of concerns about noise.",
    "Volunteers have already cleared {count} square metres of land next to the {thing}.",
    "Schools in {place} have asked whether pupils could visit the {thing} as part of their lessons.",
)
QUOTES = (
    "“This is the most important decision the city has taken in a decade,” {person} said.",
    "“We listened to every objection, and we changed the plan because of them,” said {person}, {role}.",
    "“Nobody asked the people who actually live here,” {person}, {role}, told reporters.",
    "“If we wait another year, the cost will only go up,” {person} said on {day}.",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
MONTHS = ("January", "March", "April", "June", "September", "October", "November")


@dataclass(frozen=True)
class InventedArticle:
    path: str
    title: str
    html: str
    paragraphs: int


def invent(count: int, seed: int = 7) -> list[InventedArticle]:
    """`count` different article pages, each with a unique title, the same ones for the same seed."""
    chooser = random.Random(seed)
    titles: set[str] = set()
    articles = []
    while len(articles) < count:
        topic = chooser.choice(sorted(TOPICS))
        thing = chooser.choice(TOPICS[topic])
        place = chooser.choice(PLACES)
        title = f"{place} {chooser.choice(ACTIONS)} {thing} plan"
        if title in titles:
            continue
        titles.add(title)
        paragraphs = _paragraphs(chooser, place, thing)
        html = page(title, paragraphs, site=chooser.choice(SITES), author=chooser.choice(PEOPLE),
                    date=f"2024-{chooser.randint(1, 12):02d}-{chooser.randint(1, 28):02d}")
        articles.append(InventedArticle(f"/{topic}/{len(articles)}", title, html, len(paragraphs)))
    return articles


def _paragraphs(chooser: random.Random, place: str, thing: str) -> list[str]:
    def fill(template: str) -> str:
        return template.format(
            place=place, thing=thing, other=chooser.choice(PLACES), action=chooser.choice(ACTIONS),
            day=chooser.choice(DAYS), month=chooser.choice(MONTHS), year=chooser.randint(2005, 2023),
            money=round(chooser.uniform(0.4, 90), 1), count=f"{chooser.randint(120, 9000):,}",
            a=chooser.randint(3, 40), b=chooser.randint(1, 12),
            person=chooser.choice(PEOPLE), role=chooser.choice(ROLES),
        )

    paragraphs = [fill(chooser.choice(OPENINGS))]
    for _ in range(chooser.randint(MIN_PARAGRAPHS, MAX_PARAGRAPHS) - 1):
        pool = QUOTES if chooser.random() < 0.2 else BODY
        paragraphs.append(" ".join(fill(chooser.choice(pool)) for _ in range(chooser.randint(1, 3))))
    return paragraphs
