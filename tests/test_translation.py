"""The bot's own words in four languages: which language a person gets, what a gap in a catalog
does, and that every catalog translates exactly the texts the code has, with the same {fields}."""

from __future__ import annotations

import inspect
import string

import pytest

from bot import errors, translation
from bot.conversation import texts
from bot.translation import LANGUAGES, language_of, say, speaking, terminal_language


def english_texts() -> set[str]:
    """Every text the bot says in English: `texts.English` and the messages of every failure."""
    found = {value for name, value in vars(texts.English).items() if not name.startswith("_") and isinstance(value, str)}
    for failure in vars(errors).values():
        if inspect.isclass(failure) and issubclass(failure, errors.UserError):
            found |= {value for name, value in vars(failure).items()
                      if not name.startswith("_") and isinstance(value, str)}
    return found | {errors.APOLOGY}


def fields(text: str) -> list[str]:
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)


@pytest.mark.parametrize("code, language", [
    ("de", "de"), ("de-AT", "de"), ("fr_CA.UTF-8", "fr"), ("ES", "es"), ("en-GB", "en"),
    ("it", None), ("pt-BR", None), ("C", None), ("POSIX", None), ("", None), (None, None),
])
def test_a_language_tag_or_locale_names_one_of_the_bots_languages(code: str | None, language: str | None) -> None:
    assert language_of(code) == language


def test_the_terminal_takes_the_setting_then_the_first_locale_variable_set() -> None:
    assert terminal_language("es", {"LANG": "de_DE.UTF-8"}) == "es"
    assert terminal_language("", {"LC_ALL": "", "LC_MESSAGES": "fr_FR.UTF-8", "LANG": "de_DE.UTF-8"}) == "fr"
    assert terminal_language("", {"LC_ALL": "C.UTF-8", "LANG": "de_DE.UTF-8"}) == "en"
    assert terminal_language("klingon", {}) == "en"


def test_a_text_missing_from_a_catalog_is_said_in_english(monkeypatch: pytest.MonkeyPatch) -> None:
    partial = {texts.English.NOT_SAID: "Das steht anscheinend nicht im Artikel."}
    monkeypatch.setattr(translation, "catalog", lambda language: partial if language == "de" else {})
    with speaking("de"):
        assert texts.NOT_SAID == "Das steht anscheinend nicht im Artikel."
        assert texts.unknown_command("/nonsense") == "I don't know the command /nonsense. /help lists what I can do."
        assert str(errors.TooManyFeeds(20)) == "This chat already follows 20 feeds, the most it can. Remove one first."
    assert texts.NOT_SAID == "The article doesn't seem to say."


def test_the_language_holds_inside_the_block_only() -> None:
    with speaking("fr"):
        assert say(texts.English.TLDR) == "En bref :"
        with speaking("es"):
            assert str(errors.DeadLink(503)).startswith("El sitio tiene problemas ahora mismo (error 503)")
        assert texts.KEY_QUOTES == "Citations clés"
    assert texts.KEY_QUOTES == "Key quotes"


def test_an_unknown_text_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError):
        texts.NO_SUCH_TEXT  # noqa: B018
    with pytest.raises(AttributeError):
        texts._private  # noqa: B018


@pytest.mark.parametrize("language", [language for language in LANGUAGES if language != translation.ENGLISH])
def test_each_catalog_translates_every_text_and_nothing_else_keeping_its_fields(language: str) -> None:
    catalog = translation.catalog(language)
    english = english_texts()
    assert sorted(set(catalog) - english) == [], "entries for texts the code no longer has"
    assert sorted(english - set(catalog)) == [], f"texts with no {language} translation (they are said in English)"
    assert [text for text in english if fields(catalog[text]) != fields(text)] == []
    assert all(catalog[text] != text for text in english if len(text) > 20), "copied, not translated"
