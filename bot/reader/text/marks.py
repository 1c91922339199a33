"""The quotation marks of the bot's four languages, in one table, so that the stage that tells a quote
from plain text and the stage that strips marks from a headline agree on what a mark is."""

QUOTATION_MARKS = "\"“”„«»"
"""Double marks: straight, English curly, the German low opening „ and the guillemets of French and
Spanish (German prints them the other way round, »…«)."""
SINGLE_QUOTATION_MARKS = "'‚‘’‹›"
"""Single marks: they also stand for apostrophes, so only a stage that knows it holds a quotation reads them."""
