"""Sentence splitting keeps quotation marks with the sentence they close."""

from bot.reader.text.language import language_for


def test_a_german_closing_quote_stays_with_its_sentence() -> None:
    sentences = language_for("de").sentences("Er sagte: „Wir kommen morgen.“ Dann ging er nach Hause.")
    assert sentences == ["Er sagte: „Wir kommen morgen.“", "Dann ging er nach Hause."]


def test_a_german_ordinal_does_not_end_the_sentence() -> None:
    text = "Wählbar ist, wer das 18. Lebensjahr vollendet hat. Die Wahl war am 7. Juni. Er wurde 18. Dann ging er."
    assert language_for("de").sentences(text) == [
        "Wählbar ist, wer das 18. Lebensjahr vollendet hat.",
        "Die Wahl war am 7. Juni.",
        "Er wurde 18.",
        "Dann ging er.",
    ]


def test_an_opening_quote_starts_the_next_sentence() -> None:
    sentences = language_for("en").sentences("He left early. “We will win,” she said.")
    assert sentences == ["He left early.", "“We will win,” she said."]


def test_french_and_italian_elisions_match_the_bare_word() -> None:
    french, italian = language_for("fr"), language_for("it")
    assert french.terms("l'enquête sur d'anciennes usines") == french.terms("enquête sur anciennes usines")
    assert french.terms("jusqu'aujourd'hui") == french.terms("aujourd'hui")
    assert italian.terms("dell'anno e l'ospedale") == italian.terms("anno e ospedale")


def test_a_datelines_dash_is_no_part_of_the_sentence_after_it_but_a_dialogue_dash_stays() -> None:
    french = language_for("fr")
    assert french.sentences("19 août 2012. - A l'exception du Luxembourg, la Belgique est en vigilance orange.") == [
        "19 août 2012.", "A l'exception du Luxembourg, la Belgique est en vigilance orange.",
    ]
    assert french.sentences("Il a dit : « Non. » – Oui, répondit-elle.")[-1] == "– Oui, répondit-elle."


def test_a_quoted_slogan_with_full_stops_stays_inside_its_sentence() -> None:
    english = language_for("en")
    assert english.sentences(
        "South Dakota’s viral “Meth. We’re on it.” campaign drew mockery. The state paid $449,000 for it."
    ) == ["South Dakota’s viral “Meth. We’re on it.” campaign drew mockery.", "The state paid $449,000 for it."]
    assert english.sentences("He loved “Mr. Smith Goes to Washington” as a boy.") == [
        "He loved “Mr. Smith Goes to Washington” as a boy."
    ]


def test_a_headline_in_single_quotes_and_its_colon_stay_one_sentence() -> None:
    """A related story's headline was cut into "'Meth.", "We're On It." and "': South Dakota spends
    ...", the last shown as an answer opening with a quotation mark and a colon."""
    assert language_for("en").sentences("'Meth. We're On It.': South Dakota spends $449K on new ads") == [
        "'Meth. We're On It.': South Dakota spends $449K on new ads"
    ]
    assert language_for("en").sentences("'Yes.' She nodded. It's late.") == ["'Yes.'", "She nodded.", "It's late."]


def test_a_french_opening_guillemet_starts_the_quotation_not_the_sentence_before() -> None:
    assert language_for("fr").sentences(
        "La police a ouvert une enquête. « Nous recueillons des témoignages » a ajouté le porte-parole."
    ) == ["La police a ouvert une enquête.", "« Nous recueillons des témoignages » a ajouté le porte-parole."]


def test_a_wire_storys_place_line_is_no_part_of_its_first_sentence() -> None:
    english = language_for("en")
    assert english.sentences("ST. JOSEPH, Mich. (AP) — Health officials reported six cases. More may follow.") == [
        "Health officials reported six cases.", "More may follow.",
    ]
    assert english.sentences("SIOUX FALLS, S.D. – People across the nation are talking.") == [
        "People across the nation are talking.",
    ]
    assert english.sentences("US - China talks resumed on Monday.") == ["US - China talks resumed on Monday."]
    assert english.sentences("LIMA, Peru/QUITO (Reuters) - Rescuers reached the valley. Roads stay shut.") == [
        "Rescuers reached the valley.", "Roads stay shut.",
    ], "a place line naming two cities"
    assert english.sentences("NATO/EU talks - a summary of the day.") == ["NATO/EU talks - a summary of the day."]


