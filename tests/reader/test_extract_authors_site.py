"""A byline that is the site's host spelled as words ("Sportschau De") is not shown as the article's
author; people beside it are, and so is the owner of a personal site named after them."""

from __future__ import annotations

import pytest

from bot.reader.extract.authors import author_names


@pytest.mark.parametrize(
    ("read", "site", "shown"),
    [
        ("Sportschau De", ("sportschau.de", "www.sportschau.de"), None),
        ("Mdr De", ("MDR", "www.mdr.de"), None),
        ("ORF at; Agenturen", ("news.ORF.at", "orf.at"), "Agenturen"),
        ("Nieuwsblad Be; Tom Davies", ("Het Nieuwsblad", "www.nieuwsblad.be"), "Tom Davies"),
    ],
)
def test_the_site_named_as_author_is_left_out(read: str, site: tuple[str, str], shown: str | None) -> None:
    assert author_names(read, "2024-04-25", site) == shown


@pytest.mark.parametrize(
    ("read", "site"),
    [
        ("Mark Stone", ("Mark Stone", "www.markstone.example")),
        ("Anna Berg", ("Berg Post", "berg.example")),
        ("Tim Hanlon", ("The Mirror", "www.mirror.co.uk")),
    ],
)
def test_a_person_whose_name_shares_a_word_with_the_site_stays(read: str, site: tuple[str, str]) -> None:
    assert author_names(read, "2024-04-25", site) == read
