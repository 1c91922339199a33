"""German, French and Spanish pasted articles through the whole pipeline, in their own language.

Each article is invented and pasted as text, so the language is detected, not declared. It holds
an abbreviation that only its own language's sentence model knows, so a sentence split by the
English model would show up as a broken summary sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from bot.reader import pipeline
from bot.reader.text.document import build_document


@dataclass(frozen=True)
class Case:
    code: str
    text: str
    unbroken: str
    """A sentence with an abbreviation the English model would split after."""
    question: str
    answer: str
    stop_word: str
    """A function word of the language that must never count as a term."""


GERMAN = Case(
    code="de",
    text=(
        "Köln bekommt eine neue Brücke über den Rhein\n\n"
        "Die Stadt Köln hat am Samstag eine neue Fußgängerbrücke über den Rhein eröffnet. Die Brücke "
        "verbindet die Altstadt mit dem Stadtteil Deutz und ist 420 Meter lang.\n\n"
        "Der Bau hat rund 80 Mio. Euro gekostet und dauerte vier Jahre. Entworfen wurde die Brücke "
        "von dem Hamburger Architekten Jan Vogel, der schon mehrere Brücken in Norddeutschland gebaut hat.\n\n"
        "Die Stadt erwartet täglich bis zu 20.000 Radfahrer und Fußgänger auf der Brücke. Autos dürfen "
        "die neue Verbindung nicht benutzen, nur Rettungswagen haben eine Ausnahme.\n\n"
        "Kritiker hatten die Kosten lange bemängelt, weil die Stadt zuerst mit 50 Mio. Euro gerechnet "
        "hatte. Der Oberbürgermeister sprach bei der Eröffnung trotzdem von einem großen Tag für Köln."
    ),
    unbroken="Der Bau hat rund 80 Mio. Euro gekostet und dauerte vier Jahre.",
    question="Wer hat die Brücke entworfen?",
    answer="Jan Vogel",
    stop_word="und",
)

FRENCH = Case(
    code="fr",
    text=(
        "Un nouveau musée ouvre ses portes à Lyon\n\n"
        "Le musée des Confluences a accueilli ses premiers visiteurs samedi à Lyon. Le bâtiment, en "
        "verre et en acier, a été conçu par l'agence autrichienne Coop Himmelb(l)au.\n\n"
        "Les collections réunissent des fossiles, des météorites, des masques, etc. dans une seule "
        "exposition permanente. Les travaux ont coûté 330 millions d'euros, soit trois fois le budget "
        "prévu au départ.\n\n"
        "La directrice du musée, Hélène Lafont, espère attirer un demi-million de visiteurs par an. "
        "L'entrée sera gratuite pour les moins de dix-huit ans pendant tout le premier mois.\n\n"
        "Les habitants du quartier se plaignent déjà des embouteillages, mais la mairie promet une "
        "nouvelle ligne de tramway avant la fin de l'année."
    ),
    unbroken=(
        "Les collections réunissent des fossiles, des météorites, des masques, etc. dans une seule "
        "exposition permanente."
    ),
    question="Combien ont coûté les travaux ?",
    answer="330 millions",
    stop_word="les",
)

SPANISH = Case(
    code="es",
    text=(
        "Madrid inaugura una nueva biblioteca pública\n\n"
        "La ciudad de Madrid inauguró el sábado una nueva biblioteca pública en el barrio de Usera. "
        "El edificio fue diseñado por la arquitecta Carmen Ruiz y tiene cinco plantas.\n\n"
        "La alcaldesa viajó a EE.UU. para estudiar bibliotecas de Nueva York antes de aprobar el "
        "proyecto. Las obras costaron 40 millones de euros y duraron tres años.\n\n"
        "La biblioteca tendrá 200.000 libros y abrirá todos los días de ocho de la mañana a diez de "
        "la noche. Los vecinos podrán usar también sus salas de estudio y un pequeño cine.\n\n"
        "Los comerciantes del barrio esperan que la biblioteca atraiga a más visitantes, aunque "
        "algunos vecinos se quejan del ruido de las obras durante los últimos meses."
    ),
    unbroken=(
        "La alcaldesa viajó a EE.UU. para estudiar bibliotecas de Nueva York antes de aprobar el proyecto."
    ),
    question="¿Quién diseñó el edificio?",
    answer="Carmen Ruiz",
    stop_word="de",
)

ITALIAN = Case(
    code="it",
    text=(
        "Firenze apre un nuovo ponte sull'Arno\n\n"
        "Il comune di Firenze ha inaugurato sabato un nuovo ponte pedonale sull'Arno. Il ponte collega "
        "il quartiere di San Frediano con il parco delle Cascine ed è lungo 180 metri.\n\n"
        "Il progetto è stato firmato dall'architetta Giulia Ferri, che ha già costruito ponti a Torino, "
        "Genova ecc. negli ultimi dieci anni. I lavori sono costati 25 milioni di euro e sono durati tre anni.\n\n"
        "Il sindaco ha detto che ogni giorno passeranno sul ponte circa diecimila persone. Le biciclette "
        "potranno attraversarlo soltanto di notte.\n\n"
        "Alcuni residenti si lamentano ancora del rumore dei cantieri, ma i commercianti della zona "
        "sono soddisfatti."
    ),
    unbroken=(
        "Il progetto è stato firmato dall'architetta Giulia Ferri, che ha già costruito ponti a Torino, "
        "Genova ecc. negli ultimi dieci anni."
    ),
    question="Chi ha firmato il progetto?",
    answer="Giulia Ferri",
    stop_word="il",
)

PORTUGUESE = Case(
    code="pt",
    text=(
        "Porto inaugura nova estação de metro\n\n"
        "A Câmara do Porto inaugurou no sábado uma nova estação de metro na Boavista. A estação tem "
        "três pisos e liga duas linhas da rede.\n\n"
        "As obras custaram 90 milhões de euros e duraram quatro anos. O projeto foi assinado pelo "
        "arquiteto João Ferreira, que desenhou também o terminal do aeroporto.\n\n"
        "A empresa espera cerca de 30 mil passageiros por dia. O Sr. presidente da câmara disse que os "
        "bilhetes serão mais baratos no primeiro mês.\n\n"
        "Alguns moradores queixam-se do barulho das obras, mas os comerciantes da zona estão satisfeitos."
    ),
    unbroken="O Sr. presidente da câmara disse que os bilhetes serão mais baratos no primeiro mês.",
    question="Quem assinou o projeto da estação?",
    answer="João Ferreira",
    stop_word="de",
)

DUTCH = Case(
    code="nl",
    text=(
        "Utrecht opent nieuwe fietsbrug over het kanaal\n\n"
        "De gemeente Utrecht heeft zaterdag een nieuwe fietsbrug over het Amsterdam-Rijnkanaal geopend. "
        "De brug verbindt de wijk Leidsche Rijn met het centrum en is 300 meter lang.\n\n"
        "De bouw kostte 35 miljoen euro en duurde twee jaar. De brug is ontworpen door architecte "
        "Sanne de Wit, die o.a. bruggen in Rotterdam en Gent heeft gebouwd.\n\n"
        "De gemeente verwacht dagelijks ongeveer 12.000 fietsers op de brug. Auto's mogen de brug niet "
        "gebruiken, alleen ambulances krijgen een uitzondering.\n\n"
        "Bewoners van de wijk klaagden lang over de kosten, maar de wethouder sprak bij de opening van "
        "een belangrijke dag voor de stad."
    ),
    unbroken=(
        "De brug is ontworpen door architecte Sanne de Wit, die o.a. bruggen in Rotterdam en Gent heeft gebouwd."
    ),
    question="Door wie is de brug ontworpen?",
    answer="Sanne de Wit",
    stop_word="het",
)

SWEDISH = Case(
    code="sv",
    text=(
        "Göteborg öppnar ett nytt bibliotek\n\n"
        "Göteborgs stad öppnade i lördags ett nytt bibliotek vid Järntorget. Biblioteket har fyra "
        "våningar och plats för 150 000 böcker.\n\n"
        "Bygget kostade 300 miljoner kronor och tog tre år. Huset är ritat av arkitekten Karin Lund, "
        "som bl.a. har ritat skolor i Malmö och Uppsala.\n\n"
        "Biblioteket är öppet varje dag mellan klockan åtta och tjugo. Barn och unga kan låna datorer "
        "och spel utan kostnad.\n\n"
        "Några grannar har klagat på bullret under bygget, men kommunen räknar med en halv miljon "
        "besökare per år."
    ),
    unbroken="Huset är ritat av arkitekten Karin Lund, som bl.a. har ritat skolor i Malmö och Uppsala.",
    question="Vem har ritat huset?",
    answer="Karin Lund",
    stop_word="och",
)

DANISH = Case(
    code="da",
    text=(
        "Aarhus får en ny svømmehal\n\n"
        "Aarhus Kommune åbnede lørdag en ny svømmehal i bydelen Gellerup. Hallen har tre bassiner og "
        "plads til 800 gæster.\n\n"
        "Byggeriet kostede 210 millioner kroner og varede to år. Hallen er tegnet af arkitekten Mette "
        "Holm, der bl.a. har tegnet skoler i Odense.\n\n"
        "Kommunen forventer omkring 1.500 besøgende om dagen. Børn under ti år kan svømme gratis i "
        "hele sommerferien.\n\n"
        "Nogle naboer klager over trafikken, men borgmesteren kaldte åbningen en stor dag for byen."
    ),
    unbroken="Hallen er tegnet af arkitekten Mette Holm, der bl.a. har tegnet skoler i Odense.",
    question="Hvem har tegnet hallen?",
    answer="Mette Holm",
    stop_word="og",
)

NORWEGIAN = Case(
    code="no",
    text=(
        "Bergen åpner nytt kulturhus\n\n"
        "Bergen kommune åpnet lørdag et nytt kulturhus ved Bryggen. Huset har en konsertsal med plass "
        "til 900 publikummere.\n\n"
        "Byggingen kostet 450 millioner kroner og tok fire år. Kulturhuset er tegnet av arkitekten "
        "Ingrid Berg, som bl.a. har tegnet operaen i Kristiansand.\n\n"
        "Kommunen venter rundt 300 000 besøkende hvert år. Barn og unge får gratis inngang til alle "
        "konserter i januar.\n\n"
        "Noen naboer har klaget over støyen fra byggeplassen, men ordføreren kalte åpningen en stor "
        "dag for byen."
    ),
    unbroken="Kulturhuset er tegnet av arkitekten Ingrid Berg, som bl.a. har tegnet operaen i Kristiansand.",
    question="Hvem har tegnet kulturhuset?",
    answer="Ingrid Berg",
    stop_word="og",
)

FINNISH = Case(
    code="fi",
    text=(
        "Tampereelle avattiin uusi kirjasto\n\n"
        "Tampereen kaupunki avasi lauantaina uuden kirjaston Hervannan kaupunginosaan. Kirjastossa on "
        "neljä kerrosta ja tilaa 120 000 kirjalle.\n\n"
        "Rakentaminen maksoi 40 miljoonaa euroa ja kesti kolme vuotta. Rakennuksen suunnitteli "
        "arkkitehti Liisa Virtanen, joka on suunnitellut esim. kouluja Oulussa ja Turussa.\n\n"
        "Kirjasto on auki joka päivä kello kahdeksasta kahteenkymmeneen. Lapset voivat lainata pelejä "
        "ja tietokoneita ilmaiseksi.\n\n"
        "Osa asukkaista on valittanut rakennustyömaan melusta, mutta kaupunki odottaa puolta miljoonaa "
        "kävijää vuodessa."
    ),
    unbroken=(
        "Rakennuksen suunnitteli arkkitehti Liisa Virtanen, joka on suunnitellut esim. kouluja Oulussa ja Turussa."
    ),
    question="Kuka suunnitteli rakennuksen?",
    answer="Liisa Virtanen",
    stop_word="ja",
)

ESTONIAN = Case(
    code="et",
    text=(
        "Tartus avati uus raamatukogu\n\n"
        "Tartu linn avas laupäeval Annelinnas uue raamatukogu. Raamatukogus on neli korrust ja ruumi "
        "80 000 raamatule.\n\n"
        "Ehitus maksis 15 miljonit eurot ja kestis kaks aastat. Hoone projekteeris arhitekt Kadri Tamm, "
        "kes on varem projekteerinud koole, lasteaedu vm. hooneid Tallinnas ja Pärnus.\n\n"
        "Raamatukogu on avatud iga päev kella kaheksast kaheksani. Lapsed saavad laenutada arvuteid ja "
        "mänge tasuta.\n\n"
        "Mõned elanikud on kurtnud ehitustööde müra üle, kuid linn loodab aastas pool miljonit külastajat."
    ),
    unbroken=(
        "Hoone projekteeris arhitekt Kadri Tamm, kes on varem projekteerinud koole, lasteaedu vm. "
        "hooneid Tallinnas ja Pärnus."
    ),
    question="Kes projekteeris hoone?",
    answer="Kadri Tamm",
    stop_word="ja",
)

POLISH = Case(
    code="pl",
    text=(
        "Gdańsk otwiera nowy most zwodzony\n\n"
        "Władze Gdańska otworzyły w sobotę nowy most zwodzony na Motławie. Most łączy Stare Miasto z "
        "Wyspą Spichrzów i ma 50 metrów długości.\n\n"
        "Budowa kosztowała ok. 60 mln zł i trwała dwa lata. Most zaprojektowała architektka Anna Nowak "
        "z Krakowa, która projektowała m.in. kładki w Warszawie.\n\n"
        "Miasto spodziewa się, że codziennie przejdzie po moście 15 tysięcy pieszych. Samochody nie "
        "mogą korzystać z mostu.\n\n"
        "Część mieszkańców narzeka na hałas, ale prezydent miasta nazwał otwarcie wielkim dniem dla Gdańska."
    ),
    unbroken="Budowa kosztowała ok. 60 mln zł i trwała dwa lata.",
    question="Ile kosztowała budowa?",
    answer="60 mln",
    stop_word="i",
)

CZECH = Case(
    code="cs",
    text=(
        "Brno otevřelo novou knihovnu\n\n"
        "Město Brno otevřelo v sobotu novou knihovnu v Králově Poli. Budova má čtyři patra a místo "
        "pro sto tisíc knih.\n\n"
        "Stavba stála přibližně 400 mil. Kč a trvala tři roky. Budovu navrhla architektka Jana "
        "Dvořáková, která navrhla např. školy v Olomouci.\n\n"
        "Knihovna bude otevřena každý den od osmi do dvaceti hodin. Děti si mohou zdarma půjčit "
        "počítače a hry.\n\n"
        "Někteří sousedé si stěžují na hluk ze stavby, ale primátorka mluvila o velkém dni pro město."
    ),
    unbroken="Stavba stála přibližně 400 mil. Kč a trvala tři roky.",
    question="Kolik stála stavba?",
    answer="400 mil",
    stop_word="a",
)

SLOVENE = Case(
    code="sl",
    text=(
        "Ljubljana je odprla novo knjižnico\n\n"
        "Mestna občina Ljubljana je v soboto odprla novo knjižnico v Šiški. Stavba ima štiri "
        "nadstropja in prostor za devetdeset tisoč knjig.\n\n"
        "Gradnja je stala 30 milijonov evrov in je trajala tri leta. Stavbo je zasnovala arhitektka "
        "Maja Kovač, ki je zasnovala npr. šole v Mariboru.\n\n"
        "Knjižnica bo odprta vsak dan od osmih do dvajsetih. Otroci si lahko brezplačno izposodijo "
        "računalnike in igre.\n\n"
        "Nekateri sosedje se pritožujejo zaradi hrupa, župan pa je odprtje označil za velik dan za mesto."
    ),
    unbroken="Stavbo je zasnovala arhitektka Maja Kovač, ki je zasnovala npr. šole v Mariboru.",
    question="Koliko je stala gradnja?",
    answer="30 milijonov",
    stop_word="in",
)

RUSSIAN = Case(
    code="ru",
    text=(
        "В Казани открыли новый мост\n\n"
        "Власти Казани в субботу открыли новый пешеходный мост через реку Казанку. Мост соединяет "
        "центр города с Ново-Савиновским районом и имеет длину 400 метров.\n\n"
        "Строительство обошлось в 2 млрд руб. и продолжалось три года. Проект моста разработал "
        "архитектор Андрей Соколов, который раньше строил мосты в Москве и Самаре.\n\n"
        "Город ожидает, что каждый день по мосту будут проходить около 20 тысяч человек. Автомобилям "
        "въезд на мост запрещён.\n\n"
        "Некоторые жители жалуются на шум, но мэр назвал открытие большим днём для Казани."
    ),
    unbroken="Строительство обошлось в 2 млрд руб. и продолжалось три года.",
    question="Кто разработал проект моста?",
    answer="Андрей Соколов",
    stop_word="и",
)

TURKISH = Case(
    code="tr",
    text=(
        "İzmir'de yeni bir kütüphane açıldı\n\n"
        "İzmir Büyükşehir Belediyesi cumartesi günü Karşıyaka'da yeni bir kütüphane açtı. Kütüphane "
        "dört katlı ve 120 bin kitap kapasitesine sahip.\n\n"
        "İnşaat 250 milyon liraya mal oldu ve üç yıl sürdü. Binayı mimar Prof. Dr. Elif Yılmaz "
        "tasarladı.\n\n"
        "Kütüphane her gün sabah sekizden akşam sekize kadar açık olacak. Çocuklar bilgisayar ve "
        "oyunları ücretsiz ödünç alabilecek.\n\n"
        "Bazı komşular inşaat gürültüsünden şikâyet etti, ancak belediye başkanı açılışı şehir için "
        "büyük bir gün olarak nitelendirdi."
    ),
    unbroken="Binayı mimar Prof. Dr. Elif Yılmaz tasarladı.",
    question="Binayı kim tasarladı?",
    answer="Elif Yılmaz",
    stop_word="ve",
)

GREEK = Case(
    code="el",
    text=(
        "Νέα βιβλιοθήκη στη Θεσσαλονίκη\n\n"
        "Ο δήμος Θεσσαλονίκης εγκαινίασε το Σάββατο μια νέα δημόσια βιβλιοθήκη στην Καλαμαριά. Το "
        "κτίριο έχει τέσσερις ορόφους και χώρο για 100.000 βιβλία.\n\n"
        "Η κατασκευή κόστισε 20 εκατ. ευρώ και διήρκεσε τρία χρόνια. Το κτίριο σχεδίασε η "
        "αρχιτέκτονας Μαρία Παπαδοπούλου, η οποία έχει σχεδιάσει σχολεία στην Αθήνα και την Πάτρα.\n\n"
        "Η βιβλιοθήκη θα είναι ανοιχτή κάθε μέρα από τις οκτώ το πρωί έως τις οκτώ το βράδυ. Τα "
        "παιδιά θα μπορούν να δανείζονται υπολογιστές και παιχνίδια δωρεάν.\n\n"
        "Ορισμένοι γείτονες παραπονιούνται για τον θόρυβο, αλλά ο δήμαρχος μίλησε για μια μεγάλη "
        "μέρα για την πόλη."
    ),
    unbroken="Η κατασκευή κόστισε 20 εκατ. ευρώ και διήρκεσε τρία χρόνια.",
    question="Ποιος σχεδίασε το κτίριο;",
    answer="Μαρία Παπαδοπούλου",
    stop_word="και",
)

ALL = (GERMAN, FRENCH, SPANISH, ITALIAN, PORTUGUESE, DUTCH, SWEDISH, DANISH, NORWEGIAN, FINNISH,
       ESTONIAN, POLISH, CZECH, SLOVENE, RUSSIAN, TURKISH, GREEK)
CASES = [pytest.param(case, id=case.code) for case in ALL]


@pytest.mark.parametrize("case", CASES)
def test_pasted_article_is_read_in_its_own_language(case: Case) -> None:
    article = pipeline.read_text(case.text)
    document = build_document(article)
    assert article.language == case.code
    assert case.unbroken in [s.text for s in document.sentences]
    assert all(case.stop_word not in s.terms for s in document.sentences)


@pytest.mark.parametrize("case", CASES)
def test_summary_is_made_of_the_articles_own_sentences(case: Case) -> None:
    article = pipeline.read_text(case.text)
    digest = pipeline.digest(article)
    body = " ".join(article.paragraphs)
    assert digest.summary.selected
    assert all(s.text in body for s in digest.summary.selected)
    assert not any(s.text != case.unbroken and s.text in case.unbroken for s in digest.summary.selected)


@pytest.mark.parametrize("case", CASES)
def test_question_in_the_articles_language_is_answered(case: Case) -> None:
    answer = pipeline.ask(pipeline.read_text(case.text), case.question)
    assert answer.found, f"declined {case.question!r} (score {answer.score:.2f})"
    assert case.answer in answer.sentences[0].text
