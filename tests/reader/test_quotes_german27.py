"""Speakers of the classes untuned German pages showed in round 27 (fundus's test pages; invented sentences
here): a person the text also names inside the body she founded (`die Lena Hartmann Stiftung`), whose first
name follows an article there like a noun, and a page saved with decomposed umlauts."""

from __future__ import annotations

import unicodedata

from bot.reader.article import Article
from bot.reader.quotes.quotations import all_quotes
from bot.reader.text.document import build_document
from tests.support.reading import speakers


def test_a_founder_named_inside_her_body_is_still_a_person() -> None:
    found = speakers(
        "Lena Hartmann ist seit zwanzig Jahren Architektin in Leipzig.",
        "2019 gründete sie die Lena Hartmann Stiftung, die junge Handwerker fördert.",
        "Lena Hartmann hat aber noch weitere Pläne: Im Herbst eröffnet sie eine Schule. Das Haus steht am Markt. "
        "„Ich wollte immer einen Ort bauen, an dem man lernt“, erzählt sie im Gespräch.",
        language="de",
    )
    assert found["Ich wollte immer einen Ort"] == "Lena Hartmann"


def test_a_first_name_after_an_article_is_still_a_noun_without_a_body_named_for_it() -> None:
    found = speakers(
        "Der Verein Fluglärmgeplagter Anwohner hat am Montag geklagt. "
        "„Wir werden den Lärm nicht länger hinnehmen“, sagte der Verein.",
        language="de",
    )
    assert found["Wir werden den Lärm nicht"] != "Fluglärmgeplagter Anwohner"


def test_decomposed_umlauts_are_read_as_the_letters_they_show() -> None:
    decomposed = unicodedata.normalize("NFD", "Jürgen Möller sagte: „Wir müssen schneller bauen als bisher.“")
    article = Article("Bau", (decomposed,), language="de", author=unicodedata.normalize("NFD", "Jörg Wüst"))
    assert article.paragraphs[0].startswith("Jürgen Möller")
    assert article.author == "Jörg Wüst"
    found = speakers(decomposed, language="de")
    assert found["Wir müssen schneller bauen als"] == "Jürgen Möller"


def test_the_spokesman_of_a_body_called_back_by_his_compound_speaks_for_the_body() -> None:
    found = speakers(
        "Die Feuerwehr kämpft seit dem Morgen gegen einen Brand in einer Lagerhalle in Spandau. "
        "„Das Dach ist bereits eingestürzt“, sagte ein Feuerwehrsprecher.",
        "Das Institut für Arbeitsschutz warnt vor giftigen Gasen. "
        "„Wir haben das Feuer noch lange nicht unter Kontrolle“, so der Feuerwehrsprecher weiter.",
        "„Für die Anwohner besteht keine Gefahr mehr“, sagte der Feuerwehr-Sprecher am Abend.",
        language="de",
    )
    assert found["Das Dach ist bereits eingestürzt"] == "Feuerwehr"
    assert found["Wir haben das Feuer noch"] == "Feuerwehr"
    assert found["Für die Anwohner besteht keine"] == "Feuerwehr"


def test_the_named_spokesman_is_still_the_one_his_post_calls_back() -> None:
    found = speakers(
        "„Das Dach ist bereits eingestürzt“, sagte Feuerwehrsprecher Jens Ott am Mittag.",
        "„Wir haben das Feuer noch lange nicht unter Kontrolle“, so der Feuerwehrsprecher weiter.",
        language="de",
    )
    assert found["Wir haben das Feuer noch"] == "Jens Ott"


def test_a_surname_opening_with_particles_after_the_verb_is_the_full_name() -> None:
    intro = "Kommissionspräsidentin Ursula von der Leyen reiste am Montag nach Kiew. "
    for sentence in ("„Wir stehen fest an der Seite der Ukraine“, sagte von der Leyen.",
                     "„Wir stehen fest an der Seite der Ukraine“, so von der Leyen am Abend.",
                     "Danach sagte von der Leyen: „Wir stehen fest an der Seite der Ukraine.“"):
        assert speakers(intro + sentence, language="de")["Wir stehen fest an der"] == "Ursula von der Leyen"


def test_a_phrase_of_place_after_the_verb_is_no_surname() -> None:
    found = speakers("„Wir stehen fest an der Seite der Ukraine“, rief von der Bühne ein Mann.", language="de")
    assert found["Wir stehen fest an der"] is None


def test_an_adverb_opening_the_sentence_is_no_name_when_a_person_follows_the_verb() -> None:
    found = speakers(
        "Bürgermeister Tobias Krämer zog am Freitag Bilanz.",
        "Insgesamt zeigte sich Krämer zufrieden: „Wir haben mehr gebaut als jemals zuvor.“",
        language="de",
    )
    assert found["Wir haben mehr gebaut als"] == "Tobias Krämer"


