"""``tabletop validate``, ``lint`` and ``decks``: checking and listing decks."""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tabletop.cli._common import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, err, out, table

if TYPE_CHECKING:
    from tabletop.core.problems import Problem


def _expand(paths: Sequence[str]) -> tuple[list[Path], list[str]]:
    """The deck files named or found in the folders named; and why a folder could not be read."""
    found: list[Path] = []
    unreadable: list[str] = []
    for spec in paths:
        p = Path(spec)
        try:
            if p.is_dir():
                found.extend(sorted(x for x in p.iterdir() if x.suffix in (".yaml", ".yml")))
                continue
        except OSError as exc:
            unreadable.append(f"{spec}: the folder cannot be read ({exc.strerror or exc})")
            continue
        found.append(p)
    return found, unreadable


def _check_translation(path: Path) -> list[Problem]:
    """The problems of a companion translation file, against the deck (or catalog) beside it."""
    from tabletop.core.deck.translation import read_translation, translation_problems
    from tabletop.core.deck.yaml_reader import YamlReadError, decode, read_bytes_limited, read_file

    try:  # a regular file of a sane size only: a pipe or a device is never waited on
        text = decode(read_bytes_limited(path))
    except YamlReadError as exc:
        return [p.with_source(str(path)) for p in exc.problems]
    translation = read_translation(text, str(path))
    original = path.with_name(path.stem.rpartition(".")[0] + path.suffix)
    try:
        data = read_file(original).data
    except YamlReadError:
        return translation.problems  # the deck's own problems are reported with the deck
    return translation_problems(translation, data)


def cmd_validate(args: argparse.Namespace) -> int:
    from tabletop.core.deck.loader import UnreadableFile, load_deck

    strict = bool(getattr(args, "strict", False))
    files, folders = _expand(args.paths)
    for reason in folders:
        err(f"tabletop: {reason}")
    if not files:
        if not folders:
            err("tabletop: no deck files found")
        return EXIT_USAGE
    results: list[dict[str, object]] = []
    problems: list[Problem] = []
    unreadable = bool(folders)
    from tabletop.core.deck.translation import is_companion, languages_of

    for path in list(files):  # a deck's translations are checked with it
        if not is_companion(path):
            files += [
                c
                for c in (
                    path.with_name(f"{path.stem}.{lang}{path.suffix}")
                    for lang in languages_of(path)
                )
                if c not in files
            ]
    for path in files:
        if is_companion(path):
            found = _check_translation(path)
            problems += found
            results.append(
                {
                    "file": str(path),
                    "ok": not any(p.is_error or strict for p in found),
                    "translation": True,
                    "problems": [p.to_json() for p in found],
                }
            )
            continue
        try:
            result = load_deck(path)
        except UnreadableFile as exc:
            unreadable = True
            err(f"tabletop: {exc}")
            results.append({"file": str(path), "ok": False, "unreadable": str(exc), "problems": []})
            continue
        found = list(result.problems)
        if strict and result.deck is not None:
            from tabletop.core.deck.lint import lint_deck

            found += lint_deck(result)
        problems += found
        results.append(
            {
                "file": str(path),
                "ok": not any(p.is_error or strict for p in found),
                "deck": result.deck.id if result.deck else None,
                "problems": [p.to_json() for p in found],
            }
        )
    errors = sum(p.is_error for p in problems)
    warnings = len(problems) - errors
    if args.format == "json":
        out(
            json.dumps(
                {"files": results, "errors": errors, "warnings": warnings},
                indent=2,
                ensure_ascii=False,
            )
        )
    else:
        for problem in problems:
            out(problem.format())
        plural = "s" if len(files) != 1 else ""
        not_read = sum(1 for r in results if "unreadable" in r)
        counts = (
            f"{errors} error{'s' if errors != 1 else ''}, "
            f"{warnings} warning{'s' if warnings != 1 else ''}"
        )
        if not_read == len(files):
            counts = "not read"
        elif not_read:
            counts += f"; {not_read} not read"
        err(f"{len(files)} file{plural}: {counts}")
    if unreadable:
        return EXIT_USAGE
    if errors or (strict and warnings):
        return EXIT_PROBLEMS
    return EXIT_OK


def cmd_lint(args: argparse.Namespace) -> int:
    args.strict = True
    return cmd_validate(args)


def cmd_decks(args: argparse.Namespace) -> int:
    from tabletop.core import paths
    from tabletop.core.deck.library import list_decks

    entries = list_decks()
    if args.format == "json":
        out(json.dumps([e.to_json() for e in entries], indent=2, ensure_ascii=False))
        return EXIT_OK
    if not entries:
        out("No decks found.")
        return EXIT_OK
    rows = []
    for e in entries:
        play = f"{e.play_time} min" if e.play_time else "?"
        duration = f"{e.duration} min" if e.duration else "?"
        teams = ", ".join(e.teams) if not e.problem else f"(cannot read: {e.problem})"
        rows.append([e.id, e.title, play, duration, teams, e.origin])
    table(rows, ["ID", "TITLE", "PLAY", "CLASS", "TEAMS", "FROM"])
    out()
    out(f"Your own decks go in: {paths.user_decks_dir()}")
    return EXIT_OK


COMMANDS = ("validate", "lint", "decks")  # what :func:`register` adds


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("validate", help="check deck files and report every problem")
    p.add_argument("paths", nargs="+", metavar="PATH", help="deck files or folders of decks")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.add_argument(
        "--strict", action="store_true", help="also run the deck linter; warnings count as problems"
    )
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("lint", help="check decks for exercise-design problems (validate --strict)")
    p.add_argument("paths", nargs="+", metavar="DECK")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(func=cmd_lint)

    p = sub.add_parser("decks", help="list bundled and user decks")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(func=cmd_decks)
