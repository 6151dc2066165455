"""``tabletop report``: the after-action report of a session file, as a PDF or a Word file."""

from __future__ import annotations

import argparse
from pathlib import Path

from tabletop.cli._common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    err,
    not_a_session,
    out,
    output_refused,
)


def cmd_report(args: argparse.Namespace) -> int:
    from tabletop.core.report.export import FORMATS, ReportError, export_session

    source = Path(args.session)
    refused = not_a_session(source)
    if refused:
        err(refused)
        return EXIT_USAGE
    target = Path(args.output) if args.output else source.with_suffix(".pdf")
    if target.resolve() == source.resolve():
        err(f"tabletop: {target}: that is the session file itself; choose another output name")
        return EXIT_USAGE
    if target.suffix.lower() not in FORMATS and not target.is_dir():
        err(
            f"tabletop: {target}: the report is written as .pdf or .docx; "
            "give an output name ending in one"
        )
        return EXIT_USAGE
    if output_refused(target, force=args.force):
        return EXIT_USAGE
    try:
        result = export_session(source, target, paper=args.paper, language=args.language)
    except ReportError as exc:
        err(f"tabletop: {exc}")
        return EXIT_USAGE
    kind = "Interim" if result.model.interim else "Final"
    paper = args.paper.upper() if args.paper == "a4" else "US Letter"
    size = f"{result.pages} pages, {paper}" if result.pages else f"Word document, {paper}"
    out(f"{kind} after-action report written to {result.path} ({size})")
    if result.model.interim:
        out("The session is still running: the report is marked interim.")
    if result.problems:
        err(f"{source}: the session has problems (the report lists them in its event log):")
        for problem in result.problems:
            err(f"  {problem}")
        return EXIT_PROBLEMS
    return EXIT_OK


COMMANDS = ("report",)  # what :func:`register` adds


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "report",
        help="write the after-action report (PDF or DOCX) of a session file",
        description=(
            "Write the HSEEP-style after-action report and improvement plan of a session as a "
            "PDF, or as an editable Word document when the output ends in .docx. A session "
            "still running gives an interim report. Exit codes: 0 written, "
            "1 written but the session has problems, 2 the session cannot be read or the "
            "report cannot be written."
        ),
    )
    p.add_argument("session", metavar="SESSION_FILE", help="a .tabletop session file")
    p.add_argument(
        "-o",
        "--output",
        metavar="REPORT.pdf|REPORT.docx",
        help="the report to write, .pdf or .docx (default: the session's name with .pdf); "
        "an existing file is kept unless --force is given",
    )
    p.add_argument("--force", action="store_true", help="replace the report if it exists")
    p.add_argument(
        "--paper", choices=["a4", "letter"], default="a4", help="paper size (default: a4)"
    )
    p.add_argument(
        "--language",
        metavar="en|vi|ru",
        help="the report's language (default: the language the session was played in); "
        "the deck's text stays in the language it was played in",
    )
    p.set_defaults(func=cmd_report)
