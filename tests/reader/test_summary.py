"""What a reader notices about a summary: the point comes first, nothing repeats, nothing dangles."""

from __future__ import annotations

import random
from dataclasses import replace

from bot.reader.article import Article
from bot.reader.text.document import Document, build_document
from bot.reader.summary.openers import needs_previous, points_back_after_lead_in
from bot.reader.summary.pointers import points_elsewhere
from bot.reader.summary.compose import Length, summarize

BRIDGE = Article(
    title="River bridge closes for two years of repairs",
    paragraphs=(
        "The city council voted on Tuesday to close the Old Mill river bridge for two years of repairs after inspectors found deep cracks in its steel supports.",
        "The bridge carries about 40,000 cars a day between the northern suburbs and the city centre.",
        "Inspectors from the regional transport agency found the cracks during a routine check in March. "
        "They said the supports could fail within five years without repairs.",
        "Drivers will be sent over the ring road, which adds about fifteen minutes to a typical commute. "
        "However, buses will keep a single lane across the bridge during the first six months of work.",
        "Shop owners near the bridge fear that fewer drivers will stop in the old town during the repairs. "
        "The council promised free parking in the old town for the length of the closure.",
        "The repairs will cost 85 million euros, shared between the city and the national government. "
        "Work on the steel supports of the bridge is due to start in September.",
        "Is this the end of the old bridge?",
        "Engineers say a repaired bridge should carry traffic safely for another fifty years.",
        "The river bridge was opened in 1931 and was last repaired in the 1980s.",
        "A public meeting on the traffic plans for the bridge closure will be held next week in the town hall.",
    ),
)

GERMAN = Article(
    title="Stadtrat sperrt die alte Brücke",
    language="de",
    paragraphs=(
        "Der Stadtrat hat am Dienstag beschlossen, die alte Mühlenbrücke wegen tiefer Risse für zwei Jahre zu sperren.",
        "Über die Brücke fahren jeden Tag etwa 40.000 Autos in die Innenstadt. "
        "Die Prüfer der Verkehrsbehörde hatten die Risse im März bei einer Kontrolle gefunden. "
        "Sie warnten, dass die Stützen ohne Reparatur versagen könnten.",
        "Die Reparatur der Brücke kostet 85 Millionen Euro und beginnt im September. "
        "Autofahrer müssen während der Sperrung über die Ringstraße fahren.",
    ),
)

FRENCH = Article(
    title="Le conseil ferme le vieux pont",
    language="fr",
    paragraphs=(
        "Le conseil municipal a décidé mardi de fermer le vieux pont du Moulin pendant deux ans à cause de fissures profondes.",
        "Environ 40 000 voitures traversent le pont chaque jour pour rejoindre le centre-ville. "
        "Les inspecteurs de l'agence des transports ont découvert les fissures en mars. "
        "Cependant, les bus pourront encore utiliser une voie du pont pendant six mois.",
        "La réparation du pont coûtera 85 millions d'euros et commencera en septembre. "
        "Les automobilistes devront passer par le périphérique pendant la fermeture.",
    ),
)

SPANISH = Article(
    title="El ayuntamiento cierra el puente viejo",
    language="es",
    paragraphs=(
        "El ayuntamiento decidió el martes cerrar el viejo puente del Molino durante dos años por unas grietas profundas.",
        "Cada día cruzan el puente unos 40.000 coches hacia el centro de la ciudad. "
        "Los inspectores de la agencia de transporte descubrieron las grietas en marzo. "
        "Sin embargo, los autobuses podrán usar un carril del puente durante seis meses.",
        "La reparación del puente costará 85 millones de euros y empezará en septiembre. "
        "Los conductores tendrán que usar la carretera de circunvalación durante el cierre.",
    ),
)


def _summary_texts(document: Document, length: Length | int) -> list[str]:
    return [s.text for s in summarize(document, length).selected]


def test_tldr_is_the_sentence_stating_the_main_point() -> None:
    document = build_document(BRIDGE)
    tldr = summarize(document, Length.SHORT).tldr
    assert tldr in document.sentences
    assert "close the Old Mill river bridge" in tldr.text


def test_the_tldr_is_not_repeated_in_the_list() -> None:
    summary = summarize(build_document(BRIDGE), Length.MEDIUM)
    assert summary.tldr not in summary.sentences
    assert len(summary.selected) == Length.MEDIUM.sentences


