"""``tabletop export``, ``tabletop verify`` and ``tabletop compare``: a session's record out.

``export`` writes a session's event log (JSON Lines), its decisions (CSV) or an
evidence package (ZIP); ``verify`` checks a package; ``compare`` prints class
sections of the same deck side by side (PDF). All read session files without
changing them, even one open in a console.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from tabletop.cli._common import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, err, out


def cmd_export(args: argparse.Namespace) -> int:
    from tabletop.core.record import FORMATS, SUFFIXES, RecordError, export_record

    source = Path(args.session)
    target = Path(args.output)
    suffix = SUFFIXES[args.format]
    if target.suffix.casefold() != suffix and not _is_stream(target):
        err(f"tabletop: {target}: --format {args.format} is written as {suffix}; name it so")
        return EXIT_USAGE
    try:
        done = export_record(source, args.format, target, replace=args.force, paper=args.paper)
    except RecordError as exc:
        err(f"tabletop: {exc}")
        return EXIT_USAGE
    err(
        f"Wrote {FORMATS[args.format]} to {done.path} ({done.events} events, "
        f"{done.decisions} decisions)"
    )
    if done.fingerprint:
        err(
            f"Fingerprint (SHA-256 of its manifest): {done.fingerprint}\n"
            f"Keep it with the package; tabletop verify {done.path} prints it again."
        )
    return EXIT_OK


def _is_stream(path: Path) -> bool:
    return str(path) in ("/dev/stdout", "/dev/stderr") or str(path).startswith("/dev/fd/")


def cmd_verify(args: argparse.Namespace) -> int:
    from tabletop.core.record.evidence import MAX_TOTAL, EvidenceError, verify

    path = Path(args.package)
    try:
        if not path.is_file():
            err(f"tabletop: {path}: no such file")
            return EXIT_USAGE
        if path.stat().st_size > MAX_TOTAL:
            err(f"tabletop: {path}: too large to be an evidence package")
            return EXIT_USAGE
        data = path.read_bytes()
        result = verify(data)
    except EvidenceError as exc:
        err(f"tabletop: {path}: {exc}")
        return EXIT_USAGE
    except OSError as exc:
        err(f"tabletop: {path}: cannot be read: {exc.strerror or exc}")
        return EXIT_USAGE
    session = result.session
    if session:
        out(
            f"Session: {session.get('name') or session.get('file')} "
            f"(deck {session.get('deck_title')}, {session.get('events')} events, "
            f"{session.get('status')})"
        )
    for name in result.checked:
        out(f"  ok  {name}")
    for problem in result.problems:
        out(f"  FAILED  {problem}")
    if result.fingerprint:
        out(f"Fingerprint (SHA-256 of its manifest): {result.fingerprint}")
    if not result.ok:
        err(f"{path}: the package does not verify: {len(result.problems)} problem(s)")
        return EXIT_PROBLEMS
    out(f"{path}: verified, {len(result.checked)} files as the manifest lists them")
    return EXIT_OK


def cmd_compare(args: argparse.Namespace) -> int:
    from tabletop.core.compare import CompareError, write_comparison

    sessions = [Path(s) for s in args.sessions]
    target = Path(args.output)
    if target.suffix.casefold() != ".pdf" and not _is_stream(target):
        err(f"tabletop: {target}: the comparison is written as .pdf; name it so")
        return EXIT_USAGE
    if len(sessions) < 2:
        err("tabletop: compare needs two sessions or more")
        return EXIT_USAGE
    try:
        done = write_comparison(sessions, target, replace=args.force, paper=args.paper)
    except CompareError as exc:
        err(f"tabletop: {exc}")
        return EXIT_USAGE
    err(f"Wrote the comparison of {len(sessions)} sections to {target} ({done.pages} pages)")
    for note in done.notes:
        err(f"Note: {note}")
    return EXIT_OK


COMMANDS = ("export", "verify", "compare")  # what :func:`register` adds


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg, unused-ignore]
    p = sub.add_parser(
        "export",
        help="write a session's record: event log (JSON Lines), decisions (CSV) or evidence (ZIP)",
        description="Write a session's record for other tools. jsonl: the event log, one "
        "event per line with ISO 8601 times and team and inject ids. csv: the decisions and "
        "messages for a spreadsheet. evidence: a ZIP of the deck, the log, the decisions, the "
        "after-action report and a manifest with each file's SHA-256 (check it with tabletop "
        "verify). The session file is read, never changed; it may be open in a console.",
    )
    p.add_argument("session", metavar="SESSION", help="a .tabletop session file")
    p.add_argument(
        "--format", required=True, choices=["jsonl", "csv", "evidence"], help="what to write"
    )
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the file to write")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p.add_argument(
        "--paper",
        choices=["a4", "letter"],
        default="a4",
        help="paper size of the report in an evidence package (default: a4)",
    )
    p.set_defaults(func=cmd_export)

    p = sub.add_parser(
        "verify",
        help="check an evidence package (ZIP) against its manifest",
        description="Check that every file of an evidence package is there, whole, as its "
        "manifest lists it, and print the package's fingerprint. Exit codes: 0 verified, "
        "1 changed or incomplete, 2 not a package.",
    )
    p.add_argument("package", metavar="EVIDENCE.zip", help="a package made by tabletop export")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser(
        "compare",
        help="compare class sections that played the same deck (PDF)",
        description="Print sessions of the same deck side by side: escalation over scenario "
        "time, the path through the branches, channel use and messages that got through, "
        "expected actions, each section's decisions at each inject, and the objectives' "
        "ratings. Sessions of different decks are refused; different versions of a deck are "
        "compared on the injects they share.",
    )
    p.add_argument("sessions", nargs="+", metavar="SESSION", help="two .tabletop files or more")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="the PDF to write")
    p.add_argument("--force", action="store_true", help="replace FILE.pdf if it exists")
    p.add_argument(
        "--paper", choices=["a4", "letter"], default="a4", help="paper size (default: a4)"
    )
    p.set_defaults(func=cmd_compare)
