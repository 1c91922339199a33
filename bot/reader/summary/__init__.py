"""The extractive summary: summarizers by name (the bot's learned one and sumy's own), rating every
sentence, and the readability rules that pick from any of their ratings."""
