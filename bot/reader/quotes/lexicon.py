"""The words attribution reads, by language: reporting verbs, titles, articles, pronouns, and the
little words that tell a name from a description (`the attorney`), a body (`Tribunal de Justicia`)
or a scene-setting phrase (`Sur Twitter,`). `bot.reader.quotes.speakers` holds the rules that use them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Lexicon:
    verbs: frozenset[str]
    """Reporting verbs, lower case: the speaker stands just before or just after one."""
    auxiliaries: frozenset[str]
    """Words that may come between a quotation and an inverted verb (`a déclaré Macron`)."""
    by: str
    """Regex of the `according to` phrases of the language."""
    pronouns: dict[str, str]
    """Third-person singular pronouns -> 'm' or 'f'."""
    titles: frozenset[str]
    """Words before a name that are not part of it (`Mr`, `Herr`, `Mme`); per language, since one
    language's title is another's surname (`Ana Pastor`)."""
    pro_drop: bool = False
    """Whether the subject pronoun is usually left out (Spanish `«…», dijo.`): a verb alone then
    speaks of the person in focus, not of nobody."""
    by_after: frozenset[str] = frozenset()
    """Postpositions meaning `according to`, after whom they name (German `Burkert zufolge`)."""
    latter: dict[str, str] = field(default_factory=dict)
    """Demonstrative pronouns for `the latter` -> 'm' or 'f' (`fragte dieser`, `a répondu celui-ci`):
    the person named last, not the one in focus."""
    derived_verbs: frozenset[str] = frozenset()
    """Reporting verbs from a lexical source (`_wordnet_verbs`), which attribution reads beside `verbs`; the
    answer stage's reporting terms (`bot.reader.answer.speech`) stay the hand list whose effect on answers
    was measured."""
    slips: dict[str, str] = field(default_factory=dict)
    """Words typed for an auxiliary by a common slip -> that auxiliary (French `à` for `a`): read as it right
    before a reporting participle (`De Pavant à indiqué`), where the word itself cannot stand."""


_EN_VERBS = """said says say told tells added adds asked asks wrote writes explained explains noted notes
warned warns insisted insists stated claimed claims admitted admits argued argues replied replies
recalled recalls continued declared announced confirmed revealed commented remarked suggested
responded tweeted joked shouted urged conceded acknowledged observed agreed exclaimed whispered
stressed emphasised emphasized maintained reckons reckoned posted concluded predicted boasted
texted messaged described describes describe called calls interjected snapped quipped countered
retorted pleaded vowed promised promises cautioned testified testifies recounted recounts lamented
laments mused muses sighed pledged pledges reported asserted asserts remembers remembered whispers
defended defends shared shares"""
EN_PARTICIPLES = frozenset("""saying telling adding writing noting explaining arguing insisting asking warning
stressing claiming replying responding urging""".split())
"""English reporting verbs as participles after a comma (`“…,” Benioff weighed in, telling Cook`): whoever
the clause before them names speaks, not whom they tell."""
_EN_TITLES = """mr mrs ms miss mx dr prof professor sir dame lord lady president vice prime minister
secretary senator sen rep representative governor gov mayor judge justice chief officer detective
det sergeant sgt constable pc inspector superintendent supt captain capt lieutenant lt colonel col
general gen major maj admiral coach manager boss chairman chairwoman chancellor king queen prince
princess pope rev reverend father bishop archbishop rabbi imam sheikh ambassador commissioner mp
director dean attorney pastor deputy agent trooper nurse corporal cpl private pte state commander cmdr adm
taoiseach tánaiste sheriff councilman councilwoman alderman assemblyman assemblywoman congressman
congresswoman ayatollah emir sultan coroner magistrate chaplain"""
_DE_TITLES = """dr prof herr frau bundeskanzlerin bundeskanzler kanzlerin kanzler präsident präsidentin
ministerin minister bundespräsident bundespräsidentin papst generalsekretär generalsekretärin
bürgermeister bürgermeisterin sprecher sprecherin könig königin general generalin graf gräfin fürst
fürstin baron baronin abg abgeordneter abgeordnete professor professorin doktor pfarrer landrat landrätin
staatssekretär staatssekretärin senator senatorin stadtrat stadträtin dezernent dezernentin coach imam rabbiner
bischof bischöfin"""
_FR_TITLES = """dr docteur docteure pr prof m mme mlle me mgr monsieur madame président présidente pape ministre secrétaire
général générale maire roi reine maître"""
_ES_TITLES = """dr dra doctor doctora sr sra srta don doña presidente presidenta papa secretario secretaria general
ministro ministra alcalde alcaldesa rey reina"""
DE_COMPOUND_TITLES = tuple(t for t in _DE_TITLES.split() if len(t) >= 7 and t not in ("professor", "professorin"))
"""German titles that end a compound title (`Wirtschaftsminister`, `Oberbürgermeisterin`, `Vizekanzler`)."""
ABBREVIATED_TITLES = frozenset("sen rep gov det sgt supt capt lt col gen maj cpl pte cmdr adm".split())
TITLE_WORDS = frozenset(f"{_EN_TITLES} {_DE_TITLES} {_FR_TITLES} {_ES_TITLES}".split())
"""Every language's titles: an abbreviated one keeps its full stop (`Dr.`, `Sra.`)."""
HONORIFICS = frozenset("""mr mrs ms miss mx dr docteur docteure doctor doctora prof sir dame lord lady herr frau m mme mlle me mgr monsieur
madame pr sr sra srta don doña dra abg state private father""".split()) | ABBREVIATED_TITLES
"""Titles that say how to address someone, not what they do: never shown as a role (`Mr`, `Dr.`, `Sen.`)."""
FORMS_OF_ADDRESS = frozenset("honour honor excellency highness majesty worship lordship ladyship eminence holiness".split())
"""Words after `His` or `Her` that say how to address someone (`His Honour Judge Neil Ford`): no part of their post."""
ROLE_NOUNS: dict[str, frozenset[str]] = {
    "en": frozenset("""ceo cfo coo cto chief executive chairman chairwoman chair founder co-founder owner
        director manager boss coach captain skipper spokesman spokeswoman spokesperson envoy ambassador
        adviser advisor aide analyst economist strategist scientist researcher lecturer meteorologist
        forecaster lawyer counsel prosecutor senator congressman congresswoman lawmaker legislator premier
        leader editor reporter correspondent journalist columnist author writer novelist singer rapper
        actor actress producer filmmaker comedian presenter host anchor broadcaster artist designer
        architect engineer doctor surgeon physician teacher headteacher headmaster priest officer
        striker midfielder defender goalkeeper winger fly-half scrum-half full-back quarterback pitcher
        trainer jockey driver astronaut candidate nominee activist campaigner organiser organizer trustee
        treasurer investor banker entrepreneur historian politician cardinal official diplomat negotiator
        resident villager neighbour neighbor shopkeeper farmer nurse survivor witness volunteer student
        councillor councilor""".split()),
    "de": frozenset("""chef chefin leiter leiterin trainer trainerin kapitän anwalt anwältin richter
        richterin arzt ärztin sprecher sprecherin direktor direktorin vorstand vorsitzender vorsitzende
        generalsekretär generalsekretärin präsident präsidentin minister ministerin bürgermeister
        bürgermeisterin staatssekretär staatssekretärin""".split()),
    "fr": frozenset("""porte-parole directeur directrice entraîneur sélectionneur avocat avocate procureur
        procureure juge député députée sénateur sénatrice patron patronne chef dirigeant dirigeante
        fondateur fondatrice économiste chercheur chercheuse capitaine""".split()),
    "es": frozenset("""portavoz director directora entrenador entrenadora seleccionador abogado abogada
        fiscal juez jueza diputado diputada senador senadora consejero consejera vicepresidente
        vicepresidenta líder jefe jefa fundador fundadora economista investigador investigadora
        capitán mandatario mandataria ejecutivo ejecutiva""".split()),
}
"""Nouns for what someone does, per language, which stand right before a name as its title
(`England skipper Jason Robinson`, `le porte-parole Gabriel Attal`) though no one is called by them."""
POST_INITIALS = frozenset("ceo cfo coo cto cio pdg dg".split())
"""Posts written as their initials, which the press of every language uses (`so der CEO`, `a ajouté le PDG`): after
an article they describe the person holding the post, never name anyone."""
EN_ROLE_ENDINGS = ("ist", "ian")
"""Endings of English nouns for what someone does (`economist`, `historian`), as a title before a name."""
EN_NOT_ROLES = frozenset("insist assist resist exist persist consist enlist checklist playlist shortlist".split())
"""Words with a role's ending that are verbs or things."""
ROLE_MODIFIERS = frozenset("""former chief principal senior deputy acting interim assistant executive managing
lead head then vice prime associate press industry study team party opposition campaign company police defense
defence foreign finance health security research market sales communications veteran founding longtime""".split())
"""Lower-case words that qualify an English title before a name (`former chief executive`, `press secretary`)."""

