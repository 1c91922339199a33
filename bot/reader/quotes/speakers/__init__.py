"""Who said a quotation: reporting verbs, names and pronouns, without a parser or a model.

News attributions come in a handful of shapes: `“…,” Kim told reporters`, `“…,” said Sung Kim,
the US envoy`, `Kim said: “…”`, `According to Kim, “…”`, `„…“, sagte Merkel`, `« … », a déclaré
Macron`, and the pronoun forms of each (`“…,” she said`). We read the words right after and right
before the quotation (its own sentences, with every quotation blanked out by `MASK`), then the
neighbouring sentences. A surname is expanded to the full name the article introduced (the one
last written out in full when several people share it), titles are dropped (but `Prince Andrew`,
`Pope Francis`, called by one name, keep theirs where the quote is shown), and a pronoun goes to
the most recent person named before it, or to nobody when two people compete for it. A
description (`the attorney`, `la porte-parole`), `it said` and a Spanish verb without its subject
go to the speaker in focus; a body (`NASA`, `Tribunal de Justicia`, `ministère de l'Intérieur`)
speaks when no person is named, and `a spokesman for Acme` is Acme. A description that fits one
person only (`the 14-year-old`, `le graphiste` after `le graphiste portugais Miguel Neiva`) is that
person; an unnamed speaker (`the young woman said`) keeps the pronouns that follow. A quotation in a
sentence with no reporting verb belongs to the sentence's subject (`Mitt Romney se présentait comme
« … »`), and one a colon introduces with no one named to the subject of the sentence before (a
paragraph ending in `Er sagt:` introduces the next). Someone the article names by one word only
(`Tesla`, `Gregorig`) counts as a person once that word speaks or carries a title, and a role the
story keeps calling someone by with no name (`der Doktor`) is who speaks. In a dialogue or an
interview, a quotation after a dash is the other person's turn (`„…?“ – „…“`); `dieser`, `celui-ci`
is the person named last, not the one in focus; German `X zufolge` reads as `according to X`; `comme le
précise X` and `a déclaré à la presse X` have X after the verb, past whom it was said to. A ruling
or a statement quoted with no one named (`In dem Urteil heißt es:`, `recoge el fallo`) is the court or
body in focus, and `das Unternehmen`, `des Vorstands` the firm the story is about; a firm called back by
what it is (`the bank said`, `a indiqué la banque`) is the one the text introduced with words saying so
(`US investment banking giant Goldman Sachs`, `La banque régionale Crédit Alpin`), and a dateline
(`Grenoble, France — `) is no sentence's subject.
The role shown with a speaker is what the article calls them where it introduces them: an
apposition (`Sung Kim, the US envoy`, `…, said Scott Strenfel, PG&E's principal meteorologist.`) or
the title right before the name with the words that qualify it (`CPUC President Marybel Batjer`,
`Bayerns Wirtschaftsminister Hubert Aiwanger`, `le ministre de l'Intérieur Gérald Darmanin`).
The words these rules read, per language, are in `bot.reader.quotes.lexicon`.

The package holds one concern a module: `finder` (`SpeakerFinder` and the order its rules are tried in),
`after` and `before` (the words on either side of the quotation), `context` (the sentences around it),
`names`, `references` (pronouns and focus), `descriptions`, `bodies`, `roles`; and, with no state of the
document, `patterns` (word lists and limits), `tokens` and `naming` (plain functions over tokens and names).
"""

from bot.reader.quotes.speakers.finder import SpeakerFinder
from bot.reader.quotes.speakers.patterns import MASK, TERM

__all__ = ["MASK", "TERM", "SpeakerFinder"]
