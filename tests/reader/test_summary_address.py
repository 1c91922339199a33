"""The writer's own first person ("I", "we", "our") outside quotation marks (`summary.address`)."""

from __future__ import annotations

from bot.reader.summary.address import in_first_person


def test_the_writer_speaking_as_i_or_we_is_the_first_person() -> None:
    assert in_first_person("We are so locked into our political identities that nothing changes our minds.", "en")
    assert in_first_person("Below, we analyze the snap counts for the game.", "en")
    assert in_first_person("Yes, I mean throwback as in retro.", "en")
    assert in_first_person("Beginnen wir daher, demütig die Grenzen unserer Maßnahmen zu sehen.", "de")
    assert in_first_person("Nous avons tous vu ces images.", "fr")


def test_a_guide_addressing_its_reader_is_not_the_first_person() -> None:
    assert not in_first_person("If you plan to retire early, you should save 25 to 30 times your expenses.", "en")


def test_quoted_words_and_third_persons_are_not_the_first_person() -> None:
    assert not in_first_person('The mayor said "we will rebuild our town" on Tuesday.', "en")
    assert not in_first_person("„Wir schaffen das“, sagte die Kanzlerin.", "de")
    assert not in_first_person("The US and its allies met in Geneva.", "en")
    assert not in_first_person("Sie sagte, dass ihr Haus gebrannt habe.", "de")
    assert not in_first_person("Part i of the plan was approved.", "en")


def test_a_language_without_a_table_is_never_the_first_person() -> None:
    assert not in_first_person("Biz bu şehri seviyoruz.", "tr")