STANDING_MODIFIERS = frozenset("former acting interim retired late then ex new".split())
"""Of those, the ones that say when or how someone holds a title (`former Major-Gen`), part of it, never a post
of its own (`Hawks head Major-Gen`)."""
NAME_STOP_WORDS = frozenset({"New"})
"""A stop word that opens place and body names (`New York Senator`, `New Media investor`), even at the
start of a sentence."""
ADJECTIVE_ENDINGS = ("al", "ic", "ary", "ive")
"""Endings of English adjectives that qualify a title (`presidential candidate`, `legislative aide`)."""
MALE_TITLES = frozenset("mr sir lord king prince father herr m monsieur sr don".split())
GENDERED_NOUNS = {
    **dict.fromkeys("""woman girl mother wife daughter sister grandmother widow lady businesswoman
                    actress""".split(), "f"),
    **dict.fromkeys("""man boy father husband son brother grandfather widower businessman""".split(), "m"),
}
"""English nouns that show whom a description is (`the young woman`): he or she; not `actor`, which
news and reviews also write for women (`Wiig is an actor first`)."""
UNNAMED_NOUNS = {
    "fr": frozenset("proche ténor cadre élu militant responsable membre conseiller conseillère habitant habitante témoin".split()),
    "es": frozenset("allegado allegada funcionario funcionaria miembro dirigente responsable militante vecino vecina testigo".split()),
}
"""Nouns a story brings someone in by without naming them (`Un proche du ministre a confié`, `un ténor de la
droite`): a he or she right after stands for that person, not for someone named before."""
FOLLOWER_ENDINGS = {"fr": ("iste", "yste", "ien", "ienne"), "es": ("ista",)}
"""Endings of a French or Spanish noun for a leader's or a party's follower (`un chiraquien`, `un sarkozyste`,
`un chavista`): someone unnamed."""
YOUNG_NOUNS = frozenset("""teenager teen girl boy schoolgirl schoolboy child kid youngster eighth-grader
seventh-grader ninth-grader""".split())
"""English nouns for someone under 20: `the teenager` is the one person the text gives such an age."""
AGE_DECADES = {
    **{word: 10 * tens for tens, words in (
        (3, "trentenaire treintañero treintañera"),
        (4, "quadragénaire quarantenaire cuarentón cuarentona quadragenarian"),
        (5, "quinquagénaire cincuentón cincuentona quincuagenario quincuagenaria quinquagenarian"),
        (6, "sexagénaire sexagenario sexagenaria sexagenarian"),
        (7, "septuagénaire septuagenario septuagenaria septuagenarian"),
        (8, "octogénaire octogenario octogenaria octogenarian"),
        (9, "nonagénaire nonagenario nonagenaria nonagenarian"),
    ) for word in words.split()},
}
"""Nouns for someone in a decade of life -> its first year: `le quinquagénaire` is the one person the text
gives an age from 50 to 59."""
FEMALE_TITLES = frozenset("""mrs ms miss dame lady queen princess frau mme mlle madame sra doña
bundeskanzlerin kanzlerin präsidentin ministerin présidente presidenta""".split())
STYLE_TITLES = frozenset("king queen prince princess pope sir dame lord lady könig königin papst roi reine pape rey reina papa".split())
"""Titles someone is called by with one name (`Prince Andrew`, `Pope Francis`, `Lady Gaga`, `el papa Francisco`):
shown with it, not as a role after the bare name (`Andrew, Prince`)."""