def test_sentences_are_in_article_order() -> None:
    summary = summarize(build_document(BRIDGE), Length.LONG)
    indexes = [s.index for s in summary.sentences]
    assert indexes == sorted(indexes)


def test_lengths_grow_from_short_to_long() -> None:
    document = build_document(BRIDGE)
    sizes = [len(summarize(document, length).selected) for length in Length]
    assert sizes[0] < sizes[1] < sizes[2]


def test_a_named_length_never_takes_most_of_a_small_article() -> None:
    document = build_document(GERMAN)
    assert len(summarize(document, Length.LONG).selected) <= len(document.sentences) // 2 + 1


def test_no_sentence_leans_on_a_sentence_left_out() -> None:
    document = build_document(BRIDGE)
    for length in (*Length, len(document.sentences)):
        chosen = {s.index for s in summarize(document, length).selected}
        for sentence in summarize(document, length).selected:
            if needs_previous(sentence.text, "en"):
                assert sentence.index - 1 in chosen, sentence.text


def test_a_central_sentence_opening_with_a_pronoun_needs_its_predecessor() -> None:
    article = Article(
        title="Bridge repairs",
        paragraphs=(
            "The council will close the river bridge for repairs next month, officials said.",
            "The mayor spoke to reporters on a rainy Monday evening outside the town hall.",
            "He said the bridge repairs, the bridge closure and the traffic plans for the bridge were the council's top priority for the river crossing.",
            "Drivers can use the ring road during the bridge repairs, which adds fifteen minutes.",
            "Local shops expect fewer customers while the bridge is closed for the repairs.",
        ),
    )
    texts = _summary_texts(build_document(article), 3)
    leaning = article.paragraphs[2]
    assert leaning not in texts or article.paragraphs[1] in texts


def test_questions_and_fragments_are_left_out() -> None:
    texts = _summary_texts(build_document(BRIDGE), 9)
    assert "Is this the end of the old bridge?" not in texts


def test_near_duplicates_are_not_both_chosen() -> None:
    repeated = "The council closed the Old Mill bridge on Tuesday after inspectors found deep cracks in its supports."
    article = Article(
        title="Bridge closed",
        paragraphs=(
            repeated,
            "Drivers will use the ring road, which adds fifteen minutes to a typical commute.",
            "Photo caption: " + repeated,
            "The repairs will cost 85 million euros and start in September this year.",
            "Shop owners in the old town fear they will lose customers during the work.",
        ),
    )
    document = build_document(article)
    texts = _summary_texts(document, 4)
    assert sum(repeated in text for text in texts) == 1


def test_one_sentence_article_gives_it_as_tldr_and_no_list() -> None:
    article = Article(title="Short", paragraphs=("The bridge will close on Monday for urgent repairs.",))
    summary = summarize(build_document(article), Length.MEDIUM)
    assert summary.tldr.text == "The bridge will close on Monday for urgent repairs."
    assert summary.sentences == ()


def test_tiny_fragments_only_still_give_a_summary() -> None:
    article = Article(title="Notes", paragraphs=("Bridge shut. Cars rerouted. More soon.",))
    summary = summarize(build_document(article), Length.SHORT)
    assert summary.tldr.text in {"Bridge shut.", "Cars rerouted.", "More soon."}


def test_other_languages_use_their_own_words() -> None:
    for article, dangling in ((GERMAN, "Sie warnten"), (FRENCH, "Cependant"), (SPANISH, "Sin embargo")):
        document = build_document(article)
        assert document.language.code == article.language
        summary = summarize(document, Length.SHORT)
        assert summary.tldr.text == article.paragraphs[0]
        chosen = {s.index for s in summary.selected}
        for sentence in summary.selected:
            if sentence.text.startswith(dangling):
                assert sentence.index - 1 in chosen


def test_openers_are_recognised_per_language() -> None:
    assert needs_previous("However, prices fell.", "en")
    assert needs_previous("It's a disaster, he said.", "en")
    assert not needs_previous("Italy won the match.", "en")
    assert needs_previous("Jedoch blieb die Brücke offen.", "de")
    assert not needs_previous("Das Unternehmen wächst.", "de")
    assert needs_previous("C'est une décision difficile.", "fr")
    assert needs_previous("Sin embargo, el puente sigue abierto.", "es")
    assert not needs_previous("Sin duda es un buen plan para la ciudad.", "es")


