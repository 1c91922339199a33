"""A bot that reads articles: summaries, key quotes and answers from the article's own sentences."""
