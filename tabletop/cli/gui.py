"""``tabletop run`` and ``tabletop resume``: open the facilitator console from a shell.

Problems that can be told before any window opens (an unknown deck, a deck with
errors, a session file that is missing, damaged or open elsewhere) are printed
with the usual exit codes; anything else is shown in the window.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from tabletop.cli._common import EXIT_USAGE, err, not_a_session


def cmd_run(args: argparse.Namespace) -> int:
    from tabletop.cli import start_gui
    from tabletop.core.deck.library import resolve_deck
    from tabletop.core.deck.loader import UnreadableFile

    try:
        deck_path = resolve_deck(args.deck)
    except UnreadableFile as exc:
        err(f"tabletop: {exc}")
        return EXIT_USAGE
    argv = ["run", str(deck_path)]
    if args.language:
        from tabletop.core import i18n
        from tabletop.core.deck.translation import languages_of

        code = i18n.normalise(args.language)
        offered = ["en", *languages_of(deck_path)]
        if code not in offered:
            err(
                f"tabletop: --language: {deck_path.name} has no translation in "
                f"'{args.language}'; it can be played in {', '.join(offered)}"
            )
            return EXIT_USAGE
        argv += ["--language", code]
    if args.session:
        session = Path(args.session)
        if session.exists():
            err(
                f"tabletop: {session} already exists; to carry on with it, use "
                f"'tabletop resume {session}'"
            )
            return EXIT_USAGE
        argv += ["--session", str(session)]
    # the deck is checked once, as the session starts; a deck with errors is reported here
    # with every problem and no window opens (see tabletop.gui.app.run)
    return start_gui(argv)


def cmd_resume(args: argparse.Namespace) -> int:
    from tabletop.cli import start_gui
    from tabletop.core.engine.session import deck_from_meta
    from tabletop.core.store import SessionFile, SessionFileError

    path = Path(args.file)
    refused = not_a_session(path)
    if refused:
        err(refused)
        return EXIT_USAGE
    # a session that cannot be recorded into (open elsewhere, damaged, read-only, its deck
    # unreadable …) is refused here, before any window opens
    try:
        with SessionFile.open(path) as file:
            deck_from_meta(file.meta, path.name)
    except SessionFileError as exc:
        err(f"tabletop: {exc}")
        return EXIT_USAGE
    return start_gui(["resume", str(path)])


COMMANDS = ("run", "resume")  # what :func:`register` adds


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "run",
        help="open the facilitator console on a new session of a deck",
        description="Open the facilitator console on a new session of a deck (a file or the "
        "id of a bundled or user deck), with the deck's default teams.",
    )
    p.add_argument("deck", metavar="DECK_PATH_OR_ID")
    p.add_argument(
        "--session",
        metavar="FILE",
        help="the new session file (default: a dated file in the sessions folder)",
    )
    p.add_argument(
        "--language",
        metavar="CODE",
        help="the language the class plays in: en, or one the deck has a translation in "
        "(default: the interface's language when the deck has it, else the deck's own)",
    )
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("resume", help="reopen a session file in the facilitator console")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_resume)
