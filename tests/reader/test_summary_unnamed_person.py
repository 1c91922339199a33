"""Issue 15 on untuned long features (summ33, 2026-12-02): a feature follows its people for paragraphs by
pronouns, and a long text's TL;DR was such a sentence ("Today he carries Fox's beers …"), whose person the
reader never met. `openers.pronoun_before_name` tells them; the TL;DR of a long text passes over them."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.summary.compose import Length, summarize
from bot.reader.summary.features import LONG_TEXT_SENTENCES
from bot.reader.summary.openers import pronoun_before_name
from bot.reader.text.document import build_document


def test_a_person_by_pronoun_before_any_name():
    assert pronoun_before_name("Today he carries the brewer's beers at a bakery in town.", "en")
    assert pronoun_before_name("The mother of three says she is confident of doing business late.", "en")
    assert pronoun_before_name("Am Montag, dem 11. Oktober 2021, hat sie eine neue Regierung ernannt.", "de")
    assert pronoun_before_name("Mardi soir, il a annoncé sa démission devant le conseil.", "fr")


def test_a_named_person_or_the_sentence_s_own_subject_is_no_pointer():
    assert not pronoun_before_name("Today Fox carries his beers at Sauce and Bread Kitchen.", "en")
    assert not pronoun_before_name("More people are aware of online threats but they have little confidence.", "en")
    assert not pronoun_before_name("A schoolboy with an illness which means he is allergic to sunlight was abused.", "en")
    assert not pronoun_before_name("T he museum opens on Sept. 24 in Washington after a decade of work.", "en"), "a drop cap"
    assert not pronoun_before_name("It is now recommended that all patients have the test.", "en")
    assert not pronoun_before_name("Die Ministerin sagte, sie werde zurücktreten.", "de")


BODY = ("The {0} workshop by the {1} river opened its doors to {2} visitors from the valley this spring.")
PLACES = ("north", "south", "east", "west", "upper", "lower", "old", "new", "green", "stone", "iron", "glass")


def test_a_long_text_s_tldr_names_its_person():
    pointer = "Today he carries the distillery's whiskeys and gins to every bar in the county and beyond."
    named = "Brewer Tom Fox opened the first distillery in northern Indiana since Prohibition in 2014."
    body = tuple(BODY.format(PLACES[i % 12], PLACES[(i * 5 + 1) % 12], 10 + i) for i in range(LONG_TEXT_SENTENCES))
    article = Article(title="The distillery that carries whiskeys and gins", paragraphs=(named, pointer, *body))
    assert summarize(build_document(article), Length.MEDIUM).tldr.text != pointer