def test_pronouns_and_connectives_lean_in_the_languages_with_shorter_tables() -> None:
    assert needs_previous("Ja, for ikke å glemme at de har sovnet i kajakken.", "no")
    assert needs_previous("Men det var først, da jeg mødte Jakob.", "da")
    assert needs_previous("Hon sa att bron var stängd.", "sv")
    assert needs_previous("Maar de regering zei nee.", "nl")
    assert needs_previous("Tuttavia il governo ha detto no.", "it")
    assert needs_previous("No entanto, o governo disse não.", "pt")
    assert not needs_previous("De ble nesten påkjørt av cruiseskip.", "no")
    assert not needs_previous("Det er udgangspunktet for menuen.", "da")
    assert not needs_previous("De regering zei nee.", "nl")
    assert not needs_previous("E’ stato annunciato che Netflix ospiterà il remake.", "it")


def test_a_sentence_saying_the_same_of_another_thing_leans_on_the_one_before() -> None:
    assert needs_previous("The same is true for the new escape button, which Apple axed in 2016.", "en")
    assert needs_previous("The rest were sent home before noon.", "en")
    assert needs_previous("De même, la mairie a fermé le pont.", "fr")
    assert needs_previous("Lo mismo ocurre con el puente del río.", "es")
    assert not needs_previous("The sameness of the new designs bored critics.", "en")


def test_an_it_that_announces_a_that_clause_points_nowhere() -> None:
    assert not needs_previous("It's now recommended that all lung cancer patients have biomarker testing.", "en")
    assert not needs_previous("It is worth noting that the bridge stays open.", "en")
    assert needs_previous("It recommended that the bridge close.", "en")


def test_an_inverted_comparison_leans_on_the_one_before() -> None:
    assert needs_previous("As was the prospect of India taking the second new ball early in the day.", "en")
    assert needs_previous("Nor did the council say when the bridge would reopen.", "en")
    assert not needs_previous("As the river rose, the council closed the bridge.", "en")


def test_a_turn_to_the_next_topic_leans_on_the_one_before() -> None:
    """"As for …", "Quant au …", "En cuanto a …", "Plus, …", "Of course, …" and "What's more, …" add to
    what the sentence before said."""
    assert needs_previous("As for the mayor, he left the meeting early.", "en")
    assert needs_previous("Plus, the idea I had in mind would need a bigger team.", "en")
    assert needs_previous("Quant au faible taux d'emploi des seniors, il résulte des sorties précoces.", "fr")
    assert needs_previous("En cuanto a la ley, el Senado la aprobó en marzo.", "es")
    assert needs_previous("Of course, people tend to want deals on Apple devices.", "en")
    assert needs_previous("What’s more, some of the best deals are already available.", "en")
    assert not needs_previous("As former mayor, he knew the town well.", "en")
    assert not needs_previous("Plus500 shares fell on Monday.", "en")


def test_a_thousand_sentence_page_is_summarized() -> None:
    rng = random.Random(3)
    topics = ["bridge", "council", "repairs", "traffic", "budget", "river", "steel", "drivers", "shops"]
    sentences = [
        f"The {rng.choice(topics)} report number {i} mentions {' and '.join(rng.sample(topics, 4))} today."
        for i in range(1000)
    ]
    paragraphs = tuple(" ".join(sentences[i:i + 10]) for i in range(0, 1000, 10))
    document = build_document(Article(title="Long page", paragraphs=paragraphs))
    assert len(document.sentences) == 1000
    summary = summarize(document, Length.LONG)
    assert len(summary.selected) == Length.LONG.sentences
    assert [s.index for s in summary.selected] == sorted(s.index for s in summary.selected)


PAIR = Article(
    title="Council closes river bridge for repairs",
    paragraphs=(
        "The city council voted on Tuesday to close the river bridge for two years of repairs.",
        "Drivers will use the ring road during the bridge repairs, which adds fifteen minutes.",
        "The mayor spoke to reporters on a rainy evening outside the town hall.",
        "She said the river bridge repairs, the bridge closure and the traffic plans for the bridge were the "
        "council's top priority, and that the council would pay for the bridge repairs from its own budget.",
        "The weather was cold and a few people watched the meeting from the public gallery.",
        "Local schools will close early on Friday for the winter holidays this year.",
        "A new cafe opened near the station last month and serves breakfast all day.",
    ),
)


