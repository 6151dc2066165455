"""MSEL spreadsheets (CSV or XLSX) to and from decks; ``docs/msel.md`` describes them.

An MSEL (Master Scenario Events List) is the spreadsheet exercise planners keep
their injects in. :func:`export_msel` writes a deck as one; :func:`import_msel`
reads one into deck data, reporting every problem at its row and column and
giving data only when the deck it makes is valid.

The modules, by role: ``columns`` (the columns and their names), ``cells`` (the
text of one cell), ``files`` (reading and writing CSV and XLSX), ``importer`` and
``names`` (rows to deck data), ``export`` (deck data to rows).
"""

from tabletop.core.msel.export import deck_rows, export_msel, msel_rows
from tabletop.core.msel.files import MselFileError
from tabletop.core.msel.importer import MselImport, import_msel, import_workbook

__all__ = [
    "MselFileError",
    "MselImport",
    "deck_rows",
    "export_msel",
    "import_msel",
    "import_workbook",
    "msel_rows",
]
