"""``tabletop msel export|import`` and ``tabletop cards``: decks to spreadsheets and paper."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from tabletop.cli._common import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, err, out, output_refused
from tabletop.core.deck.model import Deck
from tabletop.core.problems import Problem

PAPERS = ("a4", "letter")  # the sizes tabletop.core.cards prints on


def _load(spec: str, language: str = "") -> tuple[Any, int]:
    """The deck's load result for a path or id, or an exit code after saying what is wrong.

    With ``language``, the deck is read with its companion translation in that language
    (``deck.vi.yaml`` beside it) when it has one, as a session played in it would be."""
    from tabletop.core.deck.library import resolve_deck
    from tabletop.core.deck.loader import UnreadableFile, load_deck

    try:
        path = resolve_deck(spec)
        result = _load_translated(path, language) if language else None
        if result is None:
            result = load_deck(path)
    except UnreadableFile as exc:
        err(f"tabletop: {exc}")
        return None, EXIT_USAGE
    if not result.ok:
        _print(result.problems)
        err(
            f"tabletop: {result.source} has errors; fix them first (tabletop validate "
            f"{result.source})"
        )
        return None, EXIT_PROBLEMS
    return result, EXIT_OK


def _load_translated(path: Path, language: str) -> Any:
    """The deck read with its translation into ``language``, or None if it has none."""
    from tabletop.core.deck.catalog import load_catalog
    from tabletop.core.deck.loader import load_deck_text
    from tabletop.core.deck.translation import companion_path, read_translation

    companion = companion_path(Path(path), language)
    if not companion.is_file():
        return None
    translation = read_translation(companion.read_text(encoding="utf-8"), str(companion))
    return load_deck_text(
        Path(path).read_text(encoding="utf-8"),
        str(path),
        catalog=load_catalog(language),
        translation=translation,
    )


def _print(problems: list[Problem]) -> None:
    for problem in problems:
        out(problem.format())


def _summary(problems: list[Problem]) -> str:
    errors = sum(p.is_error for p in problems)
    warnings = len(problems) - errors
    return (
        f"{errors} error{'s' if errors != 1 else ''}, "
        f"{warnings} warning{'s' if warnings != 1 else ''}"
    )


def cmd_msel_export(args: argparse.Namespace) -> int:
    from tabletop.core.msel import MselFileError, export_msel

    target = Path(args.output)
    if target.suffix.casefold() not in (".csv", ".xlsx"):
        err(f"tabletop: {target}: the MSEL is written as .csv or .xlsx; name the file so")
        return EXIT_USAGE
    if output_refused(target, force=args.force):
        return EXIT_USAGE
    result, code = _load(args.deck)
    if result is None:
        return code
    if args.language:
        return _export_translated(result, target, args.language)
    try:
        problems = export_msel(result.document.data, target)
    except MselFileError as exc:
        err(f"tabletop: {exc}")
        return EXIT_USAGE
    _print([p.with_source(result.source) for p in problems])
    if any(p.is_error for p in problems):
        err(f"{_summary(problems)}; nothing was written")
        return EXIT_PROBLEMS
    count = len(result.deck.injects)
    err(f"Wrote {count} inject{'s' if count != 1 else ''} to {target}")
    if target.suffix.casefold() == ".csv":
        err(
            "The CSV holds the injects only. To bring it back with this deck's teams, "
            f"channels and metadata: tabletop msel import {target} --base {result.source} "
            "-o DECK.yaml (an .xlsx export holds them all)"
        )
    return EXIT_OK


def _export_translated(result: Any, target: Path, language: str) -> int:
    """``msel export DECK --language vi``: the deck's texts from its companion translation."""
    from tabletop.core.deck.translation import companion_path, read_translation
    from tabletop.core.msel import MselFileError
    from tabletop.core.msel.translating import export_translated

    if _bad_language(language):
        return EXIT_USAGE
    companion = companion_path(Path(result.source), language)
    translation = None
    if companion.is_file():
        translation = read_translation(companion.read_text(encoding="utf-8"), str(companion))
        if translation.problems:
            _print(translation.problems)
            err(f"tabletop: {companion} has errors; fix them first (tabletop validate)")
            return EXIT_PROBLEMS
    try:
        problems = export_translated(
            result.document.data, target, language, translation, str(companion)
        )
    except MselFileError as exc:
        err(f"tabletop: {exc}")
        return EXIT_USAGE
    _print(problems)
    if any(p.is_error for p in problems):
        err(f"{_summary(problems)}; nothing was written")
        return EXIT_PROBLEMS
    count = len(result.deck.injects)
    err(
        f"Wrote {count} inject{'s' if count != 1 else ''} in {language} to {target}. Bring "
        f"it back as the translation: tabletop msel import {target} --translation-of "
        f"{result.source} --language {language}"
    )
    return EXIT_OK