def _with_imperfects(verbs: str, language: str) -> frozenset[str]:
    """Reporting verbs with their imperfect, the tense of scene-setting reportage (`soupirait Karim
    Benali`, `comentaba Antonio Ruiz`), made from the forms listed: French `déclaré` -> `déclarait`
    (`lancé` -> `lançait`, `jugé` -> `jugeait`), Spanish `comentó` -> `comentaba`, `respondió` ->
    `respondía`, `sostiene` -> `sostenía`. A wrong form made from an irregular verb is a word no text holds."""
    listed = verbs.split()
    made = set()
    for verb in listed:
        if language == "fr" and verb.endswith("é"):
            stem = verb[:-1]
            made.add((stem[:-1] + "ç" if stem.endswith("c") else stem + "e" if stem.endswith("g") else stem) + "ait")
        elif language == "es" and verb.endswith("ió"):
            made.add(verb[:-2] + "ía")
        elif language == "es" and verb.endswith("ó"):
            made.add(verb[:-1] + "aba")
        elif language == "es" and verb.endswith("e"):
            # `sostiene` -> `sostenía`, `advierte` -> `advertía`: the present's diphthong is not in the imperfect
            made.add(re.sub(r"ie(?=[^aeiou]*$)", "e", re.sub(r"ue(?=[^aeiou]*$)", "o", verb[:-1])) + "ía")
    return frozenset(listed) | made


def _wordnet_verbs(code: str) -> frozenset[str]:
    """Every form of the language's verbs WordNet files under communication with a clause (`assures`,
    `conceded`, `quipped`; `jure`, `avaló`, `behauptete`): built by `bench/tables/speech_verbs.py` from
    WordNet for English and by `bench/tables/speech_verbs_omw.py` from Open Multilingual Wordnet for
    French, Spanish and German, so a reporting verb no story here has used is still read as one."""
    table = Path(__file__).resolve().parents[1] / "data" / f"speech_verbs_{code}.txt"
    return frozenset(table.read_text(encoding="utf-8").split())


