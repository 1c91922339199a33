"""The reading pipeline: fetch, extract, sentences, summary, quotes, answers. No Telegram in here."""