def test_a_title_written_short_does_not_end_the_sentence() -> None:
    assert language_for("en").sentences("South Dakota Gov. Kristi Noem defended the ads. Sgt. Tom Barr agreed.") == [
        "South Dakota Gov. Kristi Noem defended the ads.", "Sgt. Tom Barr agreed.",
    ]
    assert language_for("es").sentences("La Sra. García habló. Luego se fue.") == ["La Sra. García habló.", "Luego se fue."]
    assert language_for("fr").sentences(
        "Ils iront devant la Cour européenne des droits de l'homme, M. Charpentier l'a promis. Le juge a tranché."
    ) == ["Ils iront devant la Cour européenne des droits de l'homme, M. Charpentier l'a promis.", "Le juge a tranché."]


def test_sentences_a_page_joined_without_a_space_are_split_but_abbreviations_and_addresses_stay() -> None:
    english = language_for("en")
    assert english.sentences(
        "The son of a former president was stabbed, police said on Wednesday.The attack happened at a clinic, "
        "where he worked as a chief physician.Police arrested a 57-year-old man."
    ) == [
        "The son of a former president was stabbed, police said on Wednesday.",
        "The attack happened at a clinic, where he worked as a chief physician.",
        "Police arrested a 57-year-old man.",
    ]
    assert english.sentences("Mrs.Smith said so. Visit www.Example.com today.") == [
        "Mrs.Smith said so.", "Visit www.Example.com today.",
    ]
    assert language_for("de").sentences("Er kam aus der Straße.Dann ging er.") == ["Er kam aus der Straße.", "Dann ging er."]


def test_a_persons_initials_do_not_end_the_sentence_but_a_countrys_do() -> None:
    english = language_for("en")
    assert english.sentences("The team used the W.M. Keck Observatory in Hawaii. E.B. White wrote it.") == [
        "The team used the W.M. Keck Observatory in Hawaii.", "E.B. White wrote it.",
    ]
    assert english.sentences("The novel was written by J.R.R. Tolkien in England.") == [
        "The novel was written by J.R.R. Tolkien in England.",
    ]
    assert english.sentences("He moved to the U.S. The company followed him.") == [
        "He moved to the U.S.", "The company followed him.",
    ]


def test_a_french_question_quoted_before_its_attribution_keeps_the_guillemets_spacing() -> None:
    paragraph = ("« On ferme des piscines et des bibliothèques, et vous appelez ça préserver les services ? », "
                 "a lancé le chef de groupe, Sophie Lecrenier. L'échevine lui a répondu.")
    assert language_for("fr").sentences(paragraph) == [
        "« On ferme des piscines et des bibliothèques, et vous appelez ça préserver les services ? », "
        "a lancé le chef de groupe, Sophie Lecrenier.",
        "L'échevine lui a répondu.",
    ]


def test_a_footnote_mark_stays_with_its_sentence_and_opens_no_sentence() -> None:
    english = language_for("en")
    assert english.sentences(
        "Access to the site in Turkey is being restored.* This follows a ruling by the court in December."
    ) == ["Access to the site in Turkey is being restored.*", "This follows a ruling by the court in December."]
    assert english.sentences("* Some providers have restored access already. We will keep this statement updated.") == [
        "Some providers have restored access already.", "We will keep this statement updated."]


def test_an_abbreviation_before_a_number_ends_no_sentence_but_a_plain_word_does() -> None:
    german = language_for("de")
    assert german.sentences("Der Grill wiegt ca. 15 kg und kostet ca. 149 Euro.") == [
        "Der Grill wiegt ca. 15 kg und kostet ca. 149 Euro."
    ]
    assert german.sentences("Pizzastein, B×H×T: ca. 33,8×0,9×22,8 cm") == ["Pizzastein, B×H×T: ca. 33,8×0,9×22,8 cm"]
    assert german.sentences("Das war zu viel. 30 Leute kamen trotzdem.") == ["Das war zu viel.", "30 Leute kamen trotzdem."]


def test_chinese_and_japanese_sentences_end_at_their_full_width_marks() -> None:
    english = language_for("en")
    assert english.sentences("他很期待。“今年很关键。我一直关注着。”他说。") == [
        "他很期待。", "“今年很关键。", "我一直关注着。”", "他说。",
    ]
    assert english.sentences("会社は3月9日に発表した。価格は2900円です！本当ですか？") == [
        "会社は3月9日に発表した。", "価格は2900円です！", "本当ですか？",
    ]


def test_a_closing_guillemet_after_a_word_opens_nothing_so_the_next_sentence_stands_alone() -> None:
    text = ("«La situación es tremenda. Hay gente desesperada porque está en lista de espera», expone. "
            "Laura Martínez espera desde abril.")
    assert language_for("es").sentences(text)[-1] == "Laura Martínez espera desde abril."


def test_a_title_of_address_before_a_name_punkt_knows_in_lower_case_stays_with_it() -> None:
    assert language_for("en").sentences(
        "“It is the end of the story,” Mr. Powers said. He left the room."
    ) == ["“It is the end of the story,” Mr. Powers said.", "He left the room."]
