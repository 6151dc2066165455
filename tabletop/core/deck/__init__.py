"""Inject decks: the model, reading and checking YAML decks, and spreadsheets."""