def test_a_central_sentence_that_leans_on_its_predecessor_comes_in_with_it() -> None:
    summary = summarize(build_document(PAIR), Length.SHORT)
    texts = [s.text for s in summary.selected]
    leaning = texts.index(PAIR.paragraphs[3])
    assert texts[leaning - 1] == PAIR.paragraphs[2]
    assert summary.tldr.text == PAIR.paragraphs[0]


def test_a_sentence_from_inside_a_quotation_comes_only_after_the_one_opening_it() -> None:
    article = Article(
        title="Bridge repairs",
        paragraphs=(
            "The council will close the river bridge for repairs next month, officials said.",
            'Mayor Anna Berg said: "We looked at every option for the bridge. '
            "The bridge repairs, the bridge closure and the traffic plans for the bridge are the council's "
            'top priority for the river crossing. We start in May," she said.',
            "Drivers can use the ring road during the bridge repairs, which adds fifteen minutes.",
            "Local shops expect fewer customers while the bridge is closed for the repairs.",
        ),
    )
    document = build_document(article)
    for length in range(1, len(document.sentences) + 1):
        chosen = {s.index for s in summarize(document, length).selected}
        for index in chosen:
            if index in (2, 3):
                assert index - 1 in chosen, (length, document.sentences[index].text)


def test_a_quotation_that_names_its_speaker_can_be_chosen() -> None:
    article = Article(
        title="Bridge closes for repairs",
        paragraphs=(
            'Mayor Anna Berg said: "The council will close the old bridge for two years of repairs to its '
            "cracked steel supports, and the bridge repairs will cost 85 million euros. "
            'The city has no other choice," she said.',
            "A cafe near the station opened last month and serves breakfast all day long.",
            "Local schools will close early on Friday for the winter holidays.",
            "The weather was cold and a few people watched the meeting from the gallery.",
        ),
    )
    summary = summarize(build_document(article), 2)
    assert summary.tldr.text.startswith('Mayor Anna Berg said: "The council will close the old bridge')


def test_openings_that_point_nowhere_need_no_context() -> None:
    for text in ("There were twenty people injured in the crash.", "It is expected that the bridge reopens in May.",
                 "It's not yet clear whether the bridge will reopen.", "This year the festival drew 40,000 people.",
                 "Although prices fell, sales rose."):
        assert not needs_previous(text, "en"), text
    for text in ("There, he met the mayor.", "It was a disaster for the town.", "This is the council's plan.",
                 "It is the oldest bridge in the city.", "But the council said no."):
        assert needs_previous(text, "en"), text
    assert not needs_previous("Es gibt keine Alternative zur Sperrung.", "de")
    assert not needs_previous("Il y a deux ponts dans la ville.", "fr")
    assert not needs_previous("Este año el puente cumple cien años.", "es")



def test_the_tldr_of_a_long_feature_states_the_facts_rather_than_quoting_a_witness() -> None:
    witness = ("“We ran out of fuel for the generators and the electricity was cut off, so the hospital stopped "
               "working and the patients in the hospital wards were moved to another hospital far away,” said "
               "Dr. Sami Haddad, the director of the hospital.")
    facts = "Sixteen of the 30 hospitals in the region have closed since the fuel ran out, the health ministry said."
    scenes = [f"{who} {did} {what} in the {where} that night."
              for who in ("A nurse", "The porter", "An old man", "Two boys", "A midwife", "The guard", "A driver")
              for did, what, where in (("carried", "blankets", "corridor"), ("counted", "candles", "yard"),
                                       ("found", "a radio", "kitchen"), ("lost", "a shoe", "stairwell"),
                                       ("sang", "a song", "car park"), ("sold", "bread", "street"))]
    article = Article(title="A night in the dark",
                      paragraphs=(scenes[0], witness, facts, *scenes[1:]))
    document = build_document(article)
    assert len(document.sentences) >= 40
    summary = summarize(document, Length.MEDIUM)
    assert {witness, facts} <= {s.text for s in summary.selected}
    assert summary.tldr.text == facts


