"""A question -> the article sentences that answer it, or "the article doesn't say"."""
