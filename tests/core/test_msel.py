"""MSEL spreadsheets: deck → CSV/XLSX → deck, headers, encodings, formula safety."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tabletop.core.deck.loader import load_deck, load_deck_data
from tabletop.core.deck.translation import is_companion
from tabletop.core.msel import export_msel, import_msel, msel_rows
from tabletop.core.msel.columns import COLUMNS, match_header, neutralise, restore
from tabletop.core.msel.files import MselFileError


def _data(path: Path) -> dict[str, Any]:
    result = load_deck(path)
    assert result.ok and result.document is not None
    data: dict[str, Any] = result.document.data
    return data


def _csv_cells(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_deck_to_msel_to_deck_is_exact(
    suffix: str, tmp_path: Path, minimal_deck_path: Path
) -> None:
    data = _data(minimal_deck_path)
    target = tmp_path / f"msel{suffix}"
    assert export_msel(data, target) == []
    # the CSV holds only the injects: the rest comes from the deck it was exported from
    imported = import_msel(target, base=data if suffix == ".csv" else None)
    assert imported.problems == []
    assert imported.data == data
    assert load_deck_data(imported.data).deck == load_deck(minimal_deck_path).deck


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_expected_actions_keep_their_tests_through_the_msel(suffix: str, tmp_path: Path) -> None:
    data = _data(Path(__file__).resolve().parents[1] / "data" / "decks" / "evaluated.yaml")
    checked = data["injects"][0]["expected_actions"][1]
    assert set(checked) == {"text", "test", "before"}
    target = tmp_path / f"msel{suffix}"
    assert export_msel(data, target) == []
    imported = import_msel(target, base=data if suffix == ".csv" else None)
    assert not [p for p in imported.problems if p.is_error]
    assert imported.data["injects"] == data["injects"]


def test_the_csv_has_the_hseep_columns_in_order(tmp_path: Path, minimal_deck_path: Path) -> None:
    target = tmp_path / "msel.csv"
    export_msel(_data(minimal_deck_path), target)
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 with a BOM
    header, first, *_ = _csv_cells(target)
    assert header[:16] == [
        "No.",
        "Inject ID",
        "Scenario time",
        "Delivery time",
        "Phase",
        "Inject type",
        "Delivery method",
        "From",
        "To",
        "Event synopsis",
        "Inject text",
        "Expected player action",
        "Objective",
        "Controller notes",
        "Discussion questions",
        "Branch",
    ]
    row = dict(zip(header, first, strict=True))
    assert row["Scenario time"] == "Day 1 06:40"
    assert row["Delivery time"] == "0:00"
    assert row["To"] == "nato"
    assert row["Escalation change"] == "+1"
    assert row["Channel changes"] == "mil-to-mil: closed"
    assert row["Sources"] == "charap-2026: On the brink"
    assert row["Branch"] == (
        "{when: {decision: {by: us, channel: hotline}}, goto: talks-offer, "
        "label: The hotline was used}"
    )


def test_a_csv_without_a_base_deck_makes_teams_and_objectives_from_its_cells(
    tmp_path: Path,
) -> None:
    target = tmp_path / "class-7.csv"
    target.write_text(
        "Title,Inject text,To,Objective\n"
        'Cable cut,A cable is cut.,"NATO, US",Teams call the other side early\n'
        "Tanker,A tanker is boarded.,Russian Security Council;nato,obj-x\n"
        "Talks,An offer of talks.,All,Teams call the other side early\n",
        encoding="utf-8",
    )
    imported = import_msel(target)
    assert imported.ok, [p.format() for p in imported.problems]
    assert imported.data is not None
    assert imported.data["id"] == "class-7"
    assert imported.data["teams"] == [
        {"id": "nato", "name": "NATO"},
        {"id": "us", "name": "US"},
        {"id": "russian-security-council", "name": "Russian Security Council"},
    ]
    assert [i["to"] for i in imported.data["injects"]] == [
        ["nato", "us"],
        ["russian-security-council", "nato"],
        [],
    ]
    assert imported.data["objectives"] == [
        {"id": "obj-teams-call-the-other-side-early", "text": "Teams call the other side early"},
        {"id": "obj-x", "text": "obj-x"},
    ]
    assert [i["objectives"] for i in imported.data["injects"]] == [
        ["obj-teams-call-the-other-side-early"],
        ["obj-x"],
        ["obj-teams-call-the-other-side-early"],
    ]
    assert [i["id"] for i in imported.data["injects"]] == ["cable-cut", "tanker", "talks"]
    assert [p.code for p in imported.warnings] == ["msel-made-objectives", "msel-made-teams"]


def test_a_csv_without_a_base_deck_makes_the_sources_it_cites(tmp_path: Path) -> None:
    """A CSV holds only the ids of the sources the injects cite: they are made, as teams are."""
    target = tmp_path / "class-8.csv"
    target.write_text(
        "Title,Inject text,To,Sources\n"
        'Cable cut,A cable is cut.,NATO,"yle-2024: the report\ncharap-2026: On the brink"\n'
        'Tanker,A tanker is boarded.,NATO,"yle-2024: whole article\nboracay-2025: whole article"\n'
        "Talks,An offer of talks.,NATO,charap-2062: On the brink\n",
        encoding="utf-8",
    )
    imported = import_msel(target)
    messages = [p.with_source(target.name).format() for p in imported.problems]
    assert messages == [
        "class-8.csv:4:4: error: row 4, column D (Sources): unknown source 'charap-2062'; "
        "did you mean 'charap-2026'?",
        "class-8.csv: warning: the sources were made from the Sources column: yle-2024, "
        "boracay-2025; give them titles in the deck editor",
        "class-8.csv: warning: the teams were made from the To column: NATO; give them sides "
        "and parties in the deck editor",
    ]
    fixed = target.read_text(encoding="utf-8").replace("charap-2062", "charap-2026")
    target.write_text(fixed, encoding="utf-8")
    imported = import_msel(target)
    assert imported.ok, [p.format() for p in imported.problems]
    assert imported.data is not None
    assert imported.data["sources"] == [
        {"id": "yle-2024", "title": "yle-2024"},
        {"id": "boracay-2025", "title": "boracay-2025"},  # not close to a shared id
    ]
    assert load_deck_data(imported.data).deck is not None


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("Inject #", "number"),
        ("MSEL No.", "number"),
        ("scenario time", "scenario_time"),
        ("Scenario Date/Time", "scenario_time"),
        ("TIME", "delivery_time"),
        ("Move", "phase"),
        ("Inject Type", "type"),
        ("Delivery Method", "delivery_method"),
        ("Sender", "from"),
        ("Recipient(s)", "to"),
        ("Event Synopsis / Title", "title"),
        ("Synopsis", "title"),
        ("Inject Text", "narrative"),
        ("Description", "narrative"),
        ("Expected Player Action(s)", "expected_actions"),
        ("Objectives", "objectives"),
        ("CONTROLLER NOTES", "notes"),
        ("Facilitator notes", "notes"),
        ("Discussion Questions", "questions"),
        ("Branching", "branch"),
        ("Duration (min)", "duration"),
        ("Escalation", "escalation"),
        ("Channel changes", "channels"),
        ("References", "sources"),
        ("Inject ID", "id"),
        ("Evaluator", None),
        ("", None),
    ],
)
def test_headers_are_matched_case_insensitively_with_synonyms(header: str, key: str | None) -> None:
    assert match_header(header) == key


def test_every_exported_header_reads_back_as_its_column() -> None:
    assert [match_header(c.header) for c in COLUMNS] == [c.key for c in COLUMNS]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+call", "'+call"),
        ("-rm", "'-rm"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("'=already quoted", "''=already quoted"),
        ("-1", "-1"),
        ("+2", "+2"),
        ("plain", "plain"),
        ("'quoted'", "'quoted'"),
    ],
)
def test_formula_cells_are_neutralised_and_restored(text: str, written: str) -> None:
    assert neutralise(text) == written
    assert restore(written) == text


def test_exported_cells_never_start_a_formula(tmp_path: Path, minimal_deck_path: Path) -> None:
    data = _data(minimal_deck_path)
    data["injects"][0]["title"] = "=cmd|' /C calc'!A0"
    data["injects"][0]["narrative"] = "@SUM(1+1)*cmd"
    data["injects"][0]["from"] = "-2+3"
    data["injects"][0]["questions"] = ["+ what now?", "= why?"]
    for suffix in (".csv", ".xlsx"):
        target = tmp_path / f"msel{suffix}"
        export_msel(data, target)
        if suffix == ".csv":
            cells = [cell for row in _csv_cells(target) for cell in row]
        else:
            from openpyxl import load_workbook

            book = load_workbook(target)
            cells = [
                str(c.value)
                for sheet in book
                for row in sheet.iter_rows()
                for c in row
                if c.value is not None
            ]
            assert all(
                c.data_type != "f" for sheet in book for row in sheet.iter_rows() for c in row
            )
        risky = [c for c in cells if c[:1] in ("=", "+", "-", "@")]
        assert risky == ["+1", "+2", "-1"], risky  # the escalation changes: plain numbers
        again = import_msel(target, base=data if suffix == ".csv" else None)
        assert again.data == data


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_csv_is_read_in_utf8_with_or_without_bom_and_in_cp1252(
    encoding: str, tmp_path: Path
) -> None:
    text = (
        "Event synopsis,Inject text,To\r\n"
        'Câble coupé,"Un pétrolier est arraisonné – 50 000 €\nDeuxième ligne",nato\r\n'
    )
    target = tmp_path / "fr.csv"
    target.write_bytes(text.encode(encoding))
    imported = import_msel(target)
    assert imported.ok
    assert imported.data is not None
    inject = imported.data["injects"][0]
    assert inject["title"] == "Câble coupé"
    assert inject["narrative"] == "Un pétrolier est arraisonné – 50 000 €\nDeuxième ligne"


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Day 2 06:40", {"day": 2, "time": "06:40"}),
        ("D2 6:40", {"day": 2, "time": "06:40"}),
        ("Day 3, 23:05", {"day": 3, "time": "23:05"}),
        ("06:40", {"day": 1, "time": "06:40"}),
        ("06:40:00", {"day": 1, "time": "06:40"}),
        ("day 1 0640", {"day": 1, "time": "06:40"}),
        ("Day 1 24:00", None),
    ],
)
def test_scenario_times_in_the_ways_spreadsheets_write_them(
    cell: str, expected: dict[str, Any] | None
) -> None:
    from tabletop.core.msel.times import TimeError as CellError
    from tabletop.core.msel.times import parse_scenario_time

    if expected is None:
        with pytest.raises(CellError, match=r"Day 1 06:40|00:00 to 23:59"):
            parse_scenario_time(cell)
    else:
        assert parse_scenario_time(cell) == expected


def test_excel_semicolon_csv_with_a_sep_line_is_read(tmp_path: Path) -> None:
    target = tmp_path / "excel.csv"
    target.write_bytes(b"sep=;\r\nTitle;Description;To\r\nA;Text, with a comma;nato\r\n")
    imported = import_msel(target)
    assert imported.data is not None
    assert imported.data["injects"][0]["narrative"] == "Text, with a comma"


def test_a_good_excel_export_in_french_cp1252_imports(data_dir: Path) -> None:
    imported = import_msel(data_dir / "msel" / "good" / "excel-fr-cp1252.csv")
    assert imported.ok
    assert imported.data is not None
    first, second, third = imported.data["injects"]
    assert first["title"] == "Câble coupé dans le golfe"
    assert first["expected_actions"] == ["Chercher l'attribution", "Appeler Moscou"]
    assert first["duration"] == 15  # from the delivery times 0:00 and 0:15
    assert "€" in second["narrative"]
    assert third["to"] == []  # "all"
    assert [w.code for w in imported.warnings] == ["msel-proposed-mapping", "msel-made-teams"]


def test_xlsx_scenario_times_given_as_dates_count_days_from_the_first(tmp_path: Path) -> None:
    import datetime as dt

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Scenario time", "Title", "Inject text", "Recipients", "Duration"])
    sheet.append([dt.datetime(2026, 3, 2, 6, 40), "One", "First", "nato", 10.0])
    sheet.append([dt.datetime(2026, 3, 3, 9, 5), "Two", "Second", "nato", 5])
    sheet.append([dt.time(14, 0), "Three", "Third", "nato", None])
    target = tmp_path / "dates.xlsx"
    book.save(target)
    imported = import_msel(target)
    assert imported.data is not None
    ats = [i["at"] for i in imported.data["injects"]]
    assert ats == [
        {"day": 1, "time": "06:40"},
        {"day": 2, "time": "09:05"},
        {"day": 1, "time": "14:00"},
    ]
    assert [i.get("duration") for i in imported.data["injects"]] == [10, 5, None]


def test_the_xlsx_has_a_deck_sheet_and_a_help_sheet(
    tmp_path: Path, minimal_deck_path: Path
) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "msel.xlsx"
    export_msel(_data(minimal_deck_path), target)
    book = load_workbook(target)
    assert book.sheetnames == ["MSEL", "Deck", "Help"]
    deck = {row[0]: row[1] for row in book["Deck"].iter_rows(values_only=True)}
    assert deck["title"] == "Cable cut, a test deck"
    assert deck["duration"] == 45
    assert str(deck["teams"]).startswith("teams:\n  - id: nato\n    name: North Atlantic Council")


def test_unwritable_target_is_a_plain_error(tmp_path: Path, minimal_deck_path: Path) -> None:
    with pytest.raises(MselFileError, match=r"cannot save .*missing.*unchanged"):
        export_msel(_data(minimal_deck_path), tmp_path / "missing" / "x.csv")
    with pytest.raises(MselFileError, match=r"written as \.csv or \.xlsx"):
        export_msel(_data(minimal_deck_path), tmp_path / "x.ods")


def test_list_entries_with_line_breaks_are_warned_about(minimal_deck_path: Path) -> None:
    data = _data(minimal_deck_path)
    data["injects"][0]["questions"] = ["Who calls?\nAnd when?"]
    _rows, problems = msel_rows(data)
    assert [p.message for p in problems] == [
        "injects[0].questions[0] holds a line break; in the MSEL each line is read as a "
        "separate entry"
    ]


INJECTS = Path(__file__).resolve().parents[2] / "injects"
BUNDLED = sorted(p for p in INJECTS.glob("*.yaml") if not is_companion(p))


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_bundled_decks_survive_the_msel_round_trip(path: Path, suffix: str, tmp_path: Path) -> None:
    data = _data(path)
    target = tmp_path / f"{path.stem}{suffix}"
    assert export_msel(data, target) == []
    imported = import_msel(target, base=data if suffix == ".csv" else None)
    assert imported.problems == [] or all(not p.is_error for p in imported.problems)
    assert imported.data == data


# -- the round trip as a property -------------------------------------------------------

_risky_start = st.sampled_from(["", "", "", "=", "+", "-", "@", "'", "'=", "- ", "• ", "{"])
_line_body = st.text(
    st.characters(exclude_categories=["Cs", "Cc", "Zl", "Zp"]), min_size=1, max_size=40
)
_line = st.builds(lambda a, b: (a + b).strip(), _risky_start, _line_body).filter(bool)
_text = st.lists(_line, min_size=1, max_size=3).map("\n".join)
_ids = st.sampled_from(["a", "b2", "cable-cut", "1", "2.5", "x_y", "Z.9", "talks"])
_statuses = st.sampled_from(["open", "degraded", "closed", "proposed"])
_channels = st.sampled_from(["hotline", "mil-to-mil", "nrc", "osce", "public", "track2"])
_teams = ("nato", "us", "russia")


def _conditions(inject_ids: list[str]) -> st.SearchStrategy[dict[str, Any]]:
    leaves = st.one_of(
        st.builds(lambda n: {"escalation_at_least": n}, st.integers(0, 10)),
        st.builds(lambda n: {"escalation_at_most": n}, st.integers(0, 10)),
        st.builds(
            lambda c, s: {"channel_status": {"channel": c, "is": s}},
            _channels,
            _statuses | st.lists(_statuses, min_size=1, max_size=2, unique=True),
        ),
        st.builds(
            lambda by, ch, tag, kind, ok: {
                "decision": {
                    k: v
                    for k, v in (
                        ("by", by),
                        ("channel", ch),
                        ("tag", tag),
                        ("kind", kind),
                        ("delivered", ok),
                    )
                    if v is not None
                }
                or {"by": "us"}
            },
            st.none() | st.sampled_from(_teams),
            st.none() | _channels,
            st.none() | _line,
            st.none() | st.sampled_from(["action", "message", "statement", "agree_channel"]),
            st.none() | st.booleans(),
        ),
        *(
            [st.builds(lambda i: {"delivered": i}, st.sampled_from(inject_ids))]
            if inject_ids
            else []
        ),
    )
    return st.recursive(
        leaves,
        lambda inner: st.one_of(
            st.builds(lambda cs: {"all": cs}, st.lists(inner, min_size=1, max_size=2)),
            st.builds(lambda cs: {"any": cs}, st.lists(inner, min_size=1, max_size=2)),
            st.builds(lambda c: {"not": c}, inner),
        ),
        max_leaves=4,
    )


@st.composite
def _decks(draw: st.DrawFn) -> dict[str, Any]:
    ids = draw(st.lists(_ids, min_size=1, max_size=5, unique=True))
    objectives = [{"id": f"obj-{n}", "text": draw(_line)} for n in range(draw(st.integers(0, 2)))]
    injects: list[dict[str, Any]] = []
    for position, ident in enumerate(ids):
        later = ids[position + 1 :]
        inject: dict[str, Any] = {"id": ident, "title": draw(_line), "narrative": draw(_text)}
        optional: dict[str, Any] = {
            "at": st.builds(
                lambda d, h, m: {"day": d, "time": f"{h:02d}:{m:02d}"},
                st.integers(1, 30),
                st.integers(0, 23),
                st.integers(0, 59),
            ),
            "phase": _line,
            "from": _line,
            "type": st.sampled_from(["standard", "contingency", "adaptive"]),
            "to": st.lists(st.sampled_from(_teams), max_size=3, unique=True),
            "facilitator_notes": _text,
            "questions": st.lists(_line, min_size=1, max_size=3),
            "expected_actions": st.lists(_line, min_size=1, max_size=3),
            "duration": st.integers(0, 60),
            "effects": st.fixed_dictionaries(
                {},
                optional={
                    "escalation": st.integers(-3, 3),
                    "channels": st.dictionaries(_channels, _statuses, min_size=1, max_size=2),
                },
            ).filter(bool),
            "sources": st.lists(
                st.fixed_dictionaries(
                    {"ref": st.just("charap-2026")}, optional={"section": _line, "note": _line}
                ),
                min_size=1,
                max_size=2,
            ),
        }
        if objectives:
            optional["objectives"] = st.lists(
                st.sampled_from([o["id"] for o in objectives]), min_size=1, max_size=2, unique=True
            )
        if later:
            optional["branches"] = st.lists(
                st.fixed_dictionaries(
                    {"when": _conditions(ids[:position]), "goto": st.sampled_from([*later, "end"])},
                    optional={"label": _line},
                ),
                min_size=1,
                max_size=2,
            )
            optional["next"] = st.sampled_from([*later, "end"])
        for key, strategy in optional.items():
            if draw(st.booleans()):
                inject[key] = draw(strategy)
        if inject.get("type", "standard") != "standard" and position == 0:
            inject["type"] = "standard"
        injects.append(inject)
    deck: dict[str, Any] = {
        "format": "tabletop-deck/1",
        "id": "generated",
        "title": draw(_line),
        "summary": draw(_text),
        "duration": draw(st.integers(5, 240)),
        "authors": draw(st.lists(_line, min_size=1, max_size=2)),
        "teams": [
            {"id": "nato", "name": draw(_line), "side": "west"},
            {"id": "us", "name": draw(_line), "side": "west"},
            {"id": "russia", "name": draw(_line), "side": "east"},
        ],
        "injects": injects,
    }
    if objectives:
        deck["objectives"] = objectives
    return deck


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(deck=_decks(), suffix=st.sampled_from([".csv", ".xlsx"]))
def test_any_deck_survives_the_msel_round_trip(
    deck: dict[str, Any], suffix: str, tmp_path: Path
) -> None:
    first = load_deck_data(deck)
    assert first.ok, [p.format() for p in first.problems]
    target = tmp_path / f"round-trip{suffix}"
    assert export_msel(deck, target) == []
    imported = import_msel(target, base=deck if suffix == ".csv" else None)
    assert imported.errors == [], [p.format() for p in imported.errors]
    assert imported.data == deck
    assert load_deck_data(imported.data).deck == first.deck


def test_docs_list_every_column_with_its_synonyms() -> None:
    docs = (Path(__file__).resolve().parents[2] / "docs" / "msel.md").read_text(encoding="utf-8")
    for column in COLUMNS:
        row = next(
            (line for line in docs.splitlines() if line.startswith(f"| {column.header} |")), None
        )
        assert row is not None, column.header
        assert row.endswith(f"| {', '.join(column.synonyms)} |"), column.header


def test_a_number_past_any_date_is_a_located_error_not_a_crash(tmp_path: Path) -> None:
    """A serial number beyond 9999-12-31 is no date: the row says so (it crashed)."""
    from tabletop.core.msel.times import TimeError, read_moment

    with pytest.raises(TimeError, match="3000000"):
        read_moment("3000000")
    sheet = tmp_path / "far.csv"
    sheet.write_text(
        "Inject ID,Scenario time,Phase,To,Inject text\na,3000000,3000000,nato,Text\n",
        encoding="utf-8",
    )
    result = import_msel(sheet)
    assert any("3000000" in p.message for p in result.problems)


def test_a_long_csv_names_every_row_its_own_team_and_objective_and_finds_them_again(
    tmp_path: Path,
) -> None:
    # thousands of distinct names are made and looked up (any case) like a handful
    count = 2000
    lines = ["Title,Inject text,To,Objective"]
    for n in range(count):
        lines.append(f"Step {n},Something happens.,Team {n},Objective number {n}")
    lines.append("Again,It happens again.,TEAM 7; team 1999,objective NUMBER 42")
    target = tmp_path / "long.csv"
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    imported = import_msel(target)
    assert imported.ok, [p.format() for p in imported.problems[:3]]
    assert imported.data is not None
    teams = imported.data["teams"]
    objectives = imported.data["objectives"]
    assert len(teams) == len({t["id"] for t in teams}) == count
    assert len(objectives) == len({o["id"] for o in objectives}) == count
    injects = imported.data["injects"]
    assert injects[5]["to"] == ["team-5"] and injects[5]["objectives"] == ["obj-objective-number-5"]
    assert injects[-1]["to"] == ["team-7", "team-1999"]
    assert injects[-1]["objectives"] == ["obj-objective-number-42"]
