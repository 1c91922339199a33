"""The writer's own voice ("we", "our", "you", "I") outside quotation marks (`summary.address`)."""

from __future__ import annotations

from bot.reader.summary.address import in_writers_voice


def test_the_writer_speaking_as_we_or_to_you_is_the_writers_voice() -> None:
    assert in_writers_voice("We are so locked into our political identities that nothing changes our minds.", "en")
    assert in_writers_voice("Below, we analyze the snap counts for the game.", "en")
    assert in_writers_voice("If you plan to retire early, save more.", "en")
    assert in_writers_voice("Beginnen wir daher, demütig die Grenzen unserer Maßnahmen zu sehen.", "de")
    assert in_writers_voice("Nous avons tous vu ces images.", "fr")


def test_quoted_words_and_third_persons_are_not_the_writers_voice() -> None:
    assert not in_writers_voice('The mayor said "we will rebuild our town" on Tuesday.', "en")
    assert not in_writers_voice("„Wir schaffen das“, sagte die Kanzlerin.", "de")
    assert not in_writers_voice("The US and its allies met in Geneva.", "en")
    assert not in_writers_voice("Sie sagte, dass ihr Haus gebrannt habe.", "de")
    assert not in_writers_voice("Part i of the plan was approved.", "en")


def test_a_language_without_a_table_is_never_the_writers_voice() -> None:
    assert not in_writers_voice("Biz bu şehri seviyoruz.", "tr")
