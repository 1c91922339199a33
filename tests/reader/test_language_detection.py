"""Short texts are told apart among every language the bot reads, neighbours included."""

from __future__ import annotations

import pytest

from bot.reader.text.language import detect_language
from tests.reader.test_languages_end_to_end import ALL


@pytest.mark.parametrize("case", [pytest.param(case, id=case.code) for case in ALL])
def test_two_sentences_are_enough_to_know_the_language(case) -> None:
    title, first, *_ = case.text.split("\n\n")
    assert detect_language(first, hint="en") == case.code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hallen er tegnet af arkitekten, og byggeriet varede to år.", "da"),
        ("Hallen er tegnet av arkitekten, og byggingen varte i to år.", "no"),
        ("Міська рада відкрила нову бібліотеку в центрі міста.", "uk"),
        ("Городской совет открыл новую библиотеку в центре города.", "ru"),
        ("Mesto otvorilo novú knižnicu v centre a stavba trvala dva roky.", "sk"),
        ("Město otevřelo novou knihovnu v centru a stavba trvala dva roky.", "cs"),
    ],
)
def test_neighbouring_languages_are_told_apart(text: str, code: str) -> None:
    assert detect_language(text, hint="en") == code


def test_a_language_the_bot_does_not_read_keeps_the_pages_declared_language() -> None:
    latvian = "Pilsētas dome sestdien atklāja jaunu bibliotēku, un būvniecība ilga divus gadus."
    assert detect_language(latvian, hint="de-DE") == "de"


def test_a_few_words_keep_the_pages_declared_language() -> None:
    assert detect_language("Bergen", hint="nb") == "nb"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("国务院总理主持召开常务会议，研究部署进一步做好防汛抗旱工作。", "zh"),
        ("宮崎県で震度5弱の地震があり、気象庁は津波注意報を出した。", "ja"),
        ("민주당은 선호투표제 도입을 또다시 미뤘다. 당원들은 당규 개정을 요구했다.", "ko"),
    ],
)
def test_chinese_japanese_and_korean_are_named_not_read_as_english(text: str, code: str) -> None:
    """A page in these scripts was labelled English, the default, and read with English rules."""
    assert detect_language(text, hint="en") == code
