"""MSEL spreadsheets (CSV or XLSX) to and from decks; ``docs/msel.md`` describes them.

An MSEL (Master Scenario Events List) is the spreadsheet exercise planners keep
their injects in. :func:`export_msel` writes a deck as one; :func:`import_msel`
reads one into deck data, reporting every problem at its row and column and
giving data only when the deck it makes is valid.

The modules, by role: ``columns`` (the columns and their names), ``cells`` (the
text of one cell), ``times`` (times as people write them), ``files`` and
``xlsx`` (reading and writing CSV and XLSX, safely), ``layout`` (where the
table and its headers are), ``mapping`` and ``header_words`` (the field each
column fills, proposed and changed), ``importer``, ``names`` and ``placing``
(rows to deck data and problems back to cells), ``export`` (deck data to rows).
"""

from tabletop.core.msel.export import deck_rows, export_msel, msel_rows
from tabletop.core.msel.files import MselFileError
from tabletop.core.msel.importer import (
    MselImport,
    import_msel,
    import_workbook,
    propose_mapping,
)
from tabletop.core.msel.mapping import ColumnChoice, ColumnMapping, MappingError, apply_map

__all__ = [
    "ColumnChoice",
    "ColumnMapping",
    "MappingError",
    "MselFileError",
    "MselImport",
    "apply_map",
    "deck_rows",
    "export_msel",
    "import_msel",
    "import_workbook",
    "msel_rows",
    "propose_mapping",
]
