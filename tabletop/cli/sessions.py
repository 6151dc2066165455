"""``tabletop sessions`` and ``recover``: listing and rescuing session files."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from tabletop.cli._common import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, err, out, table


def _local(stamp: str) -> str:
    """A stored UTC time as local time, to the minute."""
    from tabletop.core.store import parse_time

    try:
        return f"{parse_time(stamp).astimezone():%Y-%m-%d %H:%M}"
    except ValueError:
        return stamp or "?"


def cmd_sessions(args: argparse.Namespace) -> int:
    from tabletop.core import filesystems, paths
    from tabletop.core.session_list import list_sessions

    folder = Path(args.folder) if args.folder else paths.sessions_dir()
    summaries = list_sessions(folder)
    warning = filesystems.network_warning(folder)
    if warning:
        err(f"warning: {warning}")
    if args.format == "json":
        out(
            json.dumps(
                [
                    {
                        "file": str(s.path),
                        "name": s.name,
                        "deck": s.deck_id,
                        "deck_title": s.deck_title,
                        "started": s.started,
                        "last_event": s.last_event,
                        "events": s.events,
                        "status": s.status,
                        "detail": s.detail,
                    }
                    for s in summaries
                ],
                indent=2,
                ensure_ascii=False,
            )
        )
        return EXIT_OK
    if not summaries:
        out(f"No sessions in {folder}")
        return EXIT_OK
    rows = [[s.path.name, s.deck_id or "?", _local(s.started), s.status, s.name] for s in summaries]
    table(rows, ["FILE", "DECK", "STARTED", "STATUS", "NAME"])
    out()
    out(f"Sessions folder: {folder}")
    return EXIT_OK


def cmd_recover(args: argparse.Namespace) -> int:
    from tabletop.core.regular_file import NotRegularFile, opened_regular
    from tabletop.core.salvage import recover, recovered_path, write_recovered
    from tabletop.core.store import SessionFileError

    source = Path(args.file)
    try:  # readable, and a regular file (a pipe is not waited on)
        with opened_regular(source):
            pass
    except NotRegularFile:
        err(f"tabletop: {source}: not a session file (a folder, a pipe or a device)")
        return EXIT_USAGE
    except OSError as exc:
        reason = "no such file" if isinstance(exc, FileNotFoundError) else exc.strerror or exc
        err(f"tabletop: {source}: cannot be read ({reason})")
        return EXIT_USAGE
    result = recover(source)
    if not result.meta and not result.events:
        err(f"tabletop: {source}: nothing of a tabletop session was found in this file")
        return EXIT_USAGE
    deck_text = result.deck_text
    if not deck_text and args.deck:
        from tabletop.core.deck.yaml_reader import YamlReadError, decode, read_bytes_limited

        try:
            deck_text = decode(read_bytes_limited(Path(args.deck)))
        except YamlReadError as exc:
            err(f"tabletop: cannot read the deck {args.deck}: {exc}")
            return EXIT_USAGE
    if not deck_text:
        err(
            f"{source}: the deck stored in the session could not be read. Run again with "
            "--deck DECK.yaml (the deck the session was started from) to recover "
            f"{len(result.events)} intact event(s)."
        )
        return EXIT_PROBLEMS
    target = Path(args.output) if args.output else recovered_path(source)
    try:
        write_recovered(result, deck_text, target)
    except SessionFileError as exc:
        err(f"tabletop: {exc}")
        return EXIT_USAGE
    for note in result.notes:
        err(f"note: {note}")
    out(f"Recovered {len(result.events)} event(s) into {target}")
    from tabletop.core.session_list import summarize

    if summarize(source).status in ("running", "ended", "in use"):
        # read whole, as a resume would: recover only copied it
        out(f"The file was not damaged; it was left as it was: {source}")
    else:
        out(f"The damaged file was left as it was: {source}")
    return EXIT_OK


COMMANDS = ("sessions", "recover")  # what :func:`register` adds


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sessions", help="list session files")
    p.add_argument("--folder", help="a folder other than the default sessions folder")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(func=cmd_sessions)

    p = sub.add_parser("recover", help="save the intact events of a damaged session file")
    p.add_argument("file", metavar="FILE")
    p.add_argument("-o", "--output", help="the new session file (default: beside the old one)")
    p.add_argument("--deck", help="the deck file, if the one inside the session is lost")
    p.set_defaults(func=cmd_recover)