def _bad_language(code: str) -> bool:
    """Says so (and is True) when ``--language`` is not a language code."""
    from tabletop.core.deck.translation import LANGUAGE

    if LANGUAGE.match(code):
        return False
    err(f"tabletop: --language: '{code}' is not a language code such as vi or ru")
    return True


def _mapping(args: argparse.Namespace, book: Any, base: Any) -> tuple[Any, int | None]:
    """The columns' mapping a sheet is imported with: None (the importer proposes it) unless
    ``--map`` changes the proposal; an exit code instead when ``--show-mapping`` printed it
    or a ``--map`` is wrong."""
    from tabletop.core.msel import MappingError, apply_map
    from tabletop.core.msel.importer import propose_mapping

    if not args.map and not args.show_mapping:
        return None, None
    mapping = propose_mapping(book, base, args.sheet)
    if mapping is not None and args.map:
        try:
            mapping = apply_map(mapping, args.map)
        except MappingError as exc:
            err(f"tabletop: --map: {exc}")
            return None, EXIT_USAGE
    if args.show_mapping:
        return None, _show_mapping(args.file, book, mapping, args.sheet)
    return mapping, None


def _import_translation(args: argparse.Namespace) -> int:
    """``msel import FILE --translation-of DECK --language vi``: the sheet becomes (or
    updates) the deck's companion translation, not a new deck."""
    from tabletop.core.deck.translation import companion_path
    from tabletop.core.msel import MselFileError
    from tabletop.core.msel.files import read_workbook
    from tabletop.core.msel.translation_import import import_translation

    if not args.translation_of or not args.language:
        err("tabletop: --translation-of DECK and --language LANGUAGE go together")
        return EXIT_USAGE
    if args.base:
        err("tabletop: --base makes a deck; a translation takes its deck from --translation-of")
        return EXIT_USAGE
    if _bad_language(args.language):
        return EXIT_USAGE
    result, code = _load(args.translation_of)
    if result is None:
        return code
    target = Path(args.output or companion_path(Path(result.source), args.language))
    if target.suffix.casefold() not in (".yaml", ".yml"):
        err(f"tabletop: {target}: a translation is written as .yaml; name the file so")
        return EXIT_USAGE
    # the translation there is read and updated: replacing it is what was asked for
    if output_refused(target, force=True):
        return EXIT_USAGE
    try:
        book = read_workbook(Path(args.file))
        existing = target.read_text(encoding="utf-8") if target.is_file() else ""
    except MselFileError as exc:
        err(f"tabletop: {exc}")
        return EXIT_USAGE
    except (OSError, UnicodeDecodeError) as exc:
        err(f"tabletop: {target}: cannot read the translation: {exc}")
        return EXIT_USAGE
    mapping, shown = _mapping(args, book, result.document.data)
    if shown is not None:
        return shown
    imported = import_translation(
        book,
        result.document.data,
        args.language,
        existing,
        mapping=mapping,
        sheet=args.sheet,
    )
    _print(imported.problems)
    if not imported.ok or imported.text is None:
        err(f"{_summary(imported.problems)}; nothing was written")
        return EXIT_PROBLEMS
    count = len(imported.entries)
    if imported.text == existing:
        err(f"{target} is unchanged ({count} translated texts; {_summary(imported.problems)})")
        return EXIT_OK
    from tabletop.core.output import OutputError, write_output

    try:
        write_output(target, imported.text.encode("utf-8"), force=True)
    except OutputError as exc:
        err(f"tabletop: {exc}")
        return EXIT_USAGE
    err(
        f"Wrote {target}: {count} translated texts, {len(imported.added)} new and "
        f"{len(imported.changed)} changed ({_summary(imported.problems)})"
    )
    return EXIT_OK