LEXICONS: dict[str, Lexicon] = {
    "en": Lexicon(frozenset(_EN_VERBS.split()), frozenset({"has", "had"}), r"\baccording to\b|\bin the words of\b"
                   # `or, as Fischer put it, “…”`: the name between `as` and `put it` is whose words they are
                   r"|\bas(?=\s+(?:[A-Z][\w’'.-]*\s+){1,4}puts? it\b)",
                   {"he": "m", "she": "f"}, frozenset(_EN_TITLES.split()), derived_verbs=_wordnet_verbs("en")),
    "de": Lexicon(frozenset("""sagte sagt sagten sagen erklärte erklärt erklärten betonte betont
                   meinte meint fügte fügt schrieb schreibt warnte warnt berichtete berichtet
                   kritisierte kritisiert forderte fordert ergänzte ergänzt antwortete antwortet
                   bestätigte bestätigt versicherte versichert bekräftigte bekräftigt unterstrich
                   kommentierte kommentiert verkündete verkündet räumte räumt stellte gesagt
                   teilte teilt zitiert zitierte sprach spricht eingeräumt räumte bekräftigt zugegeben gab
                   mahnte mahnt kündigte kündigt äußerte äußert rief ruft riefen schrie schreit
                   fragte fragt fragten erwiderte erwidert entgegnete entgegnet bemerkte bemerkt
                   versetzte replizierte flüsterte flüstert murmelte erläuterte erläutert beklagte
                   beklagt lobte lobt monierte moniert resümierte resümiert beteuerte beteuert glaubt
                   glaubte findet hofft hoffte fürchtet fürchtete gestand bilanzierte bilanziert
                   entschied entschieden urteilte beschrieb beschreibt bezeichnete bezeichnet nannte
                   nennt heißt hieß erzählt erzählte klagt klagte schildert schilderte verspricht versprach
                   appelliert appellierte unterstreicht erinnert erinnerte lautet lautete
                   empfahl empfiehlt rechnet rechnete verwies verweist drängte drängt schimpfte schimpft freute freut ärgerte
                   befürchtet befürchtete vermutet vermutete prophezeite prognostiziert prognostizierte schätzt
                   schätzte relativierte beschwichtigte widersprach widerspricht analysierte analysiert drohte droht gedroht
                   urteilt würdigte würdigt verurteilte verurteilt dementierte dementiert verteidigte verteidigt
                   mitteilte mitteilt mitteilten mitgeteilt hinzufügte hinzufügt hinzugefügt einräumte einräumt
                   ankündigte ankündigt angekündigt klarstellte klarstellt klargestellt feststellte festgestellt
                   ausführte ausgeführt zugab zugibt anmerkte angemerkt bekanntgab bekanntgegeben""".split()),
                   frozenset({"hat", "hatte", "habe"}), r"\blaut\b|^\W*so\b|\bmit den worten\b|\bnach angaben (?:von|des|der)\b"
                   r"|\bnach (?:ansicht|einschätzung|meinung|auffassung) (?:von|des|der)\b|\baus sicht (?:von|des|der)\b",
                   {"er": "m", "sie": "f"},
                   frozenset(_DE_TITLES.split()), by_after=frozenset({"zufolge"}),
                   latter={"dieser": "m", "diese": "f"}, derived_verbs=_wordnet_verbs("de")),
    "fr": Lexicon(_with_imperfects("""argué argüé arguant argüant déclaré dit affirmé expliqué ajouté souligné estimé indiqué précisé
                   déclare affirme explique ajoute souligne estime indique précise annoncé annonce
                   répondu répond répondit raconte raconté confie confié lancé lance poursuivi
                   poursuit conclut conclu prévient prévenu averti avertit rappelé rappelle relevé
                   relève dénoncé dénonce jugé juge assuré assure insisté insiste reconnu reconnaît reconnait
                   regretté regrette écrit écrivit souvient réjoui résume résumé commenté commente
                   déclara lâché lâche affirmant déclarant estimant expliquant ajoutant soulignant
                   précisant indiquant rappelant assurant jugeant promis promet renchérit renchéri
                   nuancé nuance nia nié tweeté martelé martèle confirmé confirme déploré déplore
                   félicité réagi réagit tranché tranche plaidé plaide ironisé ironise observé observe
                   constaté constate protesté proteste menacé menace souhaité souhaite demandé demande
                   noté note avancé avance détaillé détaille témoigné témoigne fustigé fustige
                   concédé concède rétorqué rétorque objecté objecte signalé signale glissé glisse
                   clamé clame proclamé proclame répété répète enchaîné enchaîne indigné inquiété
                   alerté alerte salué salue mentionné mentionne admis admet exclamé exclame étonné
                   étonne réaffirmé réaffirme révélé révèle répliqué interrogé interroge qualifié
                   qualifie décrit soupiré soupire disait disant écrivait écrivit répondait poursuivait reconnaissait
                   avertissait admettait promettait craint redoute redouté espère espéré tempête tempêté avoue avoué
                   sourit souri plaisante plaisanté tempère tempéré rassure rassuré réclame réclamé exige exigé
                   prédit évoque évoqué parle parlé parlant
                   critiqué critique condamné condamne démenti dément reproché reproche défendu défend justifié
                   justifie considéré considère assène asséné conseille conseillé pointé pointe""", "fr"),
                   frozenset({"a", "avait", "aurait", "est", "s'est", "s’est"}),
                   r"\bselon\b|\bd['’]après\b|^\W*(?:mais |et )?pour\b",
                   {"il": "m", "elle": "f", "lui": "m"}, frozenset(_FR_TITLES.split()),
                   latter={"celui-ci": "m", "celle-ci": "f"}, slips={"à": "a"}, derived_verbs=_wordnet_verbs("fr")),
    "es": Lexicon(_with_imperfects("""dijo dice escribe resume resumió establece estableció dispone afirmó afirma explicó explica añadió añade agregó agrega
                   señaló señala aseguró asegura declaró declara comentó comenta indicó indica
                   manifestó manifiesta sostuvo sostiene expresó expresa destacó destaca subrayó
                   advirtió advierte insistió reconoció reconoce admitió precisó apuntó respondió
                   contestó relató escribió anunció anuncia denunció denuncia criticó reiteró
                   concluyó recordó consideró considera opinó calificó lamentó mencionó informó
                   confirmó puntualizó enfatizó dicho declarado afirmado explicado señalado
                   asegurado manifestado expresado afirmando diciendo señalando explicando
                   asegurando indicando añadiendo declarando reconocido reconoció lamentó lamentado
                   sentenció aseveró apostilló remarcó criticado advertido insistido subrayado destacado
                   recordado comentado anunciado denunciado reiterado describió describe bromeó
                   exclamó preguntó gritó valoró defendió aclaró aclara matizó pidió exigió cuestionó
                   ironizó zanjó celebró resaltó contó narró expuso argumentó recalcó recalca resumió
                   insiste subraya admite relata relató narra recuerda apunta lamenta confiesa confesó
                   opina critica dictaminó resolvió determinó definió describe espetó replicó decía recoge recogió detalló teme temió propuso prometió avisó alertó
                   reclamó reprochó sugirió estima estimó creyó adelantó avanzó negó remachó remató reivindicó
                   justificó habla habló hablando
                   añadido agregado contado relatado confesado narrado detallado apuntado indicado precisado admitido
                   respondido contestado matizado aclarado valorado sostenido recalcado concluido opinado
                   condenó condena desmintió desmiente corroboró corrobora planteó plantea citó remarca
                   enumera enumeró compartió compartido""", "es"), frozenset({"ha", "había", "habría"}),
                   r"\bsegún\b|\ben (?:las )?palabras de(?:l)?\b|\bde acuerdo (?:con|a)\b|^\W*para\b|\ben opinión de(?:l)?\b", {"él": "m", "ella": "f"},
                   frozenset(_ES_TITLES.split()), pro_drop=True, latter={"éste": "m", "ésta": "f"},
                   derived_verbs=_wordnet_verbs("es")),
}
CALENDAR = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february
march april may june july august september october november december montag dienstag mittwoch
donnerstag freitag samstag sonntag januar jänner februar märz april mai juni juli august september
oktober november dezember""".split())
TIMES = frozenset("""week weekend month year day night morning afternoon evening yesterday today tonight
woche wochenende monat jahr tag nacht morgen nachmittag abend gestern heute semaine mois année an jour nuit matin
après-midi soir soirée hier aujourd'hui semana mes año día noche mañana tarde ayer hoy""".split())
"""Words a phrase of time ends with, setting the scene before the subject (`Last week,`, `Earlier this month,`,
`Hier soir,`, `La semana pasada,`)."""
DE_WEEKDAYS = frozenset("montag dienstag mittwoch donnerstag freitag samstag sonntag sonnabend".split())
"""German weekdays, which are surnames too (`Markus Freitag`): mid-sentence, a date writes them after a lower-case
word (`am Freitag`, `seit Montag`), a name after a capitalised first name."""
ORGANISATION_WORDS = frozenset("""office department ministry university college school council records productions
studios pictures
police court party club street road house hospital centre center agency service company group
association park league cup open times news post telescope church city county state states
kingdom island republic union committee commission government airport station airlines bank
museum institute foundation team township village festival record medal coupe copa pokal ligue liga
mail foundation management corporation institution tribunal tribunale gericht gerichtshof corte
ministerio ministère ministerium iglesia église kirche universidad université universität partido
parti partei gobierno gouvernement regierung comisión kommission consejo conseil banco banque
empresa compañía congregación congrégation entreprise unternehmen asociación verein verband fundación fondation stiftung agencia agence
agentur ayuntamiento mairie préfecture prefectura servicio instituto institut observatorio observatoire policía polizei ejército armée armee watch ag gmbh kg automotive holding
holdings inc ltd plc llc corp united fc afc rovers athletic wanderers hotspur sociedad society société academia academy
académie akademie military army navy embassy fund fonds trust""".split())
"""Words that make a capitalised run a body's name (`Harvard Management Company`, `Tribunal de
Justicia`, `Evangelisch-methodistische Kirche`, `Flughafen Zürich AG`, `Hollmann Automotive`, `Manchester United`): at its end in English and German, at its start in
French and Spanish."""
DESCRIPTOR_ENDINGS = ("ist", "ists", "ese", "ish", "isch", "ische")
"""Endings of the words for a follower or a nationality (`Scientologist`, `Japanese`, `Flemish`)."""
DE_DETERMINERS = frozenset("""der die das den dem des ein eine einer einem einen eines kein keine keinem keinen
keiner keines sein seine seinem seinen seiner seines ihr ihre ihrem ihren ihrer ihres unser unsere unserem unseren
unserer dieser diese diesem diesen dieses jeder jede jedem jeden jedes jeglicher jegliche jeglichem jeglichen jegliches
deren dessen""".split())
"""German articles and determiners in every case: a capitalised word after one is a noun
(`von seinem Wohnort Barcelona` names a place, and nobody called `Wohnort Barcelona`)."""
DE_CONTRACTIONS = frozenset("zum zur im am beim vom ins ans aufs durchs fürs ums".split())
"""German prepositions fused with an article: the capitalised word after one is a noun too (`zum
Geburtstag Blumen schenken` names nobody called `Geburtstag Blumen`)."""
DE_COMPOUND_HEADS = ("könig", "königin", "star", "legende", "ikone", "boss", "zar", "papst", "fürst", "idol")
"""Last parts of German compounds that describe someone by fame or rule (`Medienkönig`, `Popstar`)."""
DE_NOUN_ENDINGS = ("er", "in", "ent", "ant", "ist", "eur", "or", "te", "ende", "vorstand", "chef", "coach", "walt", "är", "rat",
                   "ung", "ie", "heit", "keit", "schaft", "tion", "tät",
                   # a weak noun for a person, inflected (`dem Amateurastronomen`, `des Präsidenten`)
                   "isten", "enten", "anten", "logen", "nomen", "grafen", "graphen", "sophen", "kraten")