def test_a_quotation_nesting_the_same_german_marks_is_one_quotation() -> None:
    found = speakers(
        "Die Trainerin Anna Berg lobte ihr Team. "
        "„Die Mannschaft hat „echtes Herz“ gezeigt, und das über neunzig Minuten“, sagte Berg.",
        "„Viele sagen „Das schafft ihr nie“, aber wir haben es geschafft“, sagte Berg nach dem Spiel.",
        language="de",
    )
    assert found == {"Die Mannschaft hat „echtes Herz“": "Anna Berg", "Viele sagen „Das schafft ihr": "Anna Berg"}


def test_a_new_german_quotation_after_a_sentence_left_open_is_still_its_own() -> None:
    found = speakers(
        "Anna Berg ist Trainerin. „Wir fahren morgen nach Kiel. „Dort wollen wir endlich wieder gewinnen“, sagte Berg.",
        language="de",
    )
    assert "Dort wollen wir endlich wieder" in found


def test_the_unit_after_a_quantity_is_nobody_a_description_could_mean() -> None:
    found = speakers(
        "Das Krokodil ist nach Berechnungen der Forscher rund 21 Billionen Tonnen schwer.",
        "„Krass eigentlich, dass das vor uns noch niemandem aufgefallen ist“, so die Wissenschaftlerin mit dem Hut.",
        language="de",
    )
    assert found["Krass eigentlich, dass das vor"] is None


def test_a_page_number_before_a_name_is_no_quantity() -> None:
    found = speakers(
        "Tesla trabajó 84 horas sin dormir. : 208 Kenneth Swezey, un periodista amigo suyo, confirmó que Tesla dormía "
        "poco. Swezey recordó: «Estaba durmiendo en mi habitación cuando me llamó.»",
        language="es",
    )
    assert found["Estaba durmiendo en mi habitación"] == "Kenneth Swezey"


def _column(*paragraphs: str, author: str | None, language: str = "de") -> dict[str, str | None]:
    document = build_document(Article("Kolumne", paragraphs, language=language, author=author))
    return {" ".join(quote.text.split()[:5]): quote.speaker for quote in all_quotes(document)}


def test_the_columnist_who_sets_down_their_own_words_is_the_byline() -> None:
    paragraphs = ("Am Freitag sitzen wir in der Cafeteria der Gemeinde zusammen.",
                  "Ich sitze dabei, höre zu und muss schmunzeln: „Ich bin froh, dass hier niemand so denkt.“ "
                  "Dann schweige ich kurz. „Dass keiner von euch davon spricht, wundert mich.“")
    found = _column(*paragraphs, author="Abdul Adhim Kamouss")
    assert found["Ich bin froh, dass hier"] == "Abdul Adhim Kamouss"
    assert found["Dass keiner von euch davon"] == "Abdul Adhim Kamouss"
    assert _column(*paragraphs, author=None)["Ich bin froh, dass hier"] is None
    english = _column("We met at the community hall on Friday night.",
                      "I listened for a while and had to smile: “I am glad nobody here thinks that way.”",
                      author="Ann Lee", language="en")
    assert english["I am glad nobody here"] == "Ann Lee"


def test_an_imam_is_a_title_not_a_first_name() -> None:
    found = speakers(
        "Der Berliner Imam Abdul Adhim Kamouss sprach am Freitag in Marienfelde.",
        "„Kinder sind eine Verantwortung vor Gott“, sagte Kamouss.",
        language="de",
    )
    assert found["Kinder sind eine Verantwortung vor"] == "Abdul Adhim Kamouss"


def test_the_writer_who_told_someone_is_the_byline_not_who_spoke_before() -> None:
    paragraphs = ("Tom Weiss runs the community hall.",
                  "“We will open again in May,” Weiss said. I told them: “I am glad nobody here thinks that way.”")
    assert _column(*paragraphs, author="Ann Lee", language="en")["I am glad nobody here"] == "Ann Lee"
    assert _column(*paragraphs, author=None, language="en")["I am glad nobody here"] is None


def test_an_i_of_another_clause_or_a_me_leaves_the_speaker_named() -> None:
    met = _column("Ich traf Tobias Krämer am Montag, der sagte: „Das freut mich wirklich sehr für uns alle.“",
                  author="Ann Lee")
    told = _column("Tobias Krämer rief an. Er sagte mir: „Das freut mich wirklich sehr für uns alle.“", author="Ann Lee")
    assert met["Das freut mich wirklich sehr"] == told["Das freut mich wirklich sehr"] == "Tobias Krämer"
