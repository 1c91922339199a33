"""Invented article pages for end-to-end tests, with the clutter real news pages carry."""

from __future__ import annotations

from html import escape


def page(title: str, paragraphs: list[str], *, site: str = "Harbour Times", author: str = "Mara Lind",
         date: str = "2024-03-14", lang: str = "en") -> str:
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{escape(title)} | {escape(site)}</title>
<meta property="og:site_name" content="{escape(site)}">
<meta property="og:title" content="{escape(title)}">
<meta name="author" content="{escape(author)}">
<meta property="article:published_time" content="{date}T09:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>{escape(title)}</h1>
<p class="byline">By {escape(author)}</p>
{body}
<p>Sign up for our newsletter to get the latest headlines every morning.</p>
</article>
<aside><h3>Most read</h3><ul><li><a href="/a">Storm closes harbour</a></li>
<li><a href="/b">Mayor opens new bridge</a></li><li><a href="/c">Local team wins cup</a></li></ul></aside>
<footer>© 2024 {escape(site)}. All rights reserved.</footer>
</body></html>"""


ENVOY_TITLE = "Envoy renews offer of talks with Northland"
ENVOY = page(ENVOY_TITLE, [
    "A special envoy made a new appeal on Monday for talks with Northland, insisting that the "
    "Republic has no hostile intent after weeks of rising tension along the border.",
    "Sung Kim, the Republic's special representative on Northland, met in the capital with his "
    "southern counterpart, Noh Kyu-duk, ahead of a three-way meeting on Tuesday with senior "
    "officials from the island states.",
    "“We will seek diplomacy with Northland to make tangible progress that increases the security "
    "of our people and our allies,” Kim told reporters after the meeting.",
    "Northland in recent weeks has tested a long-range cruise missile, a train-launched weapon and "
    "what it said was a hypersonic warhead.",
    "Northland's leader met three times with the former president of the Republic, but the two "
    "sides failed to reach a comprehensive agreement on ending the weapons programme.",
    "Officials said the envoy would travel to the island states next month to continue the talks, "
    "and that a new round of negotiations could begin before the end of the year.",
    "Analysts in the capital said the offer was unlikely to change Northland's position quickly, "
    "given the sanctions that remain in force and the recent missile tests.",
])

GARDEN_TITLE = "City opens a rooftop garden on the old fire station"
GARDEN = page(GARDEN_TITLE, [
    "The city opened a rooftop garden on the old fire station on Saturday, turning 1,200 square "
    "metres of bare concrete into beds of vegetables, herbs and wild flowers.",
    "The garden was designed by the architect Lena Ortiz, who said the roof had been strong enough "
    "to carry soil because the station was built to hold heavy engines.",
    "Volunteers planted 340 fruit trees in large containers, and the city expects the first "
    "harvest of apples and pears in two years.",
    "Residents can rent one of 80 small plots for 25 euros a season, with priority for families "
    "living in flats without a balcony.",
    "The project cost 2.4 million euros, most of it paid by a regional climate fund that supports "
    "green roofs in dense neighbourhoods.",
    "The city plans to open two more rooftop gardens, on a library and a school, by the end of "
    "next year if the first one proves popular.",
    "Beekeepers from the neighbourhood association installed six hives on the northern edge of the "
    "roof, where the wind is weakest in spring.",
    "A rainwater tank under the old engine hall collects water from the roof and feeds a drip "
    "system that waters the beds at night.",
    "Schools in the district will bring pupils to the garden twice a week to learn how vegetables "
    "are grown and how compost is made.",
    "The fire brigade, which moved to a new station in 2019, donated two of its old ladders to "
    "build trellises for climbing beans.",
    "Neighbours who worried about noise were promised that the garden will close at nine in the "
    "evening and that no amplified music will be allowed.",
    "Opening hours on weekends were extended after more than three thousand people visited the "
    "roof on the first Saturday alone.",
], site="City Post", author="Jon Berg", date="2024-05-04")

NOT_AN_ARTICLE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Archive</title></head>
<body><h1>Archive</h1><ul>""" + "".join(
    f'<li><a href="/story/{n}">Story number {n}</a></li>' for n in range(60)) + "</ul></body></html>"