"""Endings of German nouns for people and things (`Wirtschaftswissenschaftler`, `Ehrenvorsitzende`,
`Infrastrukturvorstand`, `Konzernchef`, `Staatsanwalt`, `Verdi-Sekretär`, `Staatsrat`, `Studie`, `Zeitung`)."""
DE_SHORT_ROLES = frozenset("""vater mutter sohn tochter bruder schwester oma opa großvater großmutter ehemann ehefrau
witwe witwer onkel tante inhaber inhaberin leiter leiterin chef chefin trainer trainerin fahrer fahrerin
anwalt anwältin richter richterin arzt ärztin wirt wirtin rektor rektorin lehrer lehrerin schüler
schülerin bauer bäuerin kapitän pfleger pflegerin experte expertin ökonom ökonomin""".split())
"""German family and job nouns too short for a noun's ending to tell them from a first name
(`klagt Vater Tim Brandt`, `sagte Inhaber Markus Hofmann`, `sagte Experte Bernd Bönte`)."""
DE_PERSON_ENDINGS = ("er", "ist", "ent", "ant", "eur", "or", "te", "ende", "chef", "walt", "ling")
"""Endings of German nouns for a man (`der Gewerkschafter`, `der Experte`, `der Vorsitzende`): such a
description stands for the person in focus."""
COPULAS = frozenset("is are was were ist sind war waren est sont était étaient es son era eran fue".split())
"""Verbs that join a subject to what it is (`Die FACC ist „…“`): the quotation after one describes the subject."""
DE_REPORTING_MOOD = frozenset("""sei seien habe werde könne müsse solle wolle dürfe möge gebe liege gelte stehe gehe
komme bleibe fehle brauche wisse heiße bedeute zeige sehe lasse wäre wären hätte hätten würde würden lägen
gäbe""".split())
"""German verbs in the Konjunktiv I, the mood of reported speech (`Die Nachfrage sei hoch`), and in the Konjunktiv II
that stands in for it (`Bei Airbus lägen 8.000 Bestellungen vor`): a sentence with one reports someone's words
without saying whose."""
DE_BODY_ENDINGS = ("polizei", "regierung", "feuerwehr", "ministerium", "behörde", "staatsanwaltschaft",
                   "verwaltung", "gericht", "kommission", "gewerkschaft", "bundestag", "landtag", "amt",
                   "institut", "anstalt", "verband", "verein", "hofrat", "stadtrat", "gemeinderat", "bundesrat",
                   "gesellschaft", "gemeinschaft", "zunft", "gilde", "synode", "kirchentag", "konzil", "direktion",
                   "stiftung", "kasse")