def test_the_tldr_of_a_long_feature_is_no_quotation_its_speaker_only_introduces() -> None:
    speech = ("At the rally in the square one speaker told the crowd: “All of you, the politicians and the "
              "papers and the police, will one day answer for what you have done to the people of this city.")
    facts = "About 1,100 people marched through the city centre on Saturday to demand a new constitution."
    scenes = [f"{who} {did} {what} in the {where} that night."
              for who in ("A nurse", "The porter", "An old man", "Two boys", "A midwife", "The guard", "A driver")
              for did, what, where in (("carried", "blankets", "corridor"), ("counted", "candles", "yard"),
                                       ("found", "a radio", "kitchen"), ("lost", "a shoe", "stairwell"),
                                       ("sang", "a song", "car park"), ("sold", "bread", "street"))]
    article = Article(title="A night in the square", paragraphs=(scenes[0], speech, facts, *scenes[1:]))
    document = build_document(article)
    assert len(document.sentences) >= 40
    summary = summarize(document, Length.MEDIUM)
    assert {speech, facts} <= {s.text for s in summary.selected}
    assert summary.tldr.text == facts


def test_labels_menus_and_table_rows_are_not_summary_sentences() -> None:
    article = Article(
        title="Leslie Clio presents her new album Brave New Woman",
        paragraphs=(
            "On 4 February the singer Leslie Clio releases Brave New Woman, her fourth album and the first on her own label.",
            "Album: Brave New Woman by Leslie Clio",
            "Single: Brave New Woman, the new single from the album",
            "Label: House of Clio, the label of Leslie Clio (Sony Music)",
            "| Album | Brave New Woman | Leslie Clio | 2022 | 12 songs on the new album by Leslie Clio. |",
            "| Single | My Heart Ain't That Broken | Leslie Clio | 2021 | The first single from the new album. |",
            "Before the album she founded her own record label and put together a new team around her.",
            "The new songs were written in Berlin and recorded with a band in a small studio over one summer.",
        ),
    )
    for length in Length:
        summary = summarize(build_document(article), length)
        for sentence in summary.selected:
            assert not sentence.text.startswith(("Album:", "Single:", "Label:", "|")), (length, sentence.text)
            assert "|" not in sentence.text and "12 songs" not in sentence.text, (length, sentence.text)


LIBRARY = Article(
    title="Riverside council votes to close the old town library",
    paragraphs=(
        "Riverside's council voted on Tuesday to close the old town library, ending 120 years of lending on Main Street.",
        "The library's 40,000 books will move to the new community centre on the edge of town, which opens in March.",
        "“We know many people love the old building, and we love it too, but the roof leaks, the heating fails every "
        "winter and we simply cannot afford to keep the library open there any longer,” said council leader Maria Jones.",
        "“The library is not a building, it is the people who use it, the books they borrow and the children who learn "
        "to read there, and all of that will carry on in the new centre,” Jones said.",
        "Residents who opposed the plan said the new centre is too far from the town's schools.",
        "“My children walk to the library after school every day, and they will not be able to walk to the new centre, "
        "which is three miles away on a busy road without a pavement,” said parent Tom Baker.",
        "The building will be sold, and the council hopes to raise about £2 million from the sale.",
    ),
)


def test_a_lede_stating_the_headline_is_the_tldr_rather_than_a_quotation() -> None:
    summary = summarize(build_document(LIBRARY), Length.SHORT)
    assert summary.tldr.text.startswith("Riverside's council voted on Tuesday to close the old town library")
    assert len(summary.selected) == 3


def test_a_related_storys_headline_left_in_the_text_is_no_summary_sentence() -> None:
    paragraphs = list(LIBRARY.paragraphs)
    paragraphs.insert(2, "Council 'cannot afford it': Riverside library closure means the old town library's "
                         "books move to the new community centre")
    summary = summarize(build_document(replace(LIBRARY, paragraphs=tuple(paragraphs))), Length.LONG)
    assert all("cannot afford it" not in s.text for s in summary.selected)


EMISSIONS_LIKE_FEATURE = Article(
    title="Despite the dry summer, Millbrook's water use dipped in 2024",
    paragraphs=(
        "Just a month into the new year, and the first count of how much the people here drew from their taps and wells last year is already in. "
        "It is not the kind of record a town boasts about, but it will not leave anyone in tears either.",
        "Perhaps surprisingly, total water use fell 4 percent compared with the year before, according to the county water board. "
        "The reason for that decline? The farms along the river are pumping less.",
        "“The farms had a banner year for saving the river — the largest drop in farm pumping on record,” said Ana Ruiz, who runs the board. "
        "“But in the rest of the town, from the homes to the car washes, the pumping stayed stubbornly flat.”",
        "Farm pumping of river water has been sliding slowly for ten years. "
        "The farms now pump half as much from the river as they did in 2014. "
        "And that trend went on through last year, as farm pumping slid 18 percent.",
        "Drip lines replacing the old sprinklers on the farms were the biggest reason for the drop in river pumping, Ruiz said. "
        "Rain barrels on farm sheds saved the river more in the spring.",
        "Cutting farm pumping is a first step to saving the river in other places. "
        "With less pumped by the farms, the town could fill its reservoir for the homes.",
    ),
)


