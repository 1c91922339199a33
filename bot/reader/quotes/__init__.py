"""Quotations in the article and who said them."""