"""Endings of German compounds that name a body (`Bundespolizei`, `Landesregierung`, `Berufsfeuerwehr`,
`Auswärtiges Amt`, `Robert Koch-Institut`)."""
DE_ABSTRACT_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "tät")
"""Endings only a German common noun has (`Zeitung`, `Gesellschaft`), never a name (`Carnegie`)."""
SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())
"""Generational suffixes: part of a name (`Kenneth Stancil III`), never the surname to match."""
DE_RELATIVES = frozenset("der die das dem den denen deren dessen welcher welche welches welchem welchen".split())
"""German relative pronouns: the subject of the clause they open follows them (`in der er … hüllte`)."""
RELATIVES = frozenset("who whose whom which where when der die das que qui quien".split())
"""Words that open a relative clause: a name at its end is not the subject (`Kim, who met Obama, said`)."""
ARTICLES: dict[str, str | None] = {
    "the": None, "a": None, "an": None, "der": "m", "die": None, "das": None, "ein": "m", "eine": "f",
    "le": "m", "la": "f",
    "un": "m", "une": "f", "el": "m", "una": "f", "l'": None, "l’": None,
}
"""Articles that open a role, with the gender they show (German `die` is plural too: left out)."""
DEFINITES = frozenset("the his her its le la l' l’ son sa der das el su".split())
"""Words that open a description of someone already named (`the attorney`, `la porte-parole`)."""
POSSESSIVES = frozenset("his her their son sa ses leur sein seine seinem seinen ihr ihre ihrem ihren su sus".split())
"""Words that tie a role to someone else: `his friend, Tom Weiss,` is named for the person in focus."""
RELATION_WORDS = 4
"""A possessive this close before the comma ends the noun phrase a name is set off from (`son complice de toujours`)."""
PARTICIPLE_ENDINGS = ("ant", "ando", "iendo")
"""French and Spanish present participles (`affirmant`, `afirmando`): their subject opens the clause."""
STATEMENTS = frozenset("""statement release communiqué comunicado mitteilung erklärung report rapport informe reporte bericht
ruling judgment judgement verdict urteil bescheid beschluss fallo sentencia jugement arrêt stellungnahme dokument gutachten
meldung pressemitteilung""".split())
"""What a body says through: `a statement said`, `In dem Urteil heißt es:`, `recoge el fallo` speak for the
body in focus (the court that ruled)."""
WRITINGS = frozenset("""essay letter book speech article tweet post aufsatz schrift brief buch rede artikel
lettre livre discours essai ensayo carta libro discurso artículo""".split())
"""What a person writes or gives: `His letter …: “…”` quotes its author."""
SAYINGS = frozenset("""words word promise pledge motto mission vow worte wort satz versprechen motto mots mot phrase
formule promesse devise palabras palabra frase promesa lema misión consigna""".split())
"""Nouns for what someone said or stood for, whose owner a quotation right after them quotes:
`Wilsons Worte „…“`, `la misión de Woodrow Wilson de "…"`, `les mots de Jean Moulin : « … »`."""
OWNERS = {
    **dict.fromkeys("his sein seine seinem seinen seiner".split(), "m"),
    **dict.fromkeys("her".split(), "f"),
    **dict.fromkeys("son sa ses su sus".split(), ""),
}
"""Possessives opening a subject, with the gender of whom they stand for (`ihr` is also `their`: left out)."""
DOCUMENTS = frozenset("""affidavit documents papers records filing complaint lawsuit indictment
statement report""".split())
"""Papers that quote someone: `“…,” the affidavit said` leaves who wrote it to the words before."""
SPOKESPEOPLE = frozenset("""spokesman spokeswoman spokesperson representative porte-parole
portavoz vocero vocera sprecher sprecherin""".split())
"""People who speak for a body: unnamed, the body is who speaks."""
SOURCES = frozenset("fuentes sources".split())
"""Unnamed sources (`fuentes de Montecon`, `sources at Boeing`): of a named body,
they speak for it, as its spokesperson does."""
SOURCES_ARTICLES = frozenset("las les the".split())
"""The plural definite articles sources are called back with (`explicaron las fuentes`)."""
SPOKESPERSON_ENDINGS = ("sprecherin", "sprecher")
"""German compounds for a body's spokesperson (`Regierungssprecher`, `Kommissionssprecherin`): the
first part names the body."""
INDEFINITES = frozenset("a an one un une ein eine einer einem einen eines una unos unas des another otro otra".split())
"""Indefinite articles: a subject with one (`a spokesman`, `un porte-parole`, `one user on Weibo`, `otro manifestante`)
names nobody."""
NAME_SUFFIXES = frozenset("Jr Sr".split())
"""Abbreviated suffixes that end a person's name, written with their full stop (`Jr.`)."""
WORD_FIRST_NAMES = frozenset("Will May Don".split())
"""English first names that are also stop words (`Will Moy`; `Don Marshall`, `don` of `don't`), a name when a
surname follows them."""
PLURAL_SUBJECTS = frozenset("both they beide ambos ambas ellos ellas ils elles tous".split())
"""Subjects that are more than one person: a quotation they say together has no one speaker."""
CONJUNCTIONS = frozenset("and & et und y e".split())
CLITICS = frozenset("lui leur l' l’ se s' s’ me m' m’ nous vous y le les".split())
"""French object pronouns before a verb (`lui avait dit`, `s'est réjoui`)."""
ADVERBS = frozenset("""also later then again further once often alors ensuite aussi également encore déjà toujours
enfin en auch noch dann außerdem zudem también luego además cependant pourtant toutefois néanmoins
however though inzwischen seither bereits jedoch nun jetzt erneut später zuvor allí aquí ahí allá así
ahora entonces asimismo hoy ayer là ici hier aujourd'hui dort hier heute gestern there here today yesterday
más tarde plus tard earlier dagegen hingegen wiederum""".split())
"""Words that may stand between a speaker, or the relative that stands for them, and the reporting verb
(`Kim later said`, `quien más tarde dijo`, `il avait alors
lâché`, `Pastor l'avait annoncé`, `il leur a répondu`)."""
PREPOSITIONS = frozenset("of from at for with de du des von vom aus bei für del con".split())
"""Words that open a prepositional apposition: `Myriam Martinet, de la CGT, a relevé`."""
TITLE_ARTICLES = frozenset("Le La Les L' El Los Las Die Der Das The".split())
"""Articles written with a capital inside a sentence: part of a newspaper's or a body's name."""
ARTICLE_PARTICLES = frozenset("la le las los el".split())
"""Lower-case articles that are part of a name only after another particle (`de la Fuente`)."""
DE_RELATIVE_PREPOSITIONS = frozenset("in an auf aus bei mit nach von vor zu über unter für gegen durch um".split())
"""German prepositions that may open a relative clause before its pronoun (`in der er … hüllte`)."""
DE_PREPOSITIONS = DE_RELATIVE_PREPOSITIONS | frozenset("""laut gegenüber seit trotz wegen ohne neben zwischen hinter
gemäß dank""".split())
"""German prepositions: none is an adjective between an article and its noun (`bei dem laut Hörmann der Plan…`)."""
SUBORDINATORS = frozenset("wie dass daß als weil ob wenn nachdem während".split())
"""German words that open a clause whose verb comes last: its subject follows them (`wie dieser nach dem
Schusse rief`), however far the verb is."""
CLAUSE_OPENERS = frozenset("que qu' qu’ cuando mientras porque aunque quand lorsque puisque tandis".split())
"""French and Spanish words that open a clause: a participle after one (`hasta que Kennedy terminó la
disputa afirmando que`) has that clause's subject, not the sentence's."""
TOPIC_WORDS = frozenset("for für pour para".split())
"""`For X, …`, `Für X ist das …`: a sentence opening with one is about X, who is in focus after it."""
OPENERS = frozenset("""in on at after before during when while later then sur dans à au aux après avant lors
pendant plus puis ensuite alors mais et an am im nach vor bei während en tras durante después antes despite
malgré trotz pese devant derrière chez depuis ante desde""".split())
"""Words that open a scene-setting phrase before the subject (`Sur Twitter, Lionel Tardy a écrit`, `Malgré
cette performance, Nicolas Prost reste prudent`)."""
HEAD_FINAL = frozenset({"en", "de"})
"""Languages whose noun phrase ends in its head noun (`the advocacy group`; French: `l'organisation militante`)."""
NAME_JOINERS = frozenset({"of"})
"""The word inside an English body's name (`Friends of Dover`), after which `and` goes on with it
(`Planned Parenthood Advocates of Kansas and Mid-Missouri`)."""
NEUTER = {"en": "it", "de": "es"}
"""The pronoun that stands for a body, not a person (`it said`, `es erklärte`)."""
IMPERSONAL = frozenset("""apparaît apparait semble faut y s'agit s’agit paraît parait convient reste
gibt scheint geht handelt heißt hieß is was seems""".split())
"""Verbs next to `il`/`es` that make it impersonal (`il apparaît que`, `heißt es`): no one is the subject."""
PARTICLES = frozenset("de del der van von da di du la le al bin ben el d' d’".split())
RECIPIENTS = {"fr": frozenset("à au aux".split()), "es": frozenset("a al".split())}
"""Prepositions for whom words were said to, which French and Spanish set between an inverted verb and
its subject (`a déclaré à l'AFP Laurent Berger`, `dijo a Efe el presidente`)."""
AGENTS = frozenset("by von vom par por".split())
SUBJECT_PRONOUNS = frozenset("il elle ils elles he she they er sie él ella ellos ellas".split())
"""Pronouns that, opening a clause, are its subject (`lui avait dit X` opens with an object)."""
MANAGEMENT = frozenset("direction dirección management leitung geschäftsführung".split())
"""`la direction de Canal+`: a firm's management, lower case before the firm's name, speaks as the firm."""
CONTRASTS = frozenset("tandis while whereas mientras während".split())
"""Words opening a clause set against the one before (`« … », tandis que son compagnon affirmait…`): its
subject is someone else's, so they attribute no quotation before them."""
VOICES = frozenset({("par", "la", "voix"), ("por", "boca"), ("por", "voz")})
"""`Les restaurateurs, par la voix d'André Daguin, …` / `la CGT, por boca de su líder X`: whose mouth a
group speaks through; that person said the words the sentence quotes."""
"""Words that name the agent of a passive: `was described by Kim as “…”`, `von der Stiftung als „…“`."""
POSTNOMINALS = frozenset("""QC KC MP MEP MSP MLA MPP MBE OBE CBE KBE DBE FRS PhD MD DDS Esq""".split())
"""Letters after a person's name for an honour, a degree, a seat or a generation (`Neil Ford QC`, `Jane Hill MP`):
no part of the name a reader calls them by."""
AS_WORDS = frozenset("as als comme como".split())
"""Words that hand the agent's words to the thing described: `… as “…”`, `… als „…“ charakterisiert`."""
PLACE_NOUNS = frozenset("""school street avenue square station stadium hospital airport bridge
escuela colegio liceo calle avenida plaza estación estadio hospital aeropuerto puente barrio
école lycée collège rue avenue place gare stade hôpital aéroport pont quartier
schule gymnasium straße strasse platz bahnhof stadion krankenhaus flughafen brücke""".split())
"""Lower-case nouns of places named after people (`la escuela Manuel Belgrano`, `le lycée Victor Hugo`):
the name after one is the place's, not a speaker's."""

