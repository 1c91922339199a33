"""Languages, sentences and words, and the Document every later stage reads."""