def test_a_feature_that_opens_with_a_scene_has_its_news_sentence_as_tldr() -> None:
    """The body's central sentences (farm pumping) outrank the second paragraph's news, which is
    what the headline announces; the reader's TL;DR is the news."""
    for length in Length:
        summary = summarize(build_document(EMISSIONS_LIKE_FEATURE), length)
        assert summary.tldr.text.startswith("Perhaps surprisingly, total water use fell 4 percent"), length
        assert len(summary.selected) == min(length.sentences, len(build_document(EMISSIONS_LIKE_FEATURE).sentences) // 2)


def test_a_call_to_follow_a_link_is_no_summary_sentence() -> None:
    """A blog ends its paragraphs with "Click through…" or "Hier geht's zur Anmeldung."; a summary
    shows facts, and such a line would take a fact's place."""
    english = replace(BRIDGE, paragraphs=(
        BRIDGE.paragraphs[0] + " Click through for the whole report on the Old Mill river bridge repairs.",
        *BRIDGE.paragraphs[1:5],
        BRIDGE.paragraphs[5] + " For more information on the bridge repairs, visit the council's website.",
    ))
    german = replace(GERMAN, paragraphs=(
        *GERMAN.paragraphs,
        "Alle weiteren Einzelheiten zur Sperrung der Brücke bitten wir den Seiten der Stadt zu entnehmen. "
        "Hier geht's zur Anmeldung für die Bürgerversammlung über die Sperrung der alten Mühlenbrücke.",
    ))
    for article, pointers in ((english, ("Click through", "For more information")),
                              (german, ("Einzelheiten", "Hier geht's"))):
        for length in (*Length, 20):
            texts = [s.text for s in summarize(build_document(article), length).selected]
            assert not [t for t in texts if t.startswith(pointers) or "Einzelheiten" in t], (length, texts)


def test_a_german_article_before_a_verb_points_back() -> None:
    assert needs_previous("Das macht sie zur Ausnahme unter den Büchern der Messe.", "de")
    assert needs_previous("Das zeigt, dass die Reform wirkt.", "de")
    assert needs_previous("Die wollten nicht länger warten.", "de")
    assert not needs_previous("Das seit Jahren geplante Projekt beginnt im Mai.", "de")
    assert not needs_previous("Die gut ausgebildeten Lehrer verlassen das Land.", "de")
    assert not needs_previous("Der Rat hat die Brücke gesperrt.", "de")


def _feature(nut_graf: str) -> Article:
    """A long feature: a scene of three paragraphs, its point in the fourth, then a long middle."""
    scene = ("On a cold morning in March, two retired engineers walked down a snowy hill behind a farmhouse. "
             "The air was still and a foot of snow covered the ground. "
             "Both men wore dark glasses against the glare of the sun on the snow.")
    middle = [f"In year {year} of the project the team measured the pond's temperature, the snow cover, the wind "
              f"and the light every hour, and the engineers wrote down each reading in a notebook." for year in range(40)]
    return Article(
        title="A reflective shield for the melting pond ice",
        paragraphs=(scene, "They stopped at the edge of a frozen pond and looked across it for a while.",
                    "A dog barked somewhere behind the barn, and a truck passed on the road.",
                    nut_graf, *middle),
    )


def test_a_long_features_tldr_states_its_point_rather_than_a_detail_from_the_middle() -> None:
    nut_graf = "The engineers want to prove that a reflective shield of glass beads can keep pond ice from melting."
    document = build_document(_feature(nut_graf))
    summary = summarize(document, Length.MEDIUM)
    assert summary.tldr.text == nut_graf


def test_a_long_features_tldr_is_no_opinion_in_the_writers_first_person_from_its_opening() -> None:
    """An essay's opening shares the headline's words in the writer's own voice ("We all know …");
    the reported point after the scene is the TL;DR, not the writer's stance."""
    nut_graf = "The engineers want to prove that a reflective shield of glass beads can keep pond ice from melting."
    opinion = "We all know that our melting pond ice needs a reflective shield, and we should care about the ice."
    article = _feature(nut_graf)
    article = replace(article, paragraphs=(article.paragraphs[0] + " " + opinion, *article.paragraphs[1:]))
    summary = summarize(build_document(article), Length.MEDIUM)
    assert summary.tldr.text == nut_graf


def test_a_long_texts_tldr_from_its_first_paragraphs_is_not_swapped_for_a_headline_sentence() -> None:
    """About.com's lung cancer explainer: the ranking chose the recommendation in its third paragraph
    ("It's now recommended that all … patients … have biomarker testing …"); the opening's general
    claim sharing one more headline word ("One of the most exciting advances …") took its place.
    A sentence of the first paragraphs is already the opening; one from further down still gives way."""
    from bot.reader.summary.compose import _headline_in_opening, leans_on_previous

    general = "One of the most exciting advances in lung cancer has come from understanding genetic testing."
    fact = "Doctors now recommend a biomarker test for EGFR mutations in every patient with advanced lung cancer."
    body = [f"Trial {n} followed patients whose tumours carried the mutations for {n} months." for n in range(40)]
    article = Article(title="Understanding genetic testing for lung cancer",
                      paragraphs=("Written for patients and their families by a physician.", general,
                                  "Five types were known. Today no two are alike. Your doctor may test yours. " + fact,
                                  *body, fact.replace("Doctors now", "Doctors in most countries now")))
    document = build_document(article)
    leaning = leans_on_previous(document)
    early = next(s for s in document.sentences if s.text == fact)
    late = document.sentences[-1]
    assert early.index >= 4 and early.paragraph == 2
    assert _headline_in_opening(document, early, leaning) is None
    assert _headline_in_opening(document, late, leaning).text == general


def test_a_pointer_in_the_first_words_after_of_leans_on_the_sentence_before() -> None:
    assert needs_previous("Outbreaks from those diseases have risen across Europe.", "en")
    assert needs_previous("Many of them were children.", "en")
    assert needs_previous("Einige von ihnen sehen ihr Aufgabengebiet im Technologietransfer.", "de")
    assert needs_previous("La plupart d'entre eux sont rentrés chez eux.", "fr")
    assert needs_previous("Uno de estos casos fue grave.", "es")
    assert not needs_previous("Members of the council voted against the plan.", "en")
    assert not needs_previous("Uno de los casos fue grave.", "es")
    assert not needs_previous("Only 51% of those polled had made up their minds.", "en")
    assert not needs_previous("Many of those who lost their homes have moved away.", "en")


def test_a_pronoun_after_a_short_lead_in_points_back_for_the_tldr() -> None:
    assert points_back_after_lead_in("Incidentally, this is why most tents are green.", "en")
    assert points_back_after_lead_in("Last year, he won the race.", "en")
    assert points_back_after_lead_in("Mardi, il a annoncé sa démission.", "fr")
    assert not points_back_after_lead_in("On Monday, the council voted to close the bridge.", "en")
    assert not points_back_after_lead_in("In 2010, there was a flood in the valley.", "en")


def test_a_paragraph_printed_twice_costs_the_summary_no_sentence() -> None:
    """A page that prints a paragraph again further down (a teaser or pull quote set in the body) and
    gives it as its description as well: every length shows as many different sentences as it would
    without the copy, since the copy is never chosen, not dropped when shown."""
    paragraphs = [p for p in BRIDGE.paragraphs if not p.endswith("?")]
    for copied in range(4):
        for at in range(len(paragraphs)):
            printed_twice = paragraphs[:at] + [paragraphs[copied]] + paragraphs[at:]
            article = replace(BRIDGE, paragraphs=tuple(printed_twice), description=paragraphs[copied])
            for length in Length:
                shown = [" ".join(s.text.split()) for s in summarize(build_document(article), length).selected]
                plain = summarize(build_document(replace(BRIDGE, paragraphs=tuple(paragraphs))), length).selected
                assert len(set(shown)) == len(shown) >= len(plain), (copied, at, length, shown)


def test_a_french_download_pointer_is_no_statement() -> None:
    """A magazine page ends its charts with how to download them; as a summary sentence it took a fact's place."""
    assert points_elsewhere("Vous pouvez télécharger ce graphique au format PDF en cliquant sur l'image.")
    assert not points_elsewhere("En cliquant trop vite, les salariés ont perdu leurs données, selon l'Insee.")