FR_INSTITUTION_HEADS = frozenset("""observatoire organisation ligue conseil cour institut agence fédération
comité collectif autorité haute haut office union association syndicat confédération commission
assemblée académie secours fondation centre caisse banque conférence direction inspection
défenseur médiateur ordre chambre tribunal parquet mouvement réseau alliance coordination""".split())
"""First words of French bodies' names, which capitalise only their first word (`Observatoire de la
précarité énergétique`, `Ligue des droits de l'homme`, `Conseil constitutionnel`)."""
FR_NAME_LINKS = frozenset("de du des d' d’ la le les l' l’ et".split())
"""The little words inside such a name (`et` only before another complement: `des drogues et des tendances`)."""
FR_ADJECTIVE_ENDINGS = ("ique", "iques", "al", "ale", "ales", "aux", "el", "elle", "els", "elles", "if", "ive",
                        "ifs", "ives", "ais", "aise", "ain", "aine", "ien", "ienne", "aire", "aires", "é", "ée",
                        "és", "ées", "ère", "ères")
"""Endings of French adjectives that follow a body's noun (`mondiale`, `constitutionnel`, `addictives`, `étrangères`)."""
MAX_INSTITUTION_WORDS = 10

LOCATIVES = frozenset("in on en dans sur auf im".split())
"""Prepositions of where something was written or said (`en el blog`, `dans son journal`, `im Blog`)."""
MEDIA_KINDS = frozenset("""newspaper paper magazine weekly daily broadcaster blog website journal quotidien hebdomadaire
revue site radio diario periódico revista semanario emisora sitio portal zeitung tageszeitung wochenzeitung
magazin sender""".split())
"""Words for a paper, a broadcaster or a blog, which a text writes before the medium's name (`la revista Semana`,
`le quotidien Libération`, `the blog Animal Persian`): the name after them is a body's, even one word."""