PASTED = "\n\n".join([
    "Harbour council approves night ferry service",
    "The harbour council approved a night ferry service on Thursday, the first time in twenty years "
    "that boats will cross the bay after midnight.",
    "Follow us on Facebook for the latest local news.",
    "The ferries will run every forty minutes between one and five in the morning, from June to "
    "September, council members said after a vote of nine to two.",
    "Ticket prices will stay at three euros, and the service will be paid for by a small increase "
    "in the tourist tax charged by hotels along the waterfront.",
    "Night workers at the hospital and the port had asked for the service for years, saying the "
    "last evening boat left them with a ninety-minute walk around the bay.",
    "The council will review the service in October and decide whether to run it all year.",
])


_TEAMS = ["pilots", "ferry", "fishing", "lighthouse", "rowing", "customs", "harbour school", "coastguard",
          "marina", "port museum", "shipyard", "sailmakers", "oyster farming", "tram depot", "fire brigade",
          "weather station", "ropewalk", "chandlery", "seamen's mission", "ice factory"]
_PLACES = ["eastern breakwater", "northern pier", "old market hall", "western headland", "river mouth",
           "freight terminal", "former warehouse", "rescue station", "south basin", "customs house",
           "dry dock", "loft above the chandlery", "shallow lagoon", "harbour loop", "engine hall",
           "observatory tower", "long shed", "corner shop", "chapel annexe", "cold quay"]
_EXPERTS = ["Ada Morel", "Basil Grant", "Carla Nuñez", "Dario Voss", "Elin Sørensen", "Farid Haddad",
            "Greta Lund", "Hugo Almeida", "Ines Kowal", "Jonas Petit", "Kaori Tanaka", "Luca Ferri",
            "Mira Novak", "Niels Brandt", "Olga Petrova", "Pavel Horák", "Quentin Duval", "Rosa Ibarra",
            "Stefan Ilić", "Tomasz Wójcik"]
_FIELDS = ["tidal engineering", "marine carpentry", "industrial refrigeration", "precision optics",
           "sports physiotherapy", "international logistics", "vocational pedagogy", "maritime navigation",
           "coastal hydraulics", "archival conservation", "structural welding", "technical textiles",
           "shellfish biology", "railway electrification", "firefighting chemistry", "atmospheric physics",
           "fibre mechanics", "retail accounting", "pastoral psychology", "cryogenic storage"]
_NEEDS = ["dredging equipment", "replacement pontoons", "compressor units", "battery banks", "boat trailers",
          "cargo scanners", "portable laptops", "handheld radios", "mooring cleats", "dehumidifiers",
          "scaffolding towers", "sewing machines", "sorting conveyors", "pantograph spares", "breathing sets",
          "anemometers", "hemp bales", "display shelving", "guest mattresses", "insulated panels"]
_LOADS = ["container vessels", "night crossings", "trawler catches", "coastal shipping", "junior crews",
          "export consignments", "apprentice sailors", "distress calls", "visiting yachts", "school excursions",
          "repair contracts", "racing dinghies", "restaurant deliveries", "commuter journeys", "emergency callouts",
          "storm warnings", "mooring ropes", "provisioning orders", "travelling seafarers", "frozen shipments"]
HARBOUR_TITLE = "Harbour works: every team reports on a long year of repairs"
HARBOUR = page(HARBOUR_TITLE, [
    f"Representatives of the {team} reported that structures around the {place} deteriorated badly "
    f"throughout successive seasons, and {expert}, an acknowledged specialist in {field}, explained "
    f"that the {team} volunteers urgently require {need} before midsummer, because the existing "
    f"installations can no longer accommodate the {load} which neighbourhood residents, independent "
    f"traders and countless international visitors have always anticipated from this harbour."
    for team, place, expert, field, need, load in zip(_TEAMS, _PLACES, _EXPERTS, _FIELDS, _NEEDS, _LOADS)
], site="Harbour Times", author="Mara Lind", date="2024-06-02")
"""A long article whose long summary does not fit in one Telegram message."""

BRIDGE_TITLE = "Council approves a footbridge between the old town and the station"
BRIDGE = page(BRIDGE_TITLE, [
    "The city council approved a new footbridge over the river on Wednesday, linking the old town "
    "with the railway station for the first time in a century.",
    "The bridge was designed by the engineer Clara Weiss, whose firm also built the harbour crossing.",
    "The mayor said the project would cost 3.1 million euros and take two years to build.",
    "Shop owners on the river bank said they feared months of noise and fewer customers.",
    "Weiss said the deck would be lit by solar lamps and closed to bicycles on market days.",
    "Work is due to start in the spring, once the river is low enough for the foundations.",
], site="City Post", author="Jon Berg", date="2024-06-12")
