"""Extraction: actors, quotes, claims, hedging and sourcing, from the parsed analysed segments of an article."""