def cmd_msel_import(args: argparse.Namespace) -> int:
    from tabletop.core.deck.writer import DeckWriteError, save_deck
    from tabletop.core.msel import MselFileError, import_workbook
    from tabletop.core.msel.files import read_workbook

    if args.translation_of or args.language:
        return _import_translation(args)

    target = Path(args.output) if args.output else None
    if target is None and not args.show_mapping:
        err("tabletop: name the deck to write with -o DECK.yaml (or add --show-mapping)")
        return EXIT_USAGE
    if target is not None and target.suffix.casefold() not in (".yaml", ".yml"):
        err(f"tabletop: {target}: a deck is written as .yaml; name the file so")
        return EXIT_USAGE
    if target is not None and not args.show_mapping and output_refused(target, force=args.force):
        return EXIT_USAGE
    base = None
    if args.base:
        result, code = _load(args.base)
        if result is None:
            return code
        base = result.document.data
    try:
        book = read_workbook(Path(args.file))
    except MselFileError as exc:
        err(f"tabletop: {exc}")
        return EXIT_USAGE
    mapping, shown = _mapping(args, book, base)
    if shown is not None:
        return shown
    assert target is not None
    imported = import_workbook(book, base, mapping=mapping, sheet=args.sheet)
    _print(imported.problems)
    if not imported.ok or imported.data is None:
        err(f"{_summary(imported.problems)}; nothing was written")
        return EXIT_PROBLEMS
    try:
        save_deck(target, imported.data)
    except DeckWriteError as exc:
        err(f"tabletop: {exc}")
        return EXIT_USAGE
    count = len(imported.data["injects"])
    err(
        f"Wrote {count} inject{'s' if count != 1 else ''} to {target} "
        f"({_summary(imported.problems)})"
    )
    return EXIT_OK


def _show_mapping(file: str, book: Any, mapping: Any, sheet: str | None) -> int:
    """Print the field each column would fill, and how to change it; nothing is written."""
    from tabletop.cli._common import table
    from tabletop.core.msel.layout import data_sheets
    from tabletop.core.msel.mapping import CHOICE_LABELS, CHOICES

    names = [s.name for s in data_sheets(book)]
    if mapping is None:
        where = f"sheet {sheet}" if sheet else "the file"
        err(
            f"{file}: no header row was found in {where}; the first row should name the "
            "columns (sheets: " + ", ".join(names) + ")"
        )
        return EXIT_PROBLEMS
    layout = mapping.layout
    place = "" if book.kind == "csv" else f", sheet {layout.sheet}"
    out(f"{file}{place}: headers on row {layout.header_row}")
    if book.kind != "csv" and len(names) > 1:
        out(f"Sheets: {', '.join(names)} (choose one with --sheet NAME)")
    out()
    table(
        [[c.letter, c.header or "-", c.label, c.why] for c in mapping.choices],
        ["column", "header", "read as", "why"],
    )
    out()
    out('Change a column with --map "HEADER=FIELD" (repeat it for several). The fields:')
    out("  " + ", ".join(CHOICE_LABELS[key] for key in CHOICES if key not in ("keep", "skip")))
    out("  keep: the text is kept in each inject's facilitator notes; skip: not imported")
    return EXIT_OK


def cmd_cards(args: argparse.Namespace) -> int:
    from tabletop.core.cards import write_cards
    from tabletop.core.deck.writer import DeckWriteError

    target = Path(args.output)
    if target.suffix.casefold() != ".pdf":
        err(f"tabletop: {target}: the cards are written as .pdf; name the file so")
        return EXIT_USAGE
    if output_refused(target, force=args.force):
        return EXIT_USAGE
    from tabletop.core import i18n

    if args.language and i18n.normalise(args.language) not in i18n.available_languages():
        err(
            f"tabletop: no card language '{args.language}': use "
            f"{', '.join(i18n.available_languages())}"
        )
        return EXIT_USAGE
    result, code = _load(args.deck, i18n.normalise(args.language))
    if result is None:
        return code
    if args.team:
        return _handouts(result.deck, args.team, target, args.paper)
    try:
        pages = write_cards(result.deck, target, args.paper, args.language or None)
    except DeckWriteError as exc:
        err(f"tabletop: {exc}")
        return EXIT_USAGE
    err(
        f"Wrote {pages} card{'s' if pages != 1 else ''} to {target} "
        "(one page per inject: cut along the dashed line)"
    )
    return EXIT_OK


