"""Speakers on pages like the untuned fundus pages of the twenty-second round (French, Spanish, German and
English news): who a colon hands the words to, and whom a pronoun after a question stands for."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.text.document import build_document
from bot.reader.quotes.quotations import all_quotes


def _speakers(language: str, *paragraphs: str) -> list[str | None]:
    return [quote.speaker for quote in all_quotes(build_document(Article("Story", paragraphs, language=language)))]


def test_a_letter_published_by_a_body_does_not_speak_for_whoever_answers_it() -> None:
    assert _speakers(
        "es",
        "Horas antes de la carrera, Luis Pérez Gil, presidente de la FIA, replicó a la carta abierta publicada por "
        "la GPDA: \"¿Tenemos que explicarles los motivos de nuestras decisiones? No, nadie tiene que hacerlo.\"",
    ) == ["Luis Pérez Gil"]


def test_a_passive_agent_before_the_colon_still_speaks() -> None:
    assert _speakers(
        "fr",
        "La liste commune est critiquée par l'opposition. Cette alliance est justifiée ainsi par Paul Vasseur : "
        "« Nous devons rassembler toutes les forces de gauche. »",
    ) == ["Paul Vasseur"]


def test_whom_a_letter_is_sent_to_does_not_write_it() -> None:
    assert _speakers(
        "en",
        "The Teachers Union's letter to John Smith, the mayor of the town, said: \"We will strike on Monday unless "
        "the council meets us.\"",
        "The letter also said that \"there must be a full inquiry into the closure of the two schools.\"",
    ) == ["Teachers Union", "Teachers Union"]


def test_a_name_in_the_question_someone_was_asked_is_not_the_he_who_answers() -> None:
    assert _speakers(
        "en",
        "Sir Keir Starmer said on Monday that the rules on gifts were clear.",
        "Asked again whether he would keep accepting gifts from Lord Alli, he said: \"Well, wherever there are "
        "gifts I am going to comply with the rules.\"",
        "Asked whether an adviser would be appointed, he went on: \"Well, there is a massive difference between "
        "declarations and corruption.\"",
    ) == ["Keir Starmer", "Keir Starmer"]


def test_a_german_pronoun_after_the_verb_speaks_not_the_noun_before_the_comma() -> None:
    assert _speakers(
        "de",
        "Die Schule investiert viel, sagt Rektorin Eileen Lyons. Die Technik sei niemals Selbstzweck, betont sie: "
        "„Technologie muss immer einen Mehrwert bieten, sonst bringt sie nichts.“",
    ) == ["Eileen Lyons"]


def test_a_german_noun_before_a_name_that_the_text_inflects_is_no_first_name() -> None:
    assert _speakers(
        "de",
        "Am Sonntag gewann Arthur Kluckers das Rennen vor seinem Teamkollegen Luc Wirtgen.",
        "Auch Teamkollege Nico Elvedi haderte mit der Regel: „Ich verstehe einfach nicht, wie der Schiedsrichter "
        "so eingreifen kann.“",
    ) == ["Nico Elvedi"]


def test_a_verb_missing_from_the_list_still_reports_before_a_named_person() -> None:
    assert _speakers(
        "es",
        "Christian Horner habló después de la carrera en Catar.",
        "\"Le apoyaremos hasta el final y dejaremos que decida él mismo su futuro\", deslizó Horner.",
    ) == ["Christian Horner"]


def test_an_adverb_opening_the_sentence_is_no_part_of_a_name() -> None:
    speakers = _speakers(
        "es",
        "El juez cita a declarar al fiscal general, Álvaro García Ortiz.",
        "Además de García Ortiz, el instructor cita como investigada a la fiscal jefe de Madrid, Pilar Rodríguez.",
        "\"Conviene no olvidar las notas de imparcialidad de esa unidad\", recoge el auto.",
    )
    assert "Además de García Ortiz" not in speakers


def test_quotation_marks_typed_the_wrong_way_round_still_quote() -> None:
    document = build_document(Article("Story", (
        "Según el juez Pedro Ruiz, “se trata de testimonios que no aportan datos objetivos a la causa“.",
        "Lobato escribió ”Porque si no parece que me la ha dado la fiscalía“ en un mensaje.",
        "Los testigos hablaron de los “terroristas ” y dijeron que serían castigados con la muerte ”. Después se fueron.",
    ), language="es"))
    assert [quote.text[:20] for quote in all_quotes(document)] == ["se trata de testimon", "Porque si no parece "]


def test_a_french_she_is_the_woman_not_the_man_a_title_showed() -> None:
    assert _speakers(
        "fr",
        "Mardi soir, Emmanuel Macron a reçu Sophie Binet, la secrétaire générale de la CGT, puis Marylise Léon.",
        "La dirigeante de la CGT affirme avoir parlé à M. Macron des retraites.",
        "« Je me suis adressée à lui avec gravité, car la situation est inquiétante », confie-t-elle.",
        "A ses yeux, « on peut parler de rupture avec le monde du travail ».",
        "Pour la syndicaliste, il n'existe qu'une voie pour « apaiser la colère et tourner la page » du conflit.",
    ) == ["Sophie Binet"] * 3


def test_para_and_a_named_person_give_whose_view_the_quotation_is() -> None:
    assert _speakers(
        "es",
        "El juez Ángel Hurtado cita al fiscal general.",
        "Estos mensajes, para Hurtado, son “reveladores de momentos de urgencia y gran tensión”.",
    ) == ["Ángel Hurtado"]


def test_a_name_after_a_german_relative_pronoun_keeps_its_first_name() -> None:
    assert _speakers(
        "de",
        "Auf die Fahrer wartete eine dreistündige Saunaerfahrung, die Arthur Kluckers als Schnellster absolvierte.",
        "„Wir haben als Team versucht, das beste Rennen zu fahren“, sagt Kluckers nach der Zielankunft.",
        "Den Frust der Verlierer gab es auch, den Granit Xhaka zusammenfasste: „Der Platzverweis hat uns getötet.“",
    ) == ["Arthur Kluckers", "Granit Xhaka"]


def test_a_description_whose_closing_comma_was_left_out_still_ends_at_the_verb() -> None:
    assert _speakers(
        "en",
        "Think twice before you spend any dollar bill in your wallet.",
        "'It is very rare that the Federal Reserve would mess up an order,' Chad Hawk, vice president of PMG, "
        "a paper money grading company in Florida told Fox.",
    ) == ["Chad Hawk"]


def test_a_relative_named_after_the_kin_noun_speaks_not_the_one_they_are_kin_to() -> None:
    assert _speakers(
        "en",
        "Senator Harry Reid was injured on Sunday while exercising at his home.",
        "\"He is doing fine and will be back at work soon,\" said Reid's wife Landra.",
        "\"My father will be back at work very soon,\" said Reid's son, Rory Reid.",
    ) == ["Landra Reid", "Rory Reid"]


def test_a_german_person_noun_before_a_new_name_makes_him_the_he_after_it() -> None:
    assert _speakers(
        "de",
        "Im Deutschunterricht erklärt Lehrer Andreas Heller die Aufgabe: „Die Arbeit, die man hineinstecken muss, "
        "ist stark reduziert.“",
        "Mathematik in der achten Klasse, Lehrer Rejhan Nisic moderiert. „Wir haben einen Chatbot speziell für "
        "unsere Stunden kreiert“, erklärt er.",
    ) == ["Andreas Heller", "Rejhan Nisic"]


def test_a_german_separable_verb_missing_from_the_list_still_reports() -> None:
    assert _speakers(
        "de",
        "Doch Annika Poestges, die im Haus für die Öffentlichkeitsarbeit zuständig ist, ist überzeugt: Auch "
        "öffentliche Schulen könnten profitieren. „Man kann mit kostenfreien Programmen starten“, regt sie an.",
    ) == ["Annika Poestges"]


def test_a_role_with_its_complement_before_the_name_is_who_the_role_means_later() -> None:
    assert _speakers(
        "es",
        "El juez del Tribunal Supremo Ángel Hurtado ha citado a declarar al fiscal general del Estado, Álvaro "
        "García Ortiz.",
        "Además, advierte que no hay razones para dudar de los agentes de la Guardia Civil que investigan.",
        "“Llegado a Presidencia del Gobierno, se puso a disposición del testigo para que hiciera uso de él“, "
        "apunta el juez.",
    ) == ["Ángel Hurtado"]


def test_the_expert_who_spoke_before_stays_the_named_expert() -> None:
    assert _speakers(
        "en",
        "Experts from Wren Kitchens worked with Fantastic Gardeners to pick the best plants for a kitchen.",
        "\"This plant is one of the best ones to help reduce indoor air pollutants,\" explains Radek Babicek from "
        "Fantastic Gardeners.",
        "\"Despite this, it is still an easy plant to care for,\" the expert explains.",
        "The experts also recommend aloe vera plants for your kitchen.",
        "\"If you burn yourself, cut off a lower leaf and rub the gel right on the burn,\" the expert explains.",
    ) == ["Radek Babicek"] * 3


def test_a_french_auxiliary_and_an_unlisted_participle_report_past_where_it_was_posted() -> None:
    assert _speakers(
        "fr",
        "Le président du Kazakhstan a ordonné vendredi de protéger les infrastructures de son pays.",
        "«Kassym-Jomart Tokaïev a chargé le premier ministre de prendre des mesures urgentes pour protéger le "
        "pays», a rapporté sur Facebook le porte-parole du président, Berik Uali. Ce dernier rappelle que le "
        "Kazakhstan avait appelé Moscou et Kiev à négocier.",
    ) == ["Berik Uali"]


_INTERVIEW = (
    "\"I never expected any of this to happen to me,\" Wiig says.",
    "\"It still feels strange to see my face on the side of a bus,\" she says.",
    "\"My mother keeps every magazine that I am in,\" she says.",
    "\"I call her every Sunday to tell her about the week,\" she says.",
)


def test_an_interviews_she_says_after_a_paragraph_about_another_woman_stays_hers() -> None:
    speakers = _speakers(
        "en",
        "Kristen Wiig is having the best year of her career, and Tina Fey is one reason why.",
        *_INTERVIEW,
        "Fey cast her in a small part in a film years ago and has stayed a close friend since.",
        "\"I learned more in that one week than in three years of classes,\" she says.",
    )
    assert speakers == ["Kristen Wiig"] * 5


def test_a_woman_brought_in_just_before_a_she_said_is_someone_new_even_in_an_interview() -> None:
    speakers = _speakers(
        "en",
        "Kristen Wiig is having the best year of her career.",
        *_INTERVIEW,
        "Jane Doe, a neighbour of hers in Queens, was at home when the reporters came.",
        "\"I heard a knock and then the whole street was full of cameras,\" she says.",
    )
    assert speakers[-1] == "Jane Doe"


def test_according_to_an_unnamed_group_names_no_one_the_clause_after_names() -> None:
    assert _speakers(
        "en",
        "Two men were arrested in New York last week.",
        "According to federal prosecutors, China's Ministry of Public Security \"has repeatedly and flagrantly "
        "violated our nation's sovereignty in New York City.\"",
    ) == [None]


def test_a_spanish_role_after_the_verb_is_the_one_person_the_sentence_before_brought_in() -> None:
    assert _speakers(
        "es",
        "La carrera de Catar terminó de noche.",
        "Nada más cruzar la meta, el mensaje de Pedro Lambiase supuso la primera sorpresa.",
        "\"El karma es algo maravilloso, hoy no has conducido despacio\", espetó el ingeniero de pista al piloto.",
    ) == ["Pedro Lambiase"]


def test_a_company_spokesman_speaks_for_the_company_in_focus() -> None:
    assert _speakers(
        "en",
        "Acme Corp said on Monday it would close two plants.",
        "\"We take the safety of our workers very seriously in every plant,\" a company spokesman said.",
    ) == ["Acme Corp"]


def test_an_infinitive_after_the_quotation_is_no_attribution() -> None:
    assert _speakers(
        "en",
        "Sir Keir Starmer has defended accepting gifts from a Labour donor.",
        "He said it would be “pushing it a bit far” to deny him the right to accept football tickets.",
    ) == ["Keir Starmer"]


def test_so_and_a_name_after_the_words_that_end_the_quotations_clause() -> None:
    assert _speakers(
        "de",
        "Trainer Murat Yakin war nach dem Spiel enttäuscht.",
        "Nach dem Ausgleich habe die Schweiz „das Momentum auf unserer Seite“ gehabt, so Yakin, „wir waren dominant "
        "und spielbestimmend“.",
    ) == ["Murat Yakin"]


def test_an_unlisted_verb_then_a_role_describes_the_speaker_in_focus() -> None:
    assert _speakers(
        "de",
        "Arthur Kluckers gewann am Sonntag das Rennen in Mertzig.",
        "„Wir haben als Team versucht, das beste Rennen zu fahren“, sagt Kluckers.",
        "Dass er jetzt das Trikot ein Jahr tragen darf, freut ihn besonders. „Das ist einfach etwas ganz Tolles, "
        "dieses Trikot tragen zu dürfen“, schmunzelt der neue Landesmeister.",
    ) == ["Arthur Kluckers", "Arthur Kluckers"]


def test_a_french_incise_with_the_auxiliary_inverted_splits_the_quotation() -> None:
    quotes = all_quotes(build_document(Article("Story", (
        "Son adjoint aux transports, Jean Petit, a rappelé le coût du chantier.",
        "« Nous allons maintenant prolonger la ligne vers le sud, a-t-il promis, d'ici à la fin de l'année 2028. »",
    ), language="fr")))
    assert [(quote.speaker, "promis" in quote.text) for quote in quotes] == [("Jean Petit", False)]


def test_a_quotation_standing_alone_goes_on_quoting_whoever_said_a_short_one_before() -> None:
    assert _speakers(
        "de",
        "Im Unterricht nutzen die Kinder einen Chatbot. „Der Bot erklärt alles“, sagt Schülerin Diba später "
        "außerhalb der Klasse. Nicht besser als der Lehrer. Aber wenn sie es will, liegen Erläuterungen schriftlich "
        "vor. „Man kann es sich mehrfach durchlesen, dann bleibt das besser im Kopf.“",
    ) == ["Diba"]


def test_a_paper_quoting_someones_interpretation_passes_on_their_words() -> None:
    assert _speakers(
        "de",
        "Der englische Autor Mario Reading hat 2005 ein Buch veröffentlicht.",
        "Ein „neuer König wird an seiner Stelle den Thron besteigen“, zitierte der Daily Star nun Readings "
        "Interpretation von Nostradamus.",
    ) == ["Mario Reading"]
