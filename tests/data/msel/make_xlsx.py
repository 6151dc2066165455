"""Write the .xlsx files of this folder (run it again after changing it).

The files are committed; this script documents how they were made.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent


def deck_sheet_errors() -> None:
    book = Workbook()
    msel = book.active
    msel.title = "MSEL"
    msel.append(["Event synopsis", "Inject text", "To"])
    msel.append(["Cable cut", "A cable is cut.", "nato"])
    deck = book.create_sheet("Deck")
    deck.append(["Field", "Value"])
    deck.append(["title", "Deck sheet with mistakes"])
    deck.append(["duration", "long"])
    deck.append(["teams", "teams:\n  - id: nato\n    name: [NATO\n"])
    deck.append(["colour", "blue"])
    deck.append(["title", "Again"])
    deck.append(["start", "tomorrow"])
    deck.append(["escalation", "escalation:\n  start: 42\n"])
    book.save(HERE / "bad" / "deck-sheet-errors.xlsx")


if __name__ == "__main__":
    deck_sheet_errors()
