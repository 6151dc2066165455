"""Write the .xlsx files of this folder (run it again after changing it).

The files are committed; this script documents how they were made. Each is
shaped like a workbook another exercise tool or a planner's template gives.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent

CABLE = (
    "A data cable between Finland and Estonia has carried no traffic since 04:10. "
    "A foreign-flagged tanker anchored over the route overnight."
)
ESTONIA = (
    "The Estonian government asks for Article 4 consultations and proposes a joint "
    "statement on the incident."
)
DENIAL = (
    "The Russian Foreign Ministry denies any involvement and speaks of a Western "
    "provocation in the Baltic."
)
TANKER = "Finnish coast guard boards the tanker Eagle S and escorts it to Porvoo."


def hseep_template() -> None:
    """An HSEEP-style MSEL: a cover sheet, title rows, merged Phase cells, blank rows."""
    book = Workbook()
    cover = book.active
    cover.title = "Cover"
    cover.append(["Exercise Baltic Shield 2026"])
    cover.append(["Master Scenario Events List"])
    cover.append(["Handling: For exercise use only"])
    sheet = book.create_sheet("Injects")
    sheet.append(["Exercise Baltic Shield 2026 – Master Scenario Events List (MSEL)"])
    sheet.append(["Version 3, 2 March 2026"])
    sheet.append([])
    sheet.append(
        [
            "MSEL #",
            "Designated Scenario Time",
            "Phase",
            "Event Synopsis",
            "Inject",
            "Controller Responsible",
            "Intended Player",
            "Expected Player Action",
            "Objective/Core Capability",
            "Controller Notes",
            "Evaluator Notes",
        ]
    )
    rows = [
        (
            1,
            dt.datetime(2026, 3, 2, 6, 40),
            "Move 1",
            "Data cable cut",
            CABLE,
            "J. Virtanen",
            "North Atlantic Council",
            "Seek attribution before acting",
            "Attribution",
            "Do not project.",
            "Does the team name a channel to Moscow?",
        ),
        (
            2,
            dt.datetime(2026, 3, 2, 9, 15),
            None,
            "Estonia asks for consultations",
            ESTONIA,
            "J. Virtanen",
            "North Atlantic Council",
            "Agree a common line",
            "Consultation",
            None,
            "Is Article 4 argued?",
        ),
        None,
        (
            3,
            dt.datetime(2026, 3, 3, 7, 0),
            "Move 2",
            "Moscow denies involvement",
            DENIAL,
            "A. Petrova",
            "Russian Security Council; North Atlantic Council",
            "Ask Moscow over a working channel",
            "Communication",
            "Russia decides whether to answer.",
            None,
        ),
        (
            4,
            dt.datetime(2026, 3, 3, 11, 30),
            None,
            "The tanker is boarded",
            TANKER,
            "A. Petrova",
            "North Atlantic Council",
            "State the legal basis of the boarding",
            "Communication",
            None,
            None,
        ),
    ]
    for row in rows:
        sheet.append(list(row) if row else [])
    sheet.merge_cells("C5:C6")  # Move 1 over its two injects
    sheet.merge_cells("C8:C9")  # Move 2
    sheet.append([])
    sheet.append(["Prepared by the exercise control group. Not for release."])
    lists = book.create_sheet("Lists")
    lists.append(["Players"])
    lists.append(["North Atlantic Council"])
    lists.append(["Russian Security Council"])
    book.save(HERE / "hseep-baltic-shield.xlsx")


def two_level_header() -> None:
    """Headers merged over sub-headers; scenario times as Excel serial numbers."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Szenario"
    sheet.append(["No.", "Time", None, "Content", None, "Notes", None, "To"])
    sheet.append([None, "Scenario", "Delivery", "Title", "Text", "Controller", "Evaluator", None])
    sheet.merge_cells("A1:A2")
    sheet.merge_cells("B1:C1")
    sheet.merge_cells("D1:E1")
    sheet.merge_cells("F1:G1")
    sheet.merge_cells("H1:H2")
    sheet.append(
        [
            1,
            6 / 24 + 40 / 1440,
            "0:00",
            "Data cable cut",
            CABLE,
            "Do not project.",
            "Who is called first?",
            "NATO",
        ]
    )
    sheet.append(
        [
            2,
            9 / 24 + 15 / 1440,
            "0:20",
            "Estonia asks for consultations",
            ESTONIA,
            None,
            "Is Article 4 argued?",
            "NATO",
        ]
    )
    sheet.append(
        [
            3,
            1 + 7 / 24,
            "0:45",
            "Moscow denies involvement",
            DENIAL,
            "Russia decides whether to answer.",
            None,
            "Russia, NATO",
        ]
    )
    book.save(HERE / "two-level-header.xlsx")


def spanish_dates() -> None:
    """Spanish headers; scenario times as date-time cells (the first date is Day 1)."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Incidencias"
    sheet.append(
        [
            "Nº",
            "Fecha y hora",
            "Fase",
            "Remitente",
            "Destinatario",
            "Título",
            "Descripción",
            "Acción esperada",
            "Observaciones",
        ]
    )
    sheet.append(
        [
            1,
            dt.datetime(2026, 3, 2, 6, 40),
            "Fase 1",
            "Armada finlandesa",
            "OTAN",
            "Cable cortado en el golfo de Finlandia",
            "Un cable de datos entre Finlandia y Estonia no transmite desde las 04:10.",
            "Buscar la atribución antes de actuar",
            "No proyectar.",
        ]
    )
    sheet.append(
        [
            2,
            dt.datetime(2026, 3, 2, 9, 15),
            "Fase 1",
            "Gobierno de Estonia",
            "OTAN",
            "Estonia pide consultas",
            "El gobierno de Estonia pide consultas según el artículo 4.",
            "Acordar una posición común",
            None,
        ]
    )
    sheet.append(
        [
            3,
            dt.datetime(2026, 3, 4, 7, 0),
            "Fase 2",
            "Ministerio ruso de Exteriores",
            "Rusia, OTAN",
            "Moscú niega toda implicación",
            "El Ministerio ruso de Exteriores niega toda implicación.",
            "Preguntar a Moscú por un canal que funcione",
            None,
        ]
    )
    book.save(HERE / "spanish-fechas.xlsx")


if __name__ == "__main__":
    hseep_template()
    two_level_header()
    spanish_dates()
