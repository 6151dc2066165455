"""Column mapping: the proposal for MSELs from other tools and languages, and changing it.

Every spreadsheet in ``tests/data/msel/foreign/`` is shaped like one another
tool or a planner in another language writes; beside it, ``NAME.expected``
pins the sheet and header row found, the field proposed for each column, and
the injects the import gives (scenario time, phase, title, recipients, the
first line of the notes). Regenerate a pin only after looking at the change.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from tabletop.core.msel import (
    MappingError,
    apply_map,
    import_msel,
    import_workbook,
    propose_mapping,
)
from tabletop.core.msel.files import read_workbook
from tabletop.core.msel.header_words import KEEP
from tabletop.core.msel.mapping import SKIP, field_named

FOREIGN = Path(__file__).resolve().parent.parent / "data" / "msel" / "foreign"
CASES = sorted(p for p in FOREIGN.iterdir() if p.suffix in (".csv", ".xlsx"))


def describe(path: Path) -> list[str]:
    """What the pin holds: the proposal, then the injects of the import."""
    book = read_workbook(path)
    mapping = propose_mapping(book)
    assert mapping is not None, f"{path.name}: no header row found"
    lines = [f"sheet: {mapping.layout.sheet} (header row {mapping.layout.header_row})"]
    lines += [f"{c.letter} {c.header} = {c.label}" for c in mapping.choices]
    imported = import_msel(path)
    assert imported.errors == [], [p.format() for p in imported.errors]
    assert imported.data is not None
    lines.append("injects:")
    for inject in imported.data["injects"]:
        at = inject.get("at")
        when = f"Day {at['day']} {at['time']}" if at else "-"
        notes = (inject.get("facilitator_notes") or "").split("\n")[-1]
        lines.append(
            " | ".join(
                [when, inject.get("phase", "-"), inject["title"], ",".join(inject["to"]), notes]
            ).rstrip()
        )
    return lines


def test_every_foreign_msel_has_its_pin() -> None:
    assert len(CASES) >= 8
    assert [p.name for p in CASES if not p.with_name(p.name + ".expected").exists()] == []


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.name)
def test_the_proposal_and_the_import_are_pinned(path: Path) -> None:
    expected = path.with_name(path.name + ".expected").read_text(encoding="utf-8").splitlines()
    assert describe(path) == expected


def test_unmapped_columns_are_kept_in_the_notes_and_the_message_says_so() -> None:
    imported = import_msel(FOREIGN / "english-tool-offsets.csv")
    assert imported.data is not None
    notes = imported.data["injects"][2]["facilitator_notes"]
    assert notes.splitlines() == ["Inject Mode: Email", "Status: Draft", "Location: Room B"]
    kept = [p for p in imported.warnings if p.code == "msel-kept-column"]
    assert len(kept) == 1
    assert "column I (Status)" in kept[0].message
    assert "kept in each inject's facilitator notes" in kept[0].message


def test_a_changed_mapping_is_used_as_given() -> None:
    path = FOREIGN / "finnish-no-hints.csv"
    proposal = propose_mapping(read_workbook(path))
    assert proposal is not None
    changed = apply_map(proposal, ["Lähettäjä=skip", "Otsikko=Inject text", "Kuvaus=notes"])
    imported = import_msel(path, mapping=changed)
    assert imported.data is not None, [p.format() for p in imported.problems]
    first = imported.data["injects"][0]
    assert first["narrative"] == "Kaapeli katkesi Suomenlahdella"
    assert first["facilitator_notes"].startswith("Suomen ja Viron välinen datakaapeli")
    assert "from" not in first
    # a mapping a person chose is not questioned again
    assert not [p for p in imported.warnings if p.code == "msel-proposed-mapping"]


def test_giving_a_field_to_a_column_takes_it_from_the_other() -> None:
    path = FOREIGN / "us-weekdays-ampm.csv"
    proposal = propose_mapping(read_workbook(path))
    assert proposal is not None
    changed = apply_map(proposal, ["Controller Notes=Inject text"])
    assert changed.field_of(9) == "narrative"
    assert changed.field_of(7) == KEEP  # "Inject" had it: now kept in the notes
    assert [c.field for c in changed.choices].count("narrative") == 1


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("Uhrzeit=Scenario time", "there is no column headed 'Uhrzeit'"),
        ("Type=Inject txt", "'Inject txt' is not a field; did you mean 'Inject text'?"),
        ("Type", "is not HEADER=field"),
    ],
)
def test_a_bad_map_entry_says_what_exists(entry: str, message: str) -> None:
    proposal = propose_mapping(read_workbook(FOREIGN / "us-weekdays-ampm.csv"))
    assert proposal is not None
    with pytest.raises(MappingError, match=message.replace("?", r"\?")):
        apply_map(proposal, [entry])


@pytest.mark.parametrize(
    ("words", "key"),
    [
        ("Inject text", "narrative"),
        ("narrative", "narrative"),
        ("facilitator_notes", "notes"),
        ("Controller notes", "notes"),
        ("evaluator_notes", "evaluator_notes"),
        ("scenario time", "scenario_time"),
        ("keep", KEEP),
        ("not imported", SKIP),
        ("skip", SKIP),
    ],
)
def test_fields_are_named_as_people_name_them(words: str, key: str) -> None:
    assert field_named(words) == key


def test_a_remembered_mapping_comes_back_for_the_same_headers_only() -> None:
    path = FOREIGN / "finnish-no-hints.csv"
    proposal = propose_mapping(read_workbook(path))
    assert proposal is not None
    chosen = apply_map(proposal, ["Lähettäjä=skip"])
    saved = chosen.remembered()
    assert proposal.recall(saved).field_of(3) == SKIP
    other = propose_mapping(read_workbook(FOREIGN / "french-exercice-cadre.csv"))
    assert other is not None
    assert other.recall(saved) == other


def test_the_sheet_can_be_chosen(tmp_path: Path) -> None:
    book = Workbook()
    first = book.active
    first.title = "Draft"
    first.append(["Title", "Inject text", "To"])
    first.append(["Old draft", "Not this one.", "nato"])
    second = book.create_sheet("Final")
    second.append(["Title", "Inject text", "To"])
    second.append(["Cable cut", "A cable is cut.", "nato"])
    second.append(["Tanker", "A tanker is boarded.", "nato"])
    path = tmp_path / "two-sheets.xlsx"
    book.save(path)
    chosen = import_msel(path, sheet="Final")
    assert chosen.sheet == "Final"
    assert chosen.sheets == ("Draft", "Final")
    assert chosen.data is not None
    assert [i["title"] for i in chosen.data["injects"]] == ["Cable cut", "Tanker"]
    missing = import_msel(path, sheet="Annex")
    assert missing.data is None
    assert (
        "there is no sheet named 'Annex'; the sheets are: Draft, Final" in missing.errors[0].message
    )


def _sheet_of(rows: list[list[Any]]) -> Any:
    from tabletop.core.msel.files import Sheet
    from tabletop.core.msel.files import Workbook as Book

    return Book("made.csv", "csv", [Sheet("CSV", rows)])


def test_without_a_title_column_titles_are_made_from_the_text() -> None:
    book = _sheet_of(
        [
            ["Inject text", "To"],
            ["A data cable is cut. A tanker lingers nearby.", "nato"],
            [
                "Estonia asks for consultations under Article 4 and proposes a joint statement "
                "on the incident, with a call for calm and an offer of transparency",
                "nato",
            ],
        ]
    )
    imported = import_workbook(book)
    assert imported.data is not None
    titles = [i["title"] for i in imported.data["injects"]]
    assert titles[0] == "A data cable is cut"
    assert titles[1].endswith("…") and len(titles[1]) <= 81
    assert any(p.code == "msel-titles-made" for p in imported.warnings)


def test_one_cell_rows_are_headings_and_notes() -> None:
    book = _sheet_of(
        [
            ["Title", "Inject text", "To"],
            ["MOVE 1 – The cable"],
            ["Cable cut", "A cable is cut.", "nato"],
            [],
            ["MOVE 2 – The tanker"],
            ["Tanker", "A tanker is boarded.", "nato"],
            [],
            ["Prepared by the control group"],
        ]
    )
    imported = import_workbook(book)
    assert imported.data is not None
    assert [i["phase"] for i in imported.data["injects"]] == [
        "MOVE 1 – The cable",
        "MOVE 2 – The tanker",
    ]
    codes = [(p.location.line, p.code) for p in imported.warnings]
    assert (2, "msel-heading-row") in codes
    assert (5, "msel-heading-row") in codes
    assert (8, "msel-note-row") in codes


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (
            ["06:40", "0815", "6h40", "9:30 PM"],
            ["Day 1 06:40", "Day 1 08:15", "Day 1 06:40", "Day 1 21:30"],
        ),
        (
            ["Day 2 06:40", "D3 7:05", "Tag 4 06:00", "J5 06h40", "День 6 06:40"],
            ["Day 2 06:40", "Day 3 07:05", "Day 4 06:00", "Day 5 06:40", "Day 6 06:40"],
        ),
        (
            ["Monday 9:30 AM", "Monday 1:15 PM", "Tuesday 8:00 AM", "Monday 10:00"],
            ["Day 1 09:30", "Day 1 13:15", "Day 2 08:00", "Day 8 10:00"],
        ),
        (
            ["D+0 H+1 M+30", "D+2 H+3 M+45", "H+26", "M+90"],
            ["Day 1 01:30", "Day 3 03:45", "Day 2 02:00", "Day 1 01:30"],
        ),
        (["T+01:30", "T+25:00", "T+1000:00"], ["Day 1 01:30", "Day 2 01:00", "Day 42 16:00"]),
        (
            ["2026-03-02 09:30", "2026-03-04T07:00", "05.03.2026 18:45"],
            ["Day 1 09:30", "Day 3 07:00", "Day 4 18:45"],
        ),
        ([0.25, 0.75, 1.5], ["Day 1 06:00", "Day 1 18:00", "Day 2 12:00"]),
        ([46083.25, 46084.5], ["Day 1 06:00", "Day 2 12:00"]),  # Excel serial dates
    ],
    ids=["clock", "day", "weekday", "d-plus", "t-plus", "dates", "serial-times", "serial-dates"],
)
def test_scenario_times_as_people_write_them(cells: list[Any], expected: list[str]) -> None:
    from tabletop.core.msel.times import scenario_times

    times, problems = scenario_times(list(enumerate(cells, 2)))
    assert problems == {}
    assert [f"Day {t['day']} {t['time']}" for t in times.values()] == expected


def test_offsets_count_from_the_decks_start() -> None:
    from tabletop.core.msel.times import scenario_times

    times, _ = scenario_times([(2, "T+01:30"), (3, "D+1 H+2")], {"day": 1, "time": "06:00"})
    assert times == {2: {"day": 1, "time": "07:30"}, 3: {"day": 2, "time": "08:00"}}


def test_a_time_that_cannot_be_read_is_located_at_its_cell(tmp_path: Path) -> None:
    path = tmp_path / "times.csv"
    path.write_text(
        "Title,Inject text,To,Scenario time\n"
        "One,First.,nato,Day 1 06:40\n"
        "Two,Second.,nato,half past nine\n"
        "Three,Third.,nato,Day 400 06:00\n",
        encoding="utf-8",
    )
    imported = import_msel(path)
    located = [(p.location.line, p.location.column, p.message) for p in imported.errors]
    assert located == [
        (
            3,
            4,
            "row 3, column D (Scenario time): 'half past nine' is not a scenario time; write "
            "it like Day 1 06:40 (also read: 06:40, Monday 9:30 AM, D+2 H+3 M+45, T+01:30, a date)",
        ),
        (
            4,
            4,
            "row 4, column D (Scenario time): this is day 400 of the scenario; scenario days "
            "count from Day 1 to Day 366",
        ),
    ]
