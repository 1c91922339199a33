"""Speakers on pages like the twenty-fourth round's (German, French and Spanish news, invented sentences): a
firm referred back to by what it is (`the bank`, `das Unternehmen`, `la banque`, `el banco`) after the text
introduced it with words saying what kind of firm it is."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.text.document import build_document
from bot.reader.quotes.quotations import all_quotes


def _speakers(language: str, *paragraphs: str) -> list[str | None]:
    return [quote.speaker for quote in all_quotes(build_document(Article("Story", paragraphs, language=language)))]


def test_the_bank_is_the_firm_described_as_a_bank_not_its_country() -> None:
    assert _speakers(
        "en",
        "US investment banking giant Goldman Sachs has agreed to pay $2.9 billion over its role in the scandal.",
        "\"We take full responsibility for the failings of the past,\" the bank said.",
    ) == ["Goldman Sachs"]


def test_the_bank_is_not_a_firm_described_otherwise() -> None:
    assert _speakers(
        "en",
        "British retail giant Hallmark Stores lost its appeal against the regulator.",
        "\"We will study the ruling before deciding on any further steps,\" the bank said.",
    ) == [None]


def test_the_company_is_the_firm_a_german_compound_described() -> None:
    assert _speakers(
        "de",
        "Der US-Autozulieferer Borgland Industries will sein Werk in Zwickau schließen.",
        "„Die Nachfrage nach Bauteilen für Verbrennungsmotoren bricht in Europa weg“, teilte das Unternehmen mit.",
    ) == ["Borgland Industries"]


def test_the_french_bank_is_the_one_described_as_a_bank_not_the_dateline() -> None:
    assert _speakers(
        "fr",
        "Lyon, France — La banque régionale Crédit Rhodanien a été condamnée mardi par le tribunal de Lyon.",
        "« Nous prenons acte de cette décision et étudions un appel », a indiqué la banque dans un communiqué.",
        "Le groupe bancaire américain Harlow Brothers, actionnaire du Crédit Rhodanien, n'a pas commenté. "
        "« Nous ne nous exprimons pas sur les procédures en cours », a fait savoir la banque d'affaires.",
    ) == ["Crédit Rhodanien", "Harlow Brothers"]


def test_the_spanish_bank_is_the_one_described_by_banking_words() -> None:
    assert _speakers(
        "es",
        "El gigante estadounidense de la banca de inversión Morrow Stanley, que asesoró a la aseguradora Mapfre "
        "en la operación, evitó pronunciarse.",
        "«No comentamos los asuntos de nuestros clientes», señaló el banco.",
    ) == ["Morrow Stanley"]


def test_a_nearer_body_is_in_focus_before_a_firm_described_earlier() -> None:
    assert _speakers(
        "de",
        "Der Autozulieferer Hollmann Automotive will Stellen abbauen.",
        "Bei der Flughafen Zürich AG zeigte man sich erleichtert. „Wir halten uns an eine der strengsten "
        "Nachtregelungen Europas“, teilte das Unternehmen mit.",
    ) == ["Flughafen Zürich AG"]


def test_a_german_hyphenated_role_noun_is_no_name_when_the_name_follows() -> None:
    assert _speakers(
        "de",
        "„Die Gewerkschaft wird sich gegen jede Schließung wehren“, sagt Verdi-Sekretär Holger Brandstetter.",
        "„Diese beiden Teams sind die größte Gefahr für uns“, sagte NBC-Co-Kommentator und "
        "dreifach-NBA-Champion Dwyane Wade am Samstag.",
    ) == ["Holger Brandstetter", "Dwyane Wade"]


def test_a_rank_after_a_post_goes_with_the_name_not_the_role() -> None:
    quotes = all_quotes(build_document(Article("Story", (
        "Hawks head Major-Gen Shadrack Sibiya said the unit had arrested 12 suspects. \"These men are part of a "
        "syndicate that operates in three provinces,\" he said.",
    ), language="en")))
    assert [(quote.speaker, quote.role) for quote in quotes] == [("Shadrack Sibiya", "Hawks head")]


def test_a_reporting_clause_inside_another_is_the_inner_speakers() -> None:
    assert _speakers(
        "en",
        "Marina Lacerda was 14 when she met Jeffrey Epstein. Lacerda said Epstein told her: \"We are going to have "
        "a special day today, you and me.\" She said he then announced: \"My friend will be joining us today.\"",
    ) == ["Jeffrey Epstein", "Jeffrey Epstein"]


def test_a_german_body_called_by_the_end_of_its_compound_is_that_body() -> None:
    assert _speakers(
        "de",
        "Weilheim – Die Kreissparkasse Oberland schließt jede dritte Filiale.",
        "„Betriebsbedingte Kündigungen wird es nicht geben“, versicherte dagegen die Sparkasse.",
    ) == ["Kreissparkasse Oberland"]


def test_a_spokesman_of_a_body_in_the_genitive_speaks_for_it_without_the_genitive_s() -> None:
    assert _speakers(
        "de",
        "Ein Sprecher des Sparkassenverbands Bayern verwies auf den Trend im ganzen Land. „Die Zahl der "
        "Filialen sinkt seit zwanzig Jahren in allen Regionen“, sagte er.",
    ) == ["Sparkassenverband Bayern"]


def test_a_statement_that_goes_on_is_still_its_bodys() -> None:
    assert _speakers(
        "de",
        "Der US-Autozulieferer Borgland Industries will sein Werk schließen. „Die Nachfrage bricht in Europa "
        "weg“, teilte das Unternehmen mit.",
        "Man habe „alle denkbaren Alternativen sehr sorgfältig geprüft“, hieß es weiter.",
    ) == ["Borgland Industries", "Borgland Industries"]


def test_a_dateline_is_no_subject() -> None:
    assert _speakers(
        "fr",
        "Angoulême, France — Le dessinateur belge Luc Verhaegen a reçu dimanche le prix du public.",
        "« Je ne m'attendais pas du tout à ce prix », a confié l'auteur, visiblement ému.",
    ) == ["Luc Verhaegen"]


def test_a_quotation_opening_its_paragraph_is_whose_the_next_sentence_opens_with() -> None:
    assert _speakers(
        "de",
        "Größte Gefahr für die USA",
        "„Die erste Halbzeit war einfach überragend. Ich bin mehr als zufrieden.“ Deutschlands Chefcoach Gordon "
        "Herbert war bester Laune nach dem dritten Sieg.",
    ) == ["Gordon Herbert"]


def test_a_she_after_celle_ci_is_the_woman_named_last_not_the_man_who_spoke() -> None:
    assert _speakers(
        "fr",
        "Le dessinateur Luc Verhaegen a reçu le prix du public.",
        "« Je ne m'attendais pas du tout à ce prix », a confié l'auteur, visiblement ému, en recevant le trophée "
        "des mains de la présidente du jury, Marion Aubert.",
        "Celle-ci a souligné la force du récit. « C'est un album qui parle de l'exil avec pudeur », a-t-elle déclaré.",
    ) == ["Luc Verhaegen", "Marion Aubert"]


def test_the_paper_someone_spoke_to_is_no_part_of_their_name() -> None:
    assert _speakers(
        "en",
        "Marina Lacerda was 14 when the abuse began.",
        "Speaking to the Daily Mail Lacerda claimed: \"A lot of things happened in that bedroom.\"",
    ) == ["Marina Lacerda"]


def test_a_quotation_opening_its_paragraph_goes_on_from_the_speaker_before_first() -> None:
    assert _speakers(
        "en",
        "Lacerda, who waived her anonymity, said: \"And then next thing you know, he was there. He knew everything.\"",
        "\"He would use me as a doll, every single day of the week.\" Epstein would later ask to meet her sister.",
    ) == ["Lacerda", "Lacerda"]


def test_a_body_named_with_for_is_no_second_person_beside_the_subject() -> None:
    assert _speakers(
        "de",
        "„Der Zug ist noch nicht abgefahren, aber schon in Bewegung“, sagt Christiane Neumüller, Expertin "
        "bei der Unternehmensberatung Capco.",
        "Volker Brühl vom Center for Financial Studies der Universität Frankfurt hielt das Projekt für die letzte "
        "Möglichkeit. „Wir in Europa sind eh schon hinten dran“, sagte der Finanzprofessor.",
    ) == ["Christiane Neumüller", "Volker Brühl"]


def test_an_acronym_after_a_german_article_is_the_bodys_own_name() -> None:
    assert _speakers(
        "de",
        "Die European Payments Initiative (EPI) plant ein eigenes Zahlungssystem. Die EPI will dafür zwei Firmen "
        "kaufen. Die dritte Bedingung ist, dass EPI mehr Funktionen anbieten muss als die Konkurrenz.",
        "Eine Aussage von EPI lässt vermuten, dass die Initiative genau daran arbeitet: „Unser Produkt wird eine "
        "digitale Wallet-Lösung für alle Girokonten umfassen.“",
    ) == ["European Payments Initiative"]


def test_an_english_coach_title_in_german_goes_with_the_name_not_into_it() -> None:
    assert _speakers(
        "de",
        "Zu groß ist die Qualität im Kader, zu vielschichtig das Lineup-Roulette, das Head Coach Steve Kerr "
        "spielen kann.",
        "„Sie sind sehr physisch und spielen hart. Wir müssen gut vorbereitet sein“, warnt Kerr.",
    ) == ["Steve Kerr"]


def test_a_german_reflexive_verb_after_the_quotation_then_a_name_reports_it() -> None:
    assert _speakers(
        "de",
        "Angeführt von All-NBA-Guard Shai Gilgeous-Alexander (19,0 PPG), der bereits in Manila zu den besten "
        "Akteuren zählte, fliegt das Team durchs Turnier.",
        "„Wir haben gegen viele gute Teams gespielt und sie alle geschlagen“, zeigt sich Gilgeous-Alexander "
        "selbstbewusst.",
    ) == ["Shai Gilgeous-Alexander"]


def test_with_this_quote_then_the_one_person_named_is_who_said_it() -> None:
    assert _speakers(
        "de",
        "„Unser Vertrauen ist immens, wir greifen an“, sagte Moritz Wagner nach dem Sieg.",
        "„Ich versuche lieber, einen Löwen zu zähmen, als einer Katze das Brüllen beizubringen.“ Mit diesem Zitat "
        "sorgte Trainer Gordon Herbert in dieser Woche für den Audio-Clip des Turniers.",
    ) == ["Moritz Wagner", "Gordon Herbert"]


def test_after_a_german_reflexive_verb_a_person_named_there_first_speaks() -> None:
    assert _speakers(
        "de",
        "Der Chemiekonzern Rhenag will rund 2000 Stellen abbauen.",
        "„Ohne diesen Schritt gefährden wir das ganze Unternehmen“, zeigte sich Vorstandschef Thomas Brink überzeugt.",
    ) == ["Thomas Brink"]


def test_the_company_is_an_airline_so_described() -> None:
    assert _speakers(
        "es",
        "La aerolínea de bajo coste Vuelasur ha cancelado 200 vuelos por la huelga convocada por el sindicato Sepla.",
        "«Lamentamos profundamente las molestias a nuestros pasajeros», señaló la compañía en un comunicado.",
    ) == ["Vuelasur"]


def test_a_quotation_opening_its_paragraph_is_whose_role_and_name_open_the_next_sentence() -> None:
    assert _speakers(
        "fr",
        "Quelque 1 300 salariés sont concernés.",
        "« C'est un choc pour toute la région. » La présidente de la région Hauts-de-France, Claire Duhamel, a "
        "aussitôt demandé un rendez-vous au ministre.",
    ) == ["Claire Duhamel"]


def test_a_run_holding_an_acronym_is_not_its_long_form() -> None:
    assert _speakers(
        "de",
        "Der Wetterdienst DWD rechnet für die kommenden Tage mit weiterem Regen.",
        "„Eine Entspannung ist frühestens ab Donnerstag in Sicht“, teilte eine DWD-Sprecherin in Offenbach mit.",
    ) == ["DWD"]


def test_a_german_surname_that_is_a_weekday_is_a_name_after_a_first_name() -> None:
    assert _speakers(
        "de",
        "Das Ministerium hat die Berichte am Freitag zurückgewiesen.",
        "„Ohne zusätzliches Geld müssen viele kleine Häuser schließen“, sagte der Vorstandsvorsitzende des "
        "Verbands, Markus Freitag.",
    ) == ["Markus Freitag"]


def test_the_ministry_is_the_one_named_by_whose_it_is_not_the_country_it_accused() -> None:
    assert _speakers(
        "en",
        "Russia's defence ministry accused Ukraine of attacking a power plant on Tuesday.",
        "\"The strike caused a fire that was quickly put out by staff,\" the ministry said.",
    ) == ["Russia's defence ministry"]


def test_the_bank_is_the_firm_whose_name_says_bank_not_the_regulator_named_bank() -> None:
    assert _speakers(
        "es",
        "El Banco de España ha impuesto una multa de 12 millones de euros a la entidad valenciana Banca Levante.",
        "«Respetamos la decisión, pero la recurriremos ante los tribunales», explicó el banco en un comunicado.",
    ) == ["Banca Levante"]


def test_the_management_of_a_firm_called_back_by_what_it_is_speaks_for_that_firm() -> None:
    assert _speakers(
        "fr",
        "L'enseigne de bricolage Maxipro, filiale du groupe familial Garnier, va fermer quarante magasins.",
        "« Nous devons adapter notre réseau à la baisse de la fréquentation », a indiqué la direction de l'enseigne.",
    ) == ["Maxipro"]


def test_a_description_right_after_a_quotation_is_the_person_just_quoted_not_an_unnamed_post() -> None:
    assert _speakers(
        "fr",
        "« Cette réforme va détruire deux cents emplois », a lancé le secrétaire général du syndicat, Pascal Garrigues. "
        "Le syndicaliste a appelé les autres ports à « rejoindre le mouvement dès la semaine prochaine ».",
    ) == ["Pascal Garrigues", "Pascal Garrigues"]


def test_die_bank_is_the_bank_the_text_named_with_that_word() -> None:
    assert _speakers(
        "de",
        "Die Deutsche Bank hat ihre Prognose gesenkt.",
        "„Das Umfeld bleibt schwierig für die gesamte Branche“, teilte die Bank mit.",
    ) == ["Deutsche Bank"]
    assert _speakers(
        "de",
        "Der Autobauer Volkswagen und die Commerzbank verhandeln.",
        "„Das Umfeld bleibt schwierig für die gesamte Branche“, teilte die Bank mit.",
    ) == ["Commerzbank"]


def test_a_group_of_people_led_by_someone_is_no_firm_described() -> None:
    assert _speakers(
        "en",
        "A group of residents led by John Smith sued the council.",
        "\"We will appeal this decision in the courts,\" the company said.",
    ) == [None]


def test_the_firm_an_apposition_describes_is_what_the_bank_or_the_company_stands_for() -> None:
    assert _speakers(
        "en",
        "HSBC, Europe's biggest bank, reported higher profits on Tuesday.",
        "\"Our customers keep saving more than they borrow,\" the bank said.",
    ) == ["HSBC"]
    assert _speakers(
        "en",
        "John Smith, a bank manager, was robbed on Tuesday.",
        "\"They took everything we had in the vault,\" the bank said.",
    ) == [None]