def _handouts(deck: Deck, team: str, target: Path, paper: str) -> int:
    """``tabletop cards DECK --team T``: the team's team-only cards as handouts."""
    from tabletop.core.deck.writer import DeckWriteError
    from tabletop.core.handouts import team_cards, write_handouts

    if not deck.has_team(team):
        known = ", ".join(t.id for t in deck.teams)
        err(f"tabletop: there is no team '{team}' in {deck.id} (its teams: {known})")
        return EXIT_USAGE
    if not team_cards(deck, team):
        err(f"tabletop: {deck.id} has no team-only cards for '{team}'; nothing was written")
        return EXIT_PROBLEMS
    try:
        pages = write_handouts(deck, team, target, paper)
    except DeckWriteError as exc:
        err(f"tabletop: {exc}")
        return EXIT_USAGE
    err(
        f"Wrote {pages} handout{'s' if pages != 1 else ''} for {deck.team(team).name} to "
        f"{target} (one page per team-only card: hand each over when it is delivered)"
    )
    return EXIT_OK


COMMANDS = ("msel", "cards")  # what :func:`register` adds


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg, unused-ignore]
    msel = sub.add_parser(
        "msel",
        help="convert between a deck and an MSEL spreadsheet (CSV or XLSX)",
        description="Convert between a deck and an MSEL spreadsheet. The columns are "
        "described in docs/msel.md.",
    )
    actions = msel.add_subparsers(dest="msel_command", metavar="ACTION", required=True)

    p = actions.add_parser("export", help="write a deck as an MSEL spreadsheet")
    p.add_argument("deck", metavar="DECK", help="a deck file or the id of a deck")
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help="the spreadsheet to write: FILE.csv or FILE.xlsx",
    )
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p.add_argument(
        "--language",
        metavar="LANGUAGE",
        help="write the deck's texts from its translation into LANGUAGE (DECK.LANGUAGE.yaml "
        "beside it; the deck's own text where it has none), the columns named in LANGUAGE",
    )
    p.set_defaults(func=cmd_msel_export)

    p = actions.add_parser(
        "import",
        help="make a deck from an MSEL spreadsheet",
        description="Make a deck from an MSEL spreadsheet. Each column is given a field from "
        "its header and its cells; --show-mapping prints that proposal, --map changes it. "
        "Columns no field is chosen for are kept in each inject's facilitator notes.",
    )
    p.add_argument("file", metavar="FILE", help="the spreadsheet: .csv or .xlsx")
    p.add_argument("-o", "--output", metavar="DECK", help="the deck file to write (.yaml)")
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="HEADER=FIELD",
        help='read the column HEADER as FIELD, e.g. --map "Uhrzeit=Scenario time"; FIELD '
        "may be keep (kept in the notes) or skip (not imported); repeatable",
    )
    p.add_argument(
        "--show-mapping",
        action="store_true",
        help="print the field each column would be read as, and write nothing",
    )
    p.add_argument("--sheet", metavar="NAME", help="the sheet of a workbook that holds the injects")
    p.add_argument(
        "--base",
        metavar="DECK",
        help="a deck (file or id) whose metadata, teams and channels the spreadsheet does not hold",
    )
    p.add_argument("--force", action="store_true", help="replace DECK if it exists")
    p.add_argument(
        "--translation-of",
        metavar="DECK",
        help="read the sheet as DECK's translation into --language: write (or update) its "
        "companion file DECK.LANGUAGE.yaml (or -o FILE.yaml) instead of a new deck",
    )
    p.add_argument(
        "--language",
        metavar="LANGUAGE",
        help="the language of the translation read with --translation-of (vi, ru …)",
    )
    p.set_defaults(func=cmd_msel_import)

    p = sub.add_parser("cards", help="print a deck's injects as cards for paper play (PDF)")
    p.add_argument("deck", metavar="DECK", help="a deck file or the id of a deck")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the PDF to write")
    p.add_argument("--paper", choices=PAPERS, default="a4", help="paper size (default a4)")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p.add_argument(
        "--team",
        metavar="TEAM",
        help="print only this team's team-only cards, as handouts for a team without a device",
    )
    p.add_argument(
        "--language",
        metavar="en|vi|ru",
        help="print the cards in this language: the deck's translation beside it (e.g. "
        "DECK.vi.yaml) if it has one, and the cards' own words (default: the deck's language)",
    )
    p.set_defaults(func=cmd_cards)