BODY_KINDS = frozenset("""organisation organization ong ngo group firm chaîne channel cadena sender syndicat collectif organisme organismo organisación organización
firma gruppe konzern gewerkschaft unternehmen verein verband vorstand direction dirección management groupe grupo campaign""".split())
"""Words for a kind of body besides `ORGANISATION_WORDS`: `l'ONG précise`, `the group said` speak for
the body in focus."""

FIRM_WORDS = frozenset("""company firm group giant maker carmaker automaker manufacturer supplier lender retailer insurer
carrier airline chain operator conglomerate bank unternehmen konzern firma gruppe hersteller zulieferer händler anbieter
versicherer fluggesellschaft bank kette entreprise société groupe géant constructeur fabricant équipementier banque
assureur mutuelle compagnie enseigne opérateur fournisseur distributeur empresa compañía firma grupo gigante fabricante
banco entidad aseguradora aerolínea naviera cadena operadora multinacional proveedor distribuidora""".split())
"""Nouns that say a name is a firm's where the text introduces it (`US investment banking giant Goldman Sachs`,
`Der US-Autozulieferer Borgland`, `la compañía alemana Kühlwerk`), and that refer back to it later (`the
company said`, `teilte das Unternehmen mit`); a German compound counts by its last part (`Autozulieferer`)."""

FIRM_KINDS = (frozenset("bank lender".split()), frozenset("carmaker automaker".split()),
              frozenset("retailer chain".split()), frozenset("airline carrier".split()))
"""English words for one kind of firm: `the bank said` refers back to `Dutch lender Voorhaven`, `the carmaker
said` to `US automaker Fordham`."""

ROLE_KIN = (frozenset("coach trainer".split()), frozenset("entraîneur technicien".split()),
            frozenset("entrenador técnico".split()),
            frozenset("maire édile élu élue".split()), frozenset("alcalde alcaldesa regidor regidora edil".split()),
            frozenset("bürgermeister bürgermeisterin rathauschef rathauschefin stadtoberhaupt".split()),
            frozenset("presidente presidenta mandatario mandataria".split()),
            frozenset("präsident präsidentin staatschef staatschefin staatsoberhaupt".split()))
"""Words the press uses for one post: `der Coach der Kroaten` after `Nationaltrainer Luka Baranović`, `le technicien`
after `l'entraîneur Tomasz Wrona`; a mayor called back as `l'édile`, `l'élu`, `la regidora`, `der Rathauschef`; a
president as the head of state, `el mandatario`, `der Staatschef`."""

FIRM_GENERIC = frozenset("""company firm group unternehmen konzern firma gruppe entreprise société groupe empresa compañía
grupo""".split())
"""Of `FIRM_WORDS`, those that refer back to any firm (`the company said`); the others (`the bank`, `la banque`)
only to one the text described by a word of the same stem (`banking giant`, `groupe bancaire`)."""
