"""``tabletop msel export|import`` and ``tabletop cards``: decks to spreadsheets and paper."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from tabletop.cli._common import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, err, out, output_refused
from tabletop.core.problems import Problem

PAPERS = ("a4", "letter")  # the sizes tabletop.core.report.cards prints on


def _load(spec: str) -> tuple[Any, int]:
    """The deck's load result for a path or id, or an exit code after saying what is wrong."""
    from tabletop.core.deck.library import resolve_deck
    from tabletop.core.deck.loader import UnreadableFile, load_deck

    try:
        result = load_deck(resolve_deck(spec))
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
    from tabletop.core.deck.msel import MselFileError, export_msel

    target = Path(args.output)
    if target.suffix.casefold() not in (".csv", ".xlsx"):
        err(f"tabletop: {target}: the MSEL is written as .csv or .xlsx; name the file so")
        return EXIT_USAGE
    if output_refused(target, force=args.force):
        return EXIT_USAGE
    result, code = _load(args.deck)
    if result is None:
        return code
    try:
        warnings = export_msel(result.document.data, target)
    except MselFileError as exc:
        err(f"tabletop: {exc}")
        return EXIT_USAGE
    _print([w.with_source(result.source) for w in warnings])
    count = len(result.deck.injects)
    err(f"Wrote {count} inject{'s' if count != 1 else ''} to {target}")
    if target.suffix.casefold() == ".csv":
        err(
            "The CSV holds the injects only. To bring it back with this deck's teams, "
            f"channels and metadata: tabletop msel import {target} --base {result.source} "
            "-o DECK.yaml (an .xlsx export holds them all)"
        )
    return EXIT_OK


def cmd_msel_import(args: argparse.Namespace) -> int:
    from tabletop.core.deck.msel import MselFileError, import_msel
    from tabletop.core.deck.writer import DeckWriteError, save_deck

    target = Path(args.output)
    if target.suffix.casefold() not in (".yaml", ".yml"):
        err(f"tabletop: {target}: a deck is written as .yaml; name the file so")
        return EXIT_USAGE
    if output_refused(target, force=args.force):
        return EXIT_USAGE
    base = None
    if args.base:
        result, code = _load(args.base)
        if result is None:
            return code
        base = result.document.data
    try:
        imported = import_msel(Path(args.file), base=base)
    except MselFileError as exc:
        err(f"tabletop: {exc}")
        return EXIT_USAGE
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


def cmd_cards(args: argparse.Namespace) -> int:
    from tabletop.core.deck.writer import DeckWriteError
    from tabletop.core.report.cards import write_cards

    target = Path(args.output)
    if target.suffix.casefold() != ".pdf":
        err(f"tabletop: {target}: the cards are written as .pdf; name the file so")
        return EXIT_USAGE
    if output_refused(target, force=args.force):
        return EXIT_USAGE
    result, code = _load(args.deck)
    if result is None:
        return code
    try:
        pages = write_cards(result.deck, target, args.paper)
    except DeckWriteError as exc:
        err(f"tabletop: {exc}")
        return EXIT_USAGE
    err(
        f"Wrote {pages} card{'s' if pages != 1 else ''} to {target} "
        "(one page per inject: cut along the dashed line)"
    )
    return EXIT_OK


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
    p.set_defaults(func=cmd_msel_export)

    p = actions.add_parser("import", help="make a deck from an MSEL spreadsheet")
    p.add_argument("file", metavar="FILE", help="the spreadsheet: .csv or .xlsx")
    p.add_argument(
        "-o", "--output", required=True, metavar="DECK", help="the deck file to write (.yaml)"
    )
    p.add_argument(
        "--base",
        metavar="DECK",
        help="a deck (file or id) whose metadata, teams and channels the spreadsheet does not hold",
    )
    p.add_argument("--force", action="store_true", help="replace DECK if it exists")
    p.set_defaults(func=cmd_msel_import)

    p = sub.add_parser("cards", help="print a deck's injects as cards for paper play (PDF)")
    p.add_argument("deck", metavar="DECK", help="a deck file or the id of a deck")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the PDF to write")
    p.add_argument("--paper", choices=PAPERS, default="a4", help="paper size (default a4)")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p.set_defaults(func=cmd_cards)
