"""A page or pasted text -> Article: the main text, its metadata, and no page furniture."""
