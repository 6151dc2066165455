"""The ``tabletop`` command: start the app, or work with decks and sessions from a shell.

With no command the app's window opens. Each group of sub-commands lives in a
module of this package with a ``register(subparsers)`` function.
Exit codes: 0 success, 1 problems found, 2 usage error or an unreadable file.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from tabletop import __version__
from tabletop.cli import decks, gui, report, sessions
from tabletop.cli._common import EXIT_OK, EXIT_USAGE, err

COMMAND_GROUPS = [decks, sessions, report, gui]


def start_gui(argv: list[str]) -> int:
    """Open the app's window (the start screen)."""
    try:
        from tabletop.gui.app import run
    except ImportError as exc:
        err(
            f"tabletop: the window cannot open: {exc}. Install the app with its dependencies "
            "(see the README) and try again."
        )
        return EXIT_USAGE
    return run(argv)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tabletop",
        description="Run crisis tabletop exercises. With no command, the app's window opens.",
    )
    parser.add_argument("--version", action="version", version=f"tabletop {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in COMMAND_GROUPS:
        group.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list:
        return start_gui([])
    args = build_parser().parse_args(args_list)
    if args.command is None:
        return start_gui([])
    try:
        result: int = args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    return result


if __name__ == "__main__":
    sys.exit(main())
